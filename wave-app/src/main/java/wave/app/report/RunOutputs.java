package wave.app.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output directory of a run ({@code --out}): checked before the run, written in a staging directory beside it and
 * moved into it only once every file is complete, so that a failure leaves no partial set of files behind.
 */
public final class RunOutputs {
    /** The files a backtest may write; an existing entry with one of these names must be a regular file. */
    static final List<String> NAMES = List.of("trades.csv", "fills.csv", "orders.csv", "equity.csv", StrategyTables.EQUITY_FILE,
            "corporate_actions.csv", "summary.json", "statistics.json", "log.txt", "records.csv");

    private RunOutputs() {
    }

    /**
     * Refuses an output directory that cannot be written before anything runs: an empty path, an existing file, or an
     * existing directory holding a directory where an output file goes.
     *
     * @throws IllegalArgumentException naming the option and the problem
     */
    public static void check(String option, Path out) {
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException(option + " is empty; give a directory (it is created if needed)");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(option + " " + out + " is a file, not a directory");
        }
        for (String name : NAMES) {
            if (Files.isDirectory(out.resolve(name))) {
                throw new IllegalArgumentException(option + " " + out + ": " + name + " is a directory, where the run "
                        + "writes a file");
            }
        }
    }

    /** A new, empty staging directory beside {@code out} (on the same file system, so that files move at once). */
    public static Path stage(Path out) throws IOException {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
    }

    /** Moves every file of {@code staged} into {@code out} (created if needed, files replaced), then removes it. */
    public static void publish(Path staged, Path out) throws IOException {
        Files.createDirectories(out);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staged)) {
            for (Path file : files) {
                Files.move(file, out.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(staged);
    }

    /** Deletes a staging directory and what it holds (after a failure); does nothing when it is gone. */
    public static void discard(Path staged) throws IOException {
        if (!Files.exists(staged)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staged)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
