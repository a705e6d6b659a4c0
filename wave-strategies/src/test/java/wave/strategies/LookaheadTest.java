package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.bias.LookaheadAnalysis;
import wave.engine.bias.LookaheadReport;
import wave.engine.strategy.Strategy;

/**
 * No bundled strategy looks ahead: run on the first t bars only, it places exactly the orders (time, side, type,
 * sizing, which for exits and fixed sizing is the quantity) that the run on the whole history placed up to bar t,
 * the orders placed before the last bar fill the same quantity, and fills and the equity curve agree up to the cut.
 * A strategy that reads the next bar fails the same check.
 */
class LookaheadTest {
    private static final int[] CUTS = {35, 61, 250, 1001, 2048, 3333};

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : BundledStrategies.names()) {
            for (String file : List.of(SharedData.ORCL, SharedData.NVDA)) {
                for (String sizing : List.of("fixed:100", "all-in")) {
                    out.add(Arguments.of(name, file, sizing));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}, {2}")
    @MethodSource("cases")
    void truncatedHistoryGivesTheSameOrdersUpToTheCut(String name, String file, String sizing) {
        BarSeries data = SharedData.yahoo(file, file.contains("orcl") ? "ORCL" : "NVDA");
        assertNoLookahead(data, series -> Backtests.run(name, series, sizing));
    }

    @Test
    void theCheckCatchesAStrategyThatReadsTheNextBar() {
        BarSeries data = SharedData.orcl();
        Function<BarSeries, BacktestResult> peeking = series -> new Backtest(Backtests.config("fixed:100"), List.of(series),
                "peek", id -> new PeekingStrategy(series), false).run();
        assertThat(analyse(data, peeking).biased()).isTrue();
        assertThatThrownBy(() -> assertNoLookahead(data, peeking)).isInstanceOf(AssertionError.class);
    }

    /** Asserts that runs on truncated histories decide exactly as the full run did up to each cut. */
    static void assertNoLookahead(BarSeries data, Function<BarSeries, BacktestResult> run) {
        LookaheadReport report = analyse(data, run);
        assertThat(report.ordersInFullRun()).isPositive();
        assertThat(report.cuts()).allSatisfy(cut -> assertThat(cut.differences()).as("cut at bar %d", cut.bars()).isEmpty());
        assertThat(report.ordersCompared()).as("the cuts must cover some orders").isPositive();
    }

    private static LookaheadReport analyse(BarSeries data, Function<BarSeries, BacktestResult> run) {
        return new LookaheadAnalysis(series -> run.apply(series.getFirst())).run(List.of(data), CUTS, done -> { });
    }

    /** Cheats: holds while tomorrow's close is higher, read from the series it runs on. */
    private static final class PeekingStrategy extends Strategy<BuyAndHold.Params> {
        private final BarSeries series;
        private int index;

        PeekingStrategy(BarSeries series) {
            super(new BuyAndHold.Params());
            this.series = series;
        }

        @Override
        protected void onBar(Bar bar) {
            int i = index++;
            boolean rises = i + 1 < series.size() && series.closeRaw(i + 1) > series.closeRaw(i);
            if (rises && isFlat()) {
                buy();
            } else if (!rises && isLong()) {
                closePosition();
            }
        }
    }
}
