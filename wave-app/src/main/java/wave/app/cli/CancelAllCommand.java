package wave.app.cli;

import picocli.CommandLine.Command;

/** {@code wave cancel-all}: cancels every working order of a running paper session (trading goes on). */
@Command(name = "cancel-all", mixinStandardHelpOptions = true,
        description = "Cancel every working order of a running paper session; trading goes on ('wave kill' also halts it).")
final class CancelAllCommand extends ControlCommand {
    @Override
    String path() {
        return "/cancel-all";
    }

    @Override
    String describe(ControlAnswer answer, String session) {
        return "Canceled " + ControlAnswer.orders(answer.openOrdersBefore()) + " of paper session " + session + " in "
                + answer.effectMs() + " ms; trading " + answer.trading() + ".";
    }
}
