package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.backtest.BacktestJob;
import wave.app.backtest.BacktestOutcome;
import wave.app.report.BacktestReportWriter;
import wave.app.runs.RunRecorder;
import wave.app.runs.RunRecords;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.engine.backtest.BacktestConfig;
import wave.engine.execution.PercentFeeModel;
import wave.engine.order.Sizing;
import wave.store.StoreUrl;

/** {@code wave demo}: a real backtest on generated data, no files needed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run a real backtest on generated data: no files needed.",
                "sma-cross on a seeded synthetic market of three correlated stocks (2520 daily bars each),",
                "100,000 USD, 0.1%% fees, 30%% of equity per entry."})
final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic market (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bars", defaultValue = "2520", description = "Daily bars per instrument (default: ${DEFAULT-VALUE}).")
    int bars;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write trades.csv, fills.csv, equity.csv and summary.json here.")
    Path out;

    @Option(names = "--record", description = "Also record the run in the store's run history (the demo leaves the store alone by default).")
    boolean record;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        StoreUrl storeUrl = record ? store.url() : null;
        try (RunRecorder recorder = record ? RunRecorder.start(storeUrl, () -> store.open(storeUrl), List.of()) : null) {
            List<InstrumentId> ids = List.of(InstrumentId.of("AAA"), InstrumentId.of("BBB"), InstrumentId.of("CCC"));
            List<BarSeries> data = SyntheticMarket.generate(SyntheticMarketConfig.defaults(seed, ids, bars, BarSpec.DAY_1)).series();
            BacktestConfig config = BacktestConfig.builder().initialCash(Money.of("100000", Currency.USD))
                    .feeModel(PercentFeeModel.ofPercent("0.1")).sizing(Sizing.parse("percent:30")).build();
            Map<String, String> params = Map.of();
            BacktestOutcome outcome = BacktestJob.run(data, StrategyCatalog.bundled().byName("sma-cross"), params, config,
                    new ProgressBar(spec.commandLine().getErr(), "demo"));
            stdout.println("Synthetic market: " + ids.size() + " correlated stocks, " + bars + " daily bars each, seed " + seed);
            stdout.println(SummaryText.format(outcome, "cash 100000 USD, fees 0.1% of notional, sizing percent:30, long only"));
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("data", "synthetic seed " + seed + ", " + bars + " daily bars x " + ids.size());
            settings.put("fees", config.feeModel().toString());
            settings.put("sizing", config.sizing().toString());
            if (out != null) {
                BacktestReportWriter.write(outcome, settings, out);
                stdout.println("Wrote trades.csv, fills.csv, orders.csv, equity.csv and summary.json to " + out);
            }
            if (recorder != null) {
                List<String> arguments = spec.commandLine().getParseResult().originalArgs();
                RunRecorder.await(recorder.submit(
                        digests -> RunRecords.backtest(outcome, arguments, settings, List.of(), List.of(), out), Clock.systemUTC()));
                stdout.println(RunRecorder.recordedMessage(recorder.url()));
            }
        }
        stdout.println();
        stdout.println("Next: 'wave strategies', 'wave backtest --help', 'wave data synth --help'.");
        return 0;
    }
}
