package wave.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code wave cancel-all}: cancels every working order of a running paper session (trading goes on). */
@Command(name = "cancel-all", mixinStandardHelpOptions = true,
        description = "Cancel every working order of a running paper session; trading goes on ('wave kill' also halts it).")
final class CancelAllCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ControlClient control;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ControlAnswer answer = ControlAnswer.parse(control.post("/cancel-all"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Canceled " + ControlAnswer.orders(answer.openOrdersBefore()) + " of paper session " + control.session + " in "
                + answer.effectMs() + " ms; trading " + answer.trading() + ".");
        out.flush();
        return 0;
    }
}
