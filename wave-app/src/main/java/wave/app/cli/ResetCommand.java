package wave.app.cli;

import picocli.CommandLine.Command;

/** {@code wave reset}: resumes trading in a running paper session after a kill switch or a halt. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Resume trading in a running paper session after 'wave kill' or a halt (the explicit reset, journaled).")
final class ResetCommand extends ControlCommand {
    @Override
    String path() {
        return "/reset";
    }

    @Override
    String describe(ControlAnswer answer, String session) {
        return "Trading " + answer.trading() + " in paper session " + session + " (after " + answer.effectMs() + " ms).";
    }
}
