package wave.app.cli;

import picocli.CommandLine.Command;

/** {@code wave kill}: the kill switch of a running paper session: halt trading and cancel every working order. */
@Command(name = "kill", mixinStandardHelpOptions = true,
        description = {"Kill switch: halt trading in a running paper session and cancel all its working orders; answers once",
                "the session shows it, with the time that took. 'wave reset' resumes trading."})
final class KillCommand extends ControlCommand {
    @Override
    String path() {
        return "/kill";
    }

    @Override
    String describe(ControlAnswer answer, String session) {
        return "Kill switch: trading " + answer.trading() + "; " + ControlAnswer.orders(answer.openOrdersBefore())
                + " canceled; in effect after " + answer.effectMs() + " ms. 'wave reset' resumes trading.";
    }
}
