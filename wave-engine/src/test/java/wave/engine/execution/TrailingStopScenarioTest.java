package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;
import static wave.engine.testkit.Backtests.raw;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.order.TrailingOffset;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/**
 * Trailing stops: the stop follows the best price since the order reached the venue (highest high for a sell, lowest
 * low for a buy). On each bar the stop from the previous bars is checked first (a gap through it fills at the open,
 * else the stop fills if the range reaches it); only then does the bar's own extreme move the stop.
 */
class TrailingStopScenarioTest {
    /** Buys 10 at Jan 2's open (10), places the trailing sell on Jan 2, and records the stop level seen at each bar. */
    static ScriptedStrategy longWithTrailingSell(TrailingOffset offset, List<String> stopAtBar) {
        return new ScriptedStrategy()
                .on("2024-01-01", x -> x.marketBuy(10))
                .on("2024-01-02", x -> x.trailingStopOrder(SELL, 10, offset))
                .onEveryBar(x -> {
                    if (x.tickets.size() > 1) {
                        stopAtBar.add(FixedPoint.formatPrice(x.ticket(1).trailingStopPriceRaw()));
                    }
                });
    }

    @Test
    void aTrailingSellByAnAmountFollowsTheHighsAndFillsAtItsStop() {
        List<String> stopAtBar = new ArrayList<>();
        ScriptedStrategy s = longWithTrailingSell(TrailingOffset.amount(Price.of("0.5")), stopAtBar);

        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table("""
                2024-01-01 O=10   H=10   L=10   C=10
                2024-01-02 O=10   H=10.4 L=9.9  C=10.3
                # arrives: trails from the open 10.4 (stop 9.9); the low 10.2 holds; the high 11 lifts the stop to 10.5
                2024-01-03 O=10.4 H=11   L=10.2 C=10.8
                # the low 10.6 holds above 10.5; the high 11.2 lifts it to 10.7
                2024-01-04 O=10.9 H=11.2 L=10.6 C=11.1
                # the low 10.5 reaches 10.7: sold at 10.7
                2024-01-05 O=11   H=11.1 L=10.5 C=10.6
                """), s);

        assertThat(stopAtBar).containsExactly("0", "10.5", "10.7", "10.7");
        assertThat(EventText.of(s.events)).endsWith(
                "2024-01-03 O-2 accepted",
                "2024-01-05 O-2 filled SELL 10 @ 10.7");
        assertThat(r.trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("7"));
    }

    @Test
    void aBarThatMakesANewHighAndThenFallsIsCheckedAgainstThePreviousStop() {
        // Given the stop at 10.5 after Jan 3
        List<String> stopAtBar = new ArrayList<>();
        ScriptedStrategy s = longWithTrailingSell(TrailingOffset.amount(Price.of("0.5")), stopAtBar);

        // When Jan 4 reaches 11.5 and also 10.6 (the path inside the bar is unknown)
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table("""
                2024-01-01 O=10   H=10   L=10   C=10
                2024-01-02 O=10   H=10.4 L=9.9  C=10.3
                2024-01-03 O=10.4 H=11   L=10.2 C=10.8
                2024-01-04 O=10.9 H=11.5 L=10.6 C=11.2
                2024-01-05 O=10.9 H=11   L=10.8 C=10.9
                """), s);

        // Then Jan 4 does not sell at 11 (its own high's stop); the stop becomes 11 after it, and Jan 5 opens below it:
        // sold at the open, 10.9
        assertThat(stopAtBar).containsExactly("0", "10.5", "11", "11");
        assertThat(EventText.of(s.events)).endsWith("2024-01-05 O-2 filled SELL 10 @ 10.9");
        assertThat(r.fills()).hasSize(2);
    }

    @Test
    void aTrailingSellByAPercentage() {
        List<String> stopAtBar = new ArrayList<>();
        ScriptedStrategy s = longWithTrailingSell(TrailingOffset.percent("5"), stopAtBar);

        Backtests.run(BacktestConfig.defaults(), Bars.table("""
                2024-01-01 O=10   H=10   L=10   C=10
                2024-01-02 O=10   H=10.4 L=9.9  C=10.3
                # arrives at 10: stop 9.5; the high 12 lifts it to 12 x 0.95 = 11.4
                2024-01-03 O=10   H=12   L=9.8  C=11.8
                2024-01-04 O=11.7 H=11.9 L=11.3 C=11.5
                """), s);

        assertThat(stopAtBar).containsExactly("0", "11.4", "11.4");
        assertThat(EventText.of(s.events)).endsWith("2024-01-04 O-2 filled SELL 10 @ 11.4");
    }

    @Test
    void aTrailingBuyFollowsTheLowsAndBuysTheRebound() {
        List<String> stopAtBar = new ArrayList<>();
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.trailingStopOrder(BUY, 10, TrailingOffset.amount(Price.of("0.5"))))
                .onEveryBar(x -> stopAtBar.add(FixedPoint.formatPrice(x.ticket(0).trailingStopPriceRaw())));

        Backtests.run(BacktestConfig.defaults(), Bars.table("""
                2024-01-02 O=10  H=10.2 L=9.9 C=10
                # arrives at 10: stop 10.5; the high 10.3 stays below; the low 9 pulls the stop down to 9.5
                2024-01-03 O=10  H=10.3 L=9   C=9.2
                # the high 9.6 reaches 9.5: bought at 9.5
                2024-01-04 O=9.2 H=9.6  L=9.1 C=9.5
                """), s);

        assertThat(stopAtBar).containsExactly("0", "9.5", "9.5");
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-04 O-1 filled BUY 10 @ 9.5");
    }
}
