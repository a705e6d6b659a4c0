package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.app.report.html.BenchmarkCurve;
import wave.app.stats.MonteCarloSettings;
import wave.app.stats.RunMonteCarlo;
import wave.app.stats.RunStatistics;
import wave.app.stats.StatisticsOutput;
import wave.app.stats.StatisticsSettings;
import wave.domain.money.FixedPoint;
import wave.store.runs.EquityCurve;
import wave.store.runs.MetricValue;
import wave.store.runs.RunRecord;
import wave.store.runs.StoredRun;

/** {@code wave stats ID}: the statistics of a recorded run, and with {@code --monte-carlo N} its Monte Carlo percentiles. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Statistics of a recorded run: t-test of the mean return, Ljung-Box and Durbin-Watson, the deflated "
                + "Sharpe ratio, bootstrap intervals of the Sharpe ratio and the maximum drawdown, and against the buy-and-hold "
                + "of the run's data file (when it is one file, still there) the t-test of the difference, the information "
                + "ratio and the F-test of variances. Formulas in docs/statistics.md.",
                "--monte-carlo N adds N paths of trade reshuffle, trade bootstrap and block bootstrap of returns: "
                        + "percentiles of final equity, maximum and longest drawdown, and the probability of ruin."})
final class StatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = RunLookup.ID_HELP)
    String id;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples of the Sharpe and drawdown intervals, 0 for none (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "Coverage of the bootstrap intervals, a fraction (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the resampling and the Monte Carlo (L64X128MixRandom; default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lags", paramLabel = "H", defaultValue = "10", description = "Ljung-Box lags (default: ${DEFAULT-VALUE}).")
    int lags;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "1",
            description = "Configurations tried to find this one, for the deflated Sharpe ratio (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--trial-sharpe-variance", paramLabel = "V", defaultValue = "0",
            description = "Variance of those trials' annualised Sharpe ratios (needed with --trials above 1).")
    double trialSharpeVariance;

    @Option(names = "--monte-carlo", paramLabel = "N", defaultValue = "0",
            description = "Monte Carlo paths per method, 0 for none (default: ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--ruin-loss", paramLabel = "F", defaultValue = "0.5",
            description = "Loss that counts as ruin, a fraction of the initial equity (default: ${DEFAULT-VALUE}).")
    double ruinLoss;

    @Option(names = "--block-length", paramLabel = "L", defaultValue = "0",
            description = "Periods per block of the block bootstrap (default: the cube root of the returns).")
    int blockLength;

    @Option(names = "--trade-unit", paramLabel = "auto|pnl|return", defaultValue = "auto",
            description = "Trades simulated as profits added (pnl, for a fixed size) or returns compounded (return, for "
                    + "sizing by equity); auto: from the run's sizing (default: ${DEFAULT-VALUE}).")
    String tradeUnit;

    @Option(names = "--json", description = "Print the statistics as JSON.")
    boolean json;

    @Mixin
    PeriodsPerYear periods;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        StoredRun run = RunLookup.find(store, id);
        RunRecord record = run.record();
        boolean tradeReturns = MonteCarloSettings.tradeReturns(tradeUnit, record.configuration().settings().get("sizing"));
        MonteCarloSettings monteCarlo = simulations == 0 ? null
                : new MonteCarloSettings(simulations, seed, ruinLoss, blockLength, tradeReturns);
        StatisticsSettings settings = new StatisticsSettings(periodsPerYear(record), lags, resamples, confidence, seed,
                trials, trialSharpeVariance);
        double[] equity = equity(record.equity());
        double[] benchmark = benchmark(record, equity[0]);
        Map<String, Map<String, Object>> sections = RunStatistics.compute(equity, benchmark, settings);
        if (monteCarlo != null) {
            sections.putAll(RunMonteCarlo.compute(record.totals().initialCashRaw(), record.trades(),
                    record.equity().tsNanos(), equity, monteCarlo));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? StatisticsOutput.json(sections)
                : StatisticsOutput.text("Statistics of run " + run.id() + " (" + record.strategy() + ")", sections));
        out.flush();
        return 0;
    }

    /** --periods-per-year, else the run's own annualisation, else 252. */
    private double periodsPerYear(RunRecord record) {
        double given = periods.value();
        if (!Double.isNaN(given)) {
            return given;
        }
        MetricValue recorded = record.metric("periods_per_year");
        return recorded != null && recorded.value() instanceof Number n ? n.doubleValue() : 252;
    }

    /**
     * The buy-and-hold of the run's data file on the run's times, or null (with a note on standard error when the file
     * cannot be read): the benchmark statistics are left out, the others still printed.
     */
    private double[] benchmark(RunRecord record, double startEquity) {
        if (record.data().size() != 1) {
            return null;
        }
        Path file = Path.of(record.data().getFirst().file().path());
        try {
            return BenchmarkCurve.read(file, record.equity().tsNanos(), startEquity);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("wave: note: no benchmark statistics: " + file + " could not be read ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private static double[] equity(EquityCurve curve) {
        double[] equity = new double[curve.size()];
        for (int i = 0; i < equity.length; i++) {
            equity[i] = FixedPoint.moneyToDouble(curve.equityRaw()[i]);
        }
        return equity;
    }
}
