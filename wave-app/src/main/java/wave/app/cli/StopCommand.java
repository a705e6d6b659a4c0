package wave.app.cli;

import picocli.CommandLine.Command;

/** {@code wave stop}: stops a running paper session cleanly, as Ctrl-C does; the same --session resumes it later. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop a running paper session cleanly (strategies' states journaled); 'wave paper --session NAME' resumes it.")
final class StopCommand extends ControlCommand {
    @Override
    String path() {
        return "/stop";
    }

    @Override
    String describe(ControlAnswer answer, String session) {
        return "Paper session " + session + " stopped after " + answer.effectMs() + " ms: working orders canceled, "
                + "strategies' states journaled; 'wave paper --session " + session + " ...' resumes it.";
    }
}
