package wave.engine.order;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.ExecutionConfig;
import wave.engine.execution.PercentFeeModel;
import wave.engine.execution.SizingPrice;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/**
 * Percent and all-in orders sized when they are placed, at the signal bar's close (backtrader's default), against the
 * default sizing at the fill price. 10,000 USD and a 0.1% fee throughout.
 */
class SignalCloseSizingScenarioTest {
    private static final BacktestConfig FILL = Backtests.withCash("10000").withFeeModel(PercentFeeModel.ofPercent("0.1"));
    private static final BacktestConfig SIGNAL_CLOSE = FILL.withExecution(
            ExecutionConfig.defaults().withSizingPrice(SizingPrice.SIGNAL_CLOSE));

    private static final String GAP_UP = """
            2024-01-02 O=99  H=101 L=98  C=100
            2024-01-03 O=105 H=106 L=104 C=105
            """;
    private static final String GAP_DOWN = """
            2024-01-02 O=99 H=101 L=98 C=100
            2024-01-03 O=95 H=96  L=94 C=95
            """;

    @Test
    void allInSizedAtTheCloseIsRejectedWhenTheNextOpenGapsUp() {
        // Given all-in sizing at the signal close: 10,000 / (100 x 1.001) = 99.9 -> 99 shares, sized on Jan 2
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);

        BacktestResult r = Backtests.run(SIGNAL_CLOSE, Bars.table(GAP_UP), s);

        // Then at Jan 3's open, 105, the 99 shares cost 10,395 + 10.395 fee: more than the cash, rejected
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-03 O-1 rejected INSUFFICIENT_CASH: 99 ACME.SIM at 105 need 10405.395 USD incl. fees, cash is 10000");
        assertThat(s.ticket(0).order().quantityRaw()).isEqualTo(raw("99"));
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(r.fills()).isEmpty();
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("10000"));
    }

    @Test
    void theSameAllInOrderSizedAtTheFillPriceFills() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);

        BacktestResult r = Backtests.run(FILL, Bars.table(GAP_UP), s);

        // floor(10,000 / (105 x 1.001)) = 95 shares: 9,975 + 9.975 fee
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-03 O-1 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-1 filled BUY 95 @ 105 fee 9.975");
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("15.025"));
    }

    @Test
    void afterAGapDownBothModesFillWithDifferentQuantities() {
        // percent:50 of 10,000 equity: a budget of 5,000
        ScriptedStrategy atClose = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(Sizing.parse("percent:50")));
        ScriptedStrategy atFill = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(Sizing.parse("percent:50")));

        BacktestResult closeRun = Backtests.run(SIGNAL_CLOSE, Bars.table(GAP_DOWN), atClose);
        BacktestResult fillRun = Backtests.run(FILL, Bars.table(GAP_DOWN), atFill);

        // at the close: 5,000 / (100 x 1.001) = 49.95 -> 49 shares; at the fill: 5,000 / (95 x 1.001) = 52.58 -> 52
        assertThat(closeRun.fills()).singleElement().extracting(OrderFilled::quantityRaw).isEqualTo(raw("49"));
        assertThat(fillRun.fills()).singleElement().extracting(OrderFilled::quantityRaw).isEqualTo(raw("52"));
        // both at the open, 95: 49 x 95 = 4,655 + 4.655 fee; 52 x 95 = 4,940 + 4.94 fee
        assertThat(closeRun.portfolio().cashRaw()).isEqualTo(raw("5340.345"));
        assertThat(fillRun.portfolio().cashRaw()).isEqualTo(raw("5055.06"));
    }

    @Test
    void aBudgetThatCannotPayForOneLotAtTheCloseIsDeniedWhenPlaced() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);

        Backtests.run(Backtests.withCash("50").withExecution(ExecutionConfig.defaults().withSizingPrice(SizingPrice.SIGNAL_CLOSE)),
                Bars.table(GAP_DOWN), s);

        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 denied INSUFFICIENT_FUNDS: budget 50 USD cannot pay for one lot of ACME.SIM at 100 plus fees");
    }

    @Test
    void fixedQuantitiesAreTheSameInBothModes() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(7));

        BacktestResult r = Backtests.run(SIGNAL_CLOSE, Bars.table(GAP_UP), s);

        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-1 filled BUY 7 @ 105 fee 0.735");
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("9264.265"));
    }
}
