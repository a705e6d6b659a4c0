package wave.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import wave.app.config.ConfigLocations;

/**
 * Runs {@link WaveCli#execute} in-process and captures what it printed. Unless told otherwise it reads no
 * {@code wave.toml}: its home and working directory hold none, whatever the machine's {@code ~/.wave} has.
 *
 * @param exitCode the returned exit status
 * @param out      standard output text
 * @param err      standard error text
 */
record Cli(int exitCode, String out, String err) {

    /** A home and working directory that hold no configuration file. */
    static final ConfigLocations NO_CONFIG = new ConfigLocations(Path.of("target/no-wave-home"), Path.of("target/no-wave-dir"));

    static Cli run(String... args) {
        return runIn(NO_CONFIG, args);
    }

    /** Runs with {@code wave.toml} files looked for in these locations. */
    static Cli runIn(ConfigLocations locations, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = WaveCli.execute(args, o, e, locations);
        }
        return new Cli(code, out.toString(), err.toString());
    }

    /** Standard error as lines. */
    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
