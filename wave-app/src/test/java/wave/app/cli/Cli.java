package wave.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Runs {@link WaveCli#execute} in-process and captures what it printed.
 *
 * @param exitCode the returned exit status
 * @param out      standard output text
 * @param err      standard error text
 */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = WaveCli.execute(args, o, e);
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
