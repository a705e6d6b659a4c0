package wave.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import wave.app.bench.PlainLoopBaseline;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.execution.ExecutionConfig;
import wave.engine.execution.PercentFeeModel;
import wave.engine.execution.SlippageModel;
import wave.engine.order.Sizing;
import wave.engine.strategy.StrategyDefinition;
import wave.strategies.BundledStrategies;

/**
 * Throughput of the backtest kernel: one {@link Backtest#run()} over 1,000,000 synthetic one-minute bars of one
 * instrument (orders, fills, fees and slippage or none, accounting, equity recording), reported as time per bar.
 *
 * <ul>
 *   <li>{@code kernel}: {@code run()} only. The backtest is built in a per-invocation setup, so construction is
 *       not timed; JMH's {@code -prof gc} counts allocation over the whole iteration, setup included, so its
 *       {@code gc.alloc.rate.norm} is construction plus run.</li>
 *   <li>{@code construct}: building the same backtest without running it. Subtract its
 *       {@code gc.alloc.rate.norm} from {@code kernel}'s to get what {@code run()} itself allocates per bar.</li>
 *   <li>{@code baselineSmaCross}: the SMA(10)/SMA(30) crossover signals (sma-cross's default periods) computed
 *       by a plain loop over the close array, no kernel: the floor to report the kernel as a ratio to.</li>
 * </ul>
 *
 * <p>Every score is divided by {@value #BARS} ({@link OperationsPerInvocation}), so it reads as ns per bar.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(KernelThroughputBenchmark.BARS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "--sun-misc-unsafe-memory-access=allow"})
public class KernelThroughputBenchmark {
    /** Bars per invocation. */
    public static final int BARS = 1_000_000;
    private static final int FAST = 10;
    private static final int SLOW = 30;

    /** The synthetic market, generated once per trial (fork) and shared by every benchmark. */
    @State(Scope.Benchmark)
    public static class Market {
        BarSeries series;
        double[] close;

        @Setup(Level.Trial)
        public void generate() {
            series = SyntheticMarket.generate(SyntheticMarketConfig.defaults(1, List.of(InstrumentId.of("BENCH")), BARS,
                    BarSpec.MINUTE_1)).series().getFirst();
            if (series.size() != BARS) {
                throw new IllegalStateException("expected " + BARS + " bars, generated " + series.size());
            }
            close = series.closes();
        }
    }

    /** What a backtest is built from: the strategy under test, with its default parameters, and the config. */
    @State(Scope.Thread)
    public static class Recipe {
        @Param({"buy-and-hold", "sma-cross"})
        String strategy;

        /**
         * {@code bare}: no fees, no slippage; {@code fees+slippage}: 0.1% fees and 5 bps slippage on every fill.
         * Both trade 100 shares per signal from 1,000,000 USD, so every signal trades for the whole run.
         */
        @Param({"bare", "fees+slippage"})
        String execution;

        StrategyDefinition<?> definition;
        BacktestConfig config;
        BarSeries series;

        @Setup(Level.Trial)
        public void resolve(Market market) {
            definition = BundledStrategies.find(strategy)
                    .orElseThrow(() -> new IllegalArgumentException("unknown strategy " + strategy + "; known: " + BundledStrategies.names()));
            BacktestConfig base = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USD))
                    .withSizing(Sizing.fixed(100));
            config = switch (execution) {
                case "bare" -> base;
                case "fees+slippage" -> base.withFeeModel(PercentFeeModel.ofPercent("0.1"))
                        .withExecution(ExecutionConfig.defaults().withSlippage(SlippageModel.fixedBps(5)));
                default -> throw new IllegalArgumentException("unknown execution " + execution);
            };
            series = market.series;
        }

        Backtest build() {
            StrategyDefinition<?> def = definition;
            return new Backtest(config, List.of(series), strategy, id -> def.create(Map.of()), false);
        }
    }

    /** A freshly built backtest for each invocation: a backtest runs once. */
    @State(Scope.Thread)
    public static class Prepared {
        Backtest backtest;

        @Setup(Level.Invocation)
        public void build(Recipe recipe) {
            backtest = recipe.build();
        }
    }

    /** The kernel: {@code run()} of a backtest built outside the timed region; returns the final equity. */
    @Benchmark
    public double kernel(Prepared prepared) {
        return FixedPoint.moneyToDouble(prepared.backtest.run().finalEquityRaw());
    }

    /** Building the backtest (feed, venue, recorder buffers) without running it, for the allocation split. */
    @Benchmark
    public Backtest construct(Recipe recipe) {
        return recipe.build();
    }

    /** The floor: SMA(10)/SMA(30) crossovers by a plain loop over the closes; returns the number of crossings. */
    @Benchmark
    public long baselineSmaCross(Market market) {
        return PlainLoopBaseline.signals(market.close, FAST, SLOW);
    }
}
