package wave.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code wave kill}: the kill switch of a running paper session: halt trading and cancel every working order. */
@Command(name = "kill", mixinStandardHelpOptions = true,
        description = {"Kill switch: halt trading in a running paper session and cancel all its working orders; answers once",
                "the session shows it, with the time that took. 'wave reset' resumes trading."})
final class KillCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ControlClient control;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        ControlAnswer answer = ControlAnswer.parse(control.post("/kill"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Kill switch: trading " + answer.trading() + "; " + ControlAnswer.orders(answer.openOrdersBefore())
                + " canceled; in effect after " + answer.effectMs() + " ms. 'wave reset' resumes trading.");
        out.flush();
        return 0;
    }
}
