package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/**
 * No bundled strategy looks ahead: run on the first t bars only, it places exactly the orders (time, side, type,
 * sizing, which for exits and fixed sizing is the quantity) that the run on the whole history placed up to bar t,
 * the orders placed before the last bar fill the same quantity, and fills and the equity curve agree up to the cut.
 * A strategy that reads the next bar fails the same check.
 */
class LookaheadTest {
    private static final int[] CUTS = {35, 61, 250, 1001, 2048, 3333};

    /** What a strategy decided, without the outcome. */
    private record Decision(long placedNanos, OrderSide side, OrderType type, Sizing sizing) {
        static Decision of(OrderTicket ticket) {
            return new Decision(ticket.placedNanos(), ticket.side(), ticket.type(), ticket.sizing());
        }
    }

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
        assertThatThrownBy(() -> assertNoLookahead(data, peeking)).isInstanceOf(AssertionError.class);
    }

    /** Asserts that runs on truncated histories decide exactly as the full run did up to each cut. */
    static void assertNoLookahead(BarSeries data, Function<BarSeries, BacktestResult> run) {
        BacktestResult full = run.apply(data);
        assertThat(full.tickets()).isNotEmpty();
        int decisionsChecked = 0;
        for (int cut : CUTS) {
            BacktestResult head = run.apply(data.head(cut));
            long lastBar = data.tsNanos(cut - 1);

            List<OrderTicket> expected = full.tickets().stream().filter(t -> t.placedNanos() <= lastBar).toList();
            assertThat(head.tickets().stream().map(Decision::of).toList()).as("orders up to bar %d", cut)
                    .containsExactlyElementsOf(expected.stream().map(Decision::of).toList());
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i).placedNanos() < lastBar) {
                    assertThat(head.tickets().get(i).filledQuantityRaw()).as("filled quantity of order %d, cut %d", i, cut)
                            .isEqualTo(expected.get(i).filledQuantityRaw());
                }
            }
            List<OrderFilled> fills = full.fills().stream().filter(f -> f.tsNanos() <= lastBar).toList();
            assertThat(head.fills()).containsExactlyElementsOf(fills);
            assertThat(head.equityRaw()).isEqualTo(Arrays.copyOf(full.equityRaw(), cut));
            decisionsChecked += expected.size();
        }
        assertThat(decisionsChecked).as("the cuts must cover some orders").isPositive();
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
