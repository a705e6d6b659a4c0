package wave.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.app.report.BacktestReportWriter;
import wave.app.runs.RunJson;
import wave.app.runs.RunText;
import wave.store.Store;
import wave.store.runs.EquityCurve;
import wave.store.runs.StoredRun;

/** {@code wave runs show ID}: everything recorded about one run. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show everything recorded about a run: command, settings, data files and their SHA-256, result, metrics.",
                "--equity and --trades print the equity curve and the trades as the backtest's equity.csv and trades.csv; "
                        + "--json prints the run as JSON."})
final class RunsShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = RunLookup.ID_HELP)
    String id;

    @ArgGroup(exclusive = true)
    Format format;

    /** One of the alternative outputs. */
    static final class Format {
        @Option(names = "--equity", description = "Print the equity curve as CSV (time,equity,cash), as equity.csv.")
        boolean equity;

        @Option(names = "--trades", description = "Print the closed trades as CSV, as trades.csv.")
        boolean trades;

        @Option(names = "--json", description = "Print the run as JSON.")
        boolean json;
    }

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StoredRun run = RunLookup.find(store, id);
        boolean dateOnly = RunText.dateOnly(run.record().totals().barLength());
        if (format != null && format.equity) {
            EquityCurve e = run.record().equity();
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            BacktestReportWriter.writeEquity(e.tsNanos(), e.equityRaw(), e.cashRaw(), csv, dateOnly);
            out.print(csv.toString(StandardCharsets.US_ASCII));
        } else if (format != null && format.trades) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            BacktestReportWriter.writeTrades(run.record().trades(), csv, dateOnly);
            out.print(csv.toString(StandardCharsets.US_ASCII));
        } else if (format != null && format.json) {
            out.println(RunJson.of(run));
        } else {
            out.println(RunText.show(run));
        }
        out.flush();
        return 0;
    }
}
