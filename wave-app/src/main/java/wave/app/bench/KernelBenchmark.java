package wave.app.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.PercentFeeModel;
import wave.engine.order.Sizing;
import wave.engine.strategy.StrategyDefinition;
import wave.strategies.BundledStrategies;

/**
 * Measures a strategy through the full kernel (orders, fills, fees, accounting): bars per second and bytes
 * allocated per bar inside {@link Backtest#run()}. The backtest's buffers are allocated when it is built, so
 * what {@code run()} allocates is the steady-state cost of replaying, matching and booking.
 */
public final class KernelBenchmark {
    private final BarSeries series;

    /** A benchmark over one series. */
    public KernelBenchmark(BarSeries series) {
        this.series = series;
    }

    /**
     * Runs {@code warmups} unmeasured then {@code runs} measured backtests of a strategy with default parameters,
     * 0.1% fees, 1,000,000 USD and fixed:100 sizing (so that every signal trades for the whole run).
     */
    public Measurement measure(String strategyName, int warmups, int runs) {
        StrategyDefinition<?> definition = BundledStrategies.find(strategyName).orElseThrow();
        for (int i = 0; i < warmups; i++) {
            prepare(definition).run();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] barsPerSecond = new double[runs];
        long minBytes = Long.MAX_VALUE;
        int fills = 0;
        for (int i = 0; i < runs; i++) {
            Backtest backtest = prepare(definition);
            System.gc(); // settle the freshly built buffers so that no collection of them lands inside the timed run
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            BacktestResult result = backtest.run();
            long elapsed = System.nanoTime() - start;
            long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            barsPerSecond[i] = series.size() / (elapsed / 1e9);
            minBytes = Math.min(minBytes, bytes);
            fills = result.fills().size();
        }
        Arrays.sort(barsPerSecond);
        return new Measurement(strategyName, series.size(), barsPerSecond[runs / 2], barsPerSecond[0], barsPerSecond[runs - 1],
                minBytes / (double) series.size(), fills);
    }

    private Backtest prepare(StrategyDefinition<?> definition) {
        BacktestConfig config = BacktestConfig.builder().initialCash(Money.of("1000000", Currency.USD))
                .feeModel(PercentFeeModel.ofPercent("0.1")).sizing(Sizing.fixed(100)).build();
        return new Backtest(config, List.of(series), definition.name(), id -> definition.create(Map.of()), false);
    }

    /**
     * Result of one strategy's runs.
     *
     * @param strategy           strategy name
     * @param bars               bars per run
     * @param medianBarsPerSecond median throughput
     * @param minBarsPerSecond   slowest run
     * @param maxBarsPerSecond   fastest run
     * @param bytesPerBar        bytes allocated inside run() per bar (least of the runs)
     * @param fills              fills per run
     */
    public record Measurement(String strategy, int bars, double medianBarsPerSecond, double minBarsPerSecond,
                              double maxBarsPerSecond, double bytesPerBar, int fills) {
    }
}
