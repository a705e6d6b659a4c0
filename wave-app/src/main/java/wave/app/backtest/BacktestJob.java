package wave.app.backtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.kernel.KernelListener;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyDefinition;
import wave.research.metrics.Annualisation;
import wave.research.metrics.MetricsConfig;
import wave.research.metrics.MetricsInput;
import wave.research.metrics.PerformanceMetrics;
import wave.research.metrics.PerformanceReport;

/** Runs a named strategy over data and computes its metrics and each instrument's buy-and-hold benchmark. */
public final class BacktestJob {
    private BacktestJob() {
    }

    /**
     * Runs a backtest.
     *
     * @param params   text parameters, validated against the strategy's definition before any data is touched
     * @param listener progress observer (may be null)
     */
    public static <P extends Record> BacktestOutcome run(List<BarSeries> data, StrategyDefinition<P> strategy,
                                                       Map<String, String> params, BacktestConfig config, KernelListener listener) {
        P bound = strategy.bind(params);
        BacktestResult result = simulate(data, strategy.name(), id -> strategy.create(bound), config, listener);
        return evaluate(strategy.name(), ParamValues.of(bound), result, data);
    }

    /**
     * Runs the backtest only (no metrics).
     *
     * @param name     strategy name, used to name the instances
     * @param strategy creates the strategy instance of each instrument
     */
    public static BacktestResult simulate(List<BarSeries> data, String name, Function<InstrumentId, Strategy<?>> strategy,
                                          BacktestConfig config, KernelListener listener) {
        return simulate(new Backtest(config, data, name, strategy, false), listener);
    }

    /** Runs a prepared backtest only (no metrics), e.g. one of a strategy across instruments. */
    public static BacktestResult simulate(Backtest backtest, KernelListener listener) {
        if (listener != null) {
            backtest.listen(listener);
        }
        return backtest.run();
    }

    /** Computes the metrics of a finished backtest and each series' buy-and-hold benchmark, annualised from the data. */
    public static BacktestOutcome evaluate(String strategy, Map<String, Object> params, BacktestResult result,
                                           List<BarSeries> data) {
        return evaluate(strategy, params, result, data, Double.NaN);
    }

    /**
     * Computes the metrics of a finished backtest and the buy-and-hold benchmark of each series, each annualised from
     * its own timestamps ({@link Annualisation#infer}).
     *
     * @param periodsPerYear periods a year that override the inferred ones ({@code --periods-per-year}), or NaN
     */
    public static BacktestOutcome evaluate(String strategy, Map<String, Object> params, BacktestResult result,
                                           List<BarSeries> data, double periodsPerYear) {
        return new BacktestOutcome(strategy, params, result, report(result, periodsPerYear), benchmarks(data, periodsPerYear));
    }

    /**
     * Starts computing the buy-and-hold benchmark of each series on a task of {@code executor}: they depend on the data
     * alone, so that they can be computed while the backtest runs ({@link #evaluate(String, Map, BacktestResult, double,
     * CompletableFuture)}).
     */
    public static CompletableFuture<Map<InstrumentId, PerformanceReport>> benchmarks(List<BarSeries> data, double periodsPerYear,
                                                                                     Executor executor) {
        return CompletableFuture.supplyAsync(() -> benchmarks(data, periodsPerYear), executor);
    }

    /**
     * Computes the metrics of a finished backtest as {@link #evaluate(String, Map, BacktestResult, List, double)} does,
     * with the benchmarks started by {@link #benchmarks(List, double, Executor)}.
     */
    public static BacktestOutcome evaluate(String strategy, Map<String, Object> params, BacktestResult result,
                                           double periodsPerYear, CompletableFuture<Map<InstrumentId, PerformanceReport>> benchmarks) {
        PerformanceReport report = report(result, periodsPerYear);
        try {
            return new BacktestOutcome(strategy, params, result, report, benchmarks.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The strategy's metrics, or null for a run of fewer than two steps. */
    private static PerformanceReport report(BacktestResult result, double periodsPerYear) {
        return result.steps() < 2 ? null : PerformanceMetrics.compute(new MetricsInput(result.stepNanos(),
                result.equity(), result.trades(), FixedPoint.moneyToDouble(result.totalFeesRaw()),
                result.tradedNotional().doubleValue(), result.stepsInMarket()),
                metricsConfig(result.stepNanos(), result.spec(), periodsPerYear));
    }

    /** The buy-and-hold metrics of each series of two bars or more. */
    private static Map<InstrumentId, PerformanceReport> benchmarks(List<BarSeries> data, double periodsPerYear) {
        Map<InstrumentId, PerformanceReport> benchmarks = new LinkedHashMap<>();
        for (BarSeries series : data) {
            if (series.size() >= 2) {
                benchmarks.put(series.instrument(), PerformanceMetrics.compute(
                        MetricsInput.buyAndHold(series),
                        metricsConfig(series.timestamps(), series.spec(), periodsPerYear)));
            }
        }
        return benchmarks;
    }

    /** The annualisation of one curve: inferred from its timestamps, with {@code periodsPerYear} instead when given. */
    public static MetricsConfig metricsConfig(long[] tsNanos, BarSpec spec, double periodsPerYear) {
        MetricsConfig inferred = Annualisation.infer(tsNanos, spec);
        return Double.isNaN(periodsPerYear) ? inferred : inferred.withPeriodsPerYear(periodsPerYear);
    }
}
