package wave.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@code wave backtest} end to end in a fresh JVM (start-up, CSV parsing, backtest, report files), the
 * way a user runs it: through the {@code wave} launcher when known, else {@code java -jar}.
 */
public final class EndToEndBenchmark {
    private EndToEndBenchmark() {
    }

    /**
     * Runs the command {@code runs} times after one warm-up run (which also creates the class-data archive) and
     * returns the wall times in seconds, sorted. Each run is recorded in a store in {@code outDir}'s sibling
     * {@code wave-home}, never in the user's home.
     */
    public static double[] secondsPerRun(Path csv, Path outDir, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher());
        // Each run is recorded, as a user's would be, but in a store of its own beside the outputs.
        Path home = outDir.resolveSibling("wave-home");
        command.addAll(List.of("backtest", "--data", csv.toString(), "--strategy", "sma-cross", "--fee-pct", "0.1",
                "--out", outDir.toString(), "--home", home.toString(), "--store-url", "sqlite:" + home.resolve("wave.db")));
        run(command);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(command);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds;
    }

    /** The command that starts Wave: the launcher script if the environment names it, else this JVM with the jar. */
    static List<String> launcher() {
        String script = System.getenv("WAVE_LAUNCHER");
        if (script != null && Files.isExecutable(Path.of(script))) {
            return List.of(script);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar;
        try {
            jar = Path.of(EndToEndBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.of(java, "-XX:+UseSerialGC", "-jar", jar);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' exited with " + status);
        }
    }
}
