package wave.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code wave reset}: resumes trading in a running paper session after a kill switch or a halt. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Resume trading in a running paper session after 'wave kill' or a halt (the explicit reset, journaled).")
final class ResetCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ControlClient control;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ControlAnswer answer = ControlAnswer.parse(control.post("/reset"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Trading " + answer.trading() + " in paper session " + control.session + " (after " + answer.effectMs() + " ms).");
        out.flush();
        return 0;
    }
}
