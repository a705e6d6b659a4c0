package wave.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code wave stop}: stops a running paper session cleanly, as Ctrl-C does; the same --session resumes it later. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop a running paper session cleanly (strategies' states journaled); 'wave paper --session NAME' resumes it.")
final class StopCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ControlClient control;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ControlAnswer answer = ControlAnswer.parse(control.post("/stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Paper session " + control.session + " stopped after " + answer.effectMs() + " ms: working orders canceled, "
                + "strategies' states journaled; 'wave paper --session " + control.session + " ...' resumes it.");
        out.flush();
        return 0;
    }
}
