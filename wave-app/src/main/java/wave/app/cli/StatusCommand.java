package wave.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.paper.StatusSnapshot;

/** {@code wave status}: the state of a running paper session, from its control endpoint. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a running paper session: equity, cash, positions, open orders, trading and risk state, last refusals and signals.")
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    ControlClient control;

    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Mixin
    CommonOptions common;

    /** The session's current status. */
    static StatusSnapshot read(ControlClient control) throws java.io.IOException, InterruptedException {
        return ControlAnswer.JSON.readValue(control.get("/status"), StatusSnapshot.class);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(control.get("/status"));
            return 0;
        }
        StatusSnapshot s = read(control);
        out.println("Paper session " + s.session() + (s.time().isEmpty() ? ", no bar yet" : " at " + s.time()) + ", " + s.bars() + " bars");
        out.println("Equity " + s.equity() + " " + s.currency() + ", cash " + s.cash() + " " + s.currency());
        out.println("Trading: " + s.trading() + "; risk: " + s.riskState());
        out.println("Positions:" + (s.positions().isEmpty() ? " none" : ""));
        for (StatusSnapshot.Position p : s.positions()) {
            out.println("  " + p.instrument() + " " + p.quantity() + " at " + p.mark() + " = " + p.value());
        }
        out.println("Open orders:" + (s.openOrders().isEmpty() ? " none" : ""));
        for (StatusSnapshot.Order o : s.openOrders()) {
            out.println("  " + o.id() + " " + o.strategy() + " " + o.side() + " " + o.type() + " " + o.instrument() + " "
                    + (o.quantity().isEmpty() ? "(sized at the fill)" : o.quantity()) + ", filled " + o.filled() + ", " + o.status());
        }
        lines(out, "Last refusals:", s.lastRefusals());
        lines(out, "Last signals:", s.lastSignals());
        out.flush();
        return 0;
    }

    private static void lines(PrintWriter out, String title, List<String> lines) {
        out.println(title + (lines.isEmpty() ? " none" : ""));
        lines.forEach(line -> out.println("  " + line));
    }
}
