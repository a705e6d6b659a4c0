package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.backtest.RiskRun;
import wave.app.paper.ControlServer;
import wave.app.paper.PaperSession;
import wave.app.paper.PaperSessionStarted;
import wave.app.paper.ReplayFeeder;
import wave.app.paper.StatusBoard;
import wave.app.report.BacktestReportWriter;
import wave.app.report.RunOutputs;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.backtest.CorporateActionMode;
import wave.risk.RiskSettings;
import wave.risk.RiskSetup;
import wave.store.Store;

/**
 * {@code wave paper}: a strategy trades on the simulated exchange through the kernel's live event loop, fed by a
 * replay paced against the wall clock, every order, fill, decision and command journaled in the store first. Running
 * the same {@code --session} again resumes it from its journal.
 */
@Command(name = "paper", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Paper trading: run a strategy on the simulated exchange through the live event loop, fed by a replay",
                "of bars paced against the wall clock; every order, fill, risk decision and command is journaled in the store",
                "before it takes effect. Runs until the feed ends or Ctrl-C/SIGTERM (a clean stop); the same --session",
                "resumes where it stopped (see docs/paper.md)."})
final class PaperCommand implements Callable<Integer> {
    /** How long a Ctrl-C or SIGTERM waits for the session to stop and close its journal, seconds. */
    private static final int SHUTDOWN_WAIT_S = 30;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    BacktestOptions.StrategyChoice strategy;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--feed", required = true, paramLabel = "replay:FILE|replay:store:SYMBOL|synthetic",
            description = {"The bars: a CSV file or directory replayed (read as backtest --data reads it), bars from the store,",
                    "or the seeded synthetic market (one instrument, SYN, 1-minute bars)."})
    String feed;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "N|max",
            description = "Replay pace in bars per second of wall-clock time, or max (no waiting) (default: ${DEFAULT-VALUE}).")
    String speed;

    @Option(names = "--session", defaultValue = "paper", paramLabel = "NAME",
            description = {"The session's name (letters, digits, _): its journal in the store and its client order ids",
                    "(NAME-1, NAME-2, ...). An existing session is resumed (default: ${DEFAULT-VALUE})."})
    String session;

    @Option(names = "--risk", paramLabel = "PRESET|FILE",
            description = "Apply the risk engine: a preset (conservative, agent) or a risk file (see docs/risk.md).")
    String risk;

    @Option(names = "--control-port", defaultValue = "0", paramLabel = "PORT",
            description = {"Port of the control endpoint on 127.0.0.1 ('wave status', 'kill', 'reset', 'cancel-all'); 0: a free",
                    "port (default). Its address and token go to <home>/paper/<session>/control.properties (mode 0600)."})
    int controlPort;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write this run's trades.csv, fills.csv, orders.csv and equity.csv here when it stops.")
    Path out;

    @Mixin
    RunOptions run;

    @Mixin
    StoreOptions store;

    @Mixin
    PluginOptions plugins;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!ClientOrderId.isSessionTag(session)) {
            throw new IllegalArgumentException("--session '" + session + "' is not a session name; expected letters, digits or _");
        }
        if (out != null) {
            RunOutputs.check("--out", out);
        }
        ControlClient running = new ControlClient();
        running.session = session;
        running.home = store.home;
        if (running.isRunning()) {
            throw new IllegalArgumentException("paper session " + session + " is already running; 'wave stop --session " + session
                    + "' stops it, or choose another --session");
        }
        double barsPerSecond = PaperFeeds.speed(speed);
        PreparedStrategy prepared = PreparedStrategy.of(strategy, params, plugins);
        RiskSetup riskSetup = RiskSettings.resolve(risk, List.of());
        BacktestConfig config = run.config();
        if (config.closeAtEnd()) {
            throw new IllegalArgumentException("--close-at-end closes the positions when a backtest's data ends; a paper session keeps "
                    + "them when it stops, to resume with them");
        }
        List<BarSeries> series = PaperFeeds.load(feed, run, store, spec.commandLine().getErr());
        if (config.corporateActions() == CorporateActionMode.APPLY && series.stream().anyMatch(BarSeries::hasCorporateActions)) {
            throw new IllegalArgumentException("--feed " + feed + " carries splits or dividends, which a replay does not apply yet; "
                    + "use split-adjusted prices (--price-column adj-close)");
        }
        Backtest backtest = prepared.backtest(series, config);
        RiskRun riskRun = riskSetup == null ? null : RiskRun.attach(riskSetup, backtest, series, config);
        PaperSessionStarted start = new PaperSessionStarted(PaperSession.wallClockNanos(), prepared.name(),
                text(prepared.params()), config.initialCash().currency(), config.initialCash().raw(), feed);
        PrintWriter stdout = spec.commandLine().getOut();
        AtomicBoolean signalled = new AtomicBoolean();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<PaperSession> started = new AtomicReference<>();
        // Ctrl-C or SIGTERM: the JVM's shutdown waits until the kernel has stopped, journaled the strategies' states
        // and the journal is closed.
        Thread hook = new Thread(() -> {
            signalled.set(true);
            PaperSession paper = started.get();
            if (paper != null) {
                paper.stop("a signal");
            }
            try {
                closed.await(SHUTDOWN_WAIT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "paper-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ControlServer control = null;
        try (Store opened = store.open();
             PaperSession paper = PaperSession.open(opened, session, backtest, series, config.execution().calendar(),
                     barsPerSecond, start)) {
            started.set(paper);
            if (riskRun != null) {
                riskRun.engine().addListener(paper.riskJournal());
            }
            StatusBoard board = new StatusBoard(session, backtest.kernel(),
                    riskRun == null ? () -> "off" : () -> riskRun.engine().state().name());
            backtest.listen(board);
            control = ControlServer.start(ControlServer.runDirectory(store.home().dir(), session), controlPort, board, paper.inbound());
            stdout.println("Paper session " + session + ": " + prepared.name() + " " + prepared.params() + " on " + feed + " at "
                    + (Double.isInfinite(barsPerSecond) ? "max speed" : speed + " bars/s") + ", " + run.describe());
            if (paper.replayedRecords() > 0) {
                stdout.println("Resumed from " + paper.replayedRecords() + " journal records.");
            }
            stdout.println("Control: 'wave status|kill|reset|cancel-all|stop --session " + session + "' (" + control.file() + ")");
            stdout.flush();
            BacktestResult result = signalled.get() ? null : paper.run();
            if (result == null) {
                return 0;
            }
            printSummary(stdout, paper, result, opened);
            if (out != null) {
                BacktestReportWriter.writeTables(result, out);
                stdout.println("Wrote trades.csv, fills.csv, orders.csv and equity.csv to " + out);
            }
            stdout.flush();
        } finally {
            if (control != null) {
                control.close();
            }
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the session is closed
            }
        }
        return 0;
    }

    /** Why and after how many bars the session stopped, its orders, fills, equity and cash, and its journal. */
    private void printSummary(PrintWriter stdout, PaperSession paper, BacktestResult result, Store opened) {
        String why = paper.stopReason();
        String currency = " " + result.baseCurrency().code();
        long skipped = paper.feeder().skipped();
        stdout.println((ReplayFeeder.END_OF_FEED.equals(why) ? "Stopped at the end of the feed" : "Stopped by " + why) + ": "
                + result.steps() + " bars" + (skipped > 0 ? " (" + skipped + " processed before the restart, skipped)" : "") + ", "
                + result.tickets().size() + " orders, " + result.fills().size() + " fills; equity "
                + FixedPoint.formatMoney(result.portfolio().equityRaw()) + currency + ", cash "
                + FixedPoint.formatMoney(result.portfolio().cashRaw()) + currency);
        stdout.println("Journal: session " + session + ", " + paper.journalRecords() + " records in " + opened.url()
                + " ('wave audit verify --session " + session + "' checks it)");
    }

    private static Map<String, String> text(Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
