package wave.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/**
 * A command sent to a running paper session's control endpoint ({@code kill}, {@code reset}, {@code cancel-all},
 * {@code stop}): posts to its path and prints the session's answer, which comes once the session shows the effect.
 */
abstract class ControlCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ControlClient control;

    @Mixin
    CommonOptions common;

    /** The endpoint's path, e.g. {@code /kill}. */
    abstract String path();

    /** The line printed for the session's answer. */
    abstract String describe(ControlAnswer answer, String session);

    @Override
    public final Integer call() throws Exception {
        ControlAnswer answer = ControlAnswer.parse(control.post(path()));
        PrintWriter out = spec.commandLine().getOut();
        out.println(describe(answer, control.session));
        out.flush();
        return 0;
    }
}
