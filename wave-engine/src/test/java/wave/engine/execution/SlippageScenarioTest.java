package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.order.OrderSide.BUY;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.market.OhlcvBar;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** Slippage models: the price moves against every fill; the cost is reported per fill, apart from fees. */
class SlippageScenarioTest {
    static final String ROUND_TRIP = """
            2024-01-02 O=10 H=10.2 L=9.9  C=10
            2024-01-03 O=10 H=10.5 L=9.9  C=10.4
            2024-01-04 O=11 H=11.2 L=10.8 C=11
            """;

    static BacktestConfig with(SlippageModel model) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withSlippage(model));
    }

    static ScriptedStrategy buyThenSell() {
        return new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(100)).on("2024-01-03", x -> x.marketSell(100));
    }

    @Test
    void fixedBasisPointsMakeBuysPayMoreAndSellsReceiveLessWithFeesOnTheActualPrice() {
        // Given 50 bps of slippage and a 0.1% fee, a buy of 100 at Jan 3's open (10) and a sell at Jan 4's open (11)
        ScriptedStrategy s = buyThenSell();
        BacktestResult r = Backtests.run(with(SlippageModel.fixedBps(50)).withFeeModel(PercentFeeModel.ofPercent("0.1")),
                Bars.table(ROUND_TRIP), s);

        // Then the buy pays 10.05 (slippage 100 x 0.05 = 5) and the sell receives 10.945 (slippage 5.5)
        assertThat(EventText.of(r.fills())).containsExactly(
                "2024-01-03 O-1 filled BUY 100 @ 10.05 fee 1.005 slippage 5",
                "2024-01-04 O-2 filled SELL 100 @ 10.945 fee 1.0945 slippage 5.5");
        assertThat(r.totalSlippageRaw()).isEqualTo(raw("10.5"));
        assertThat(r.totalFeesRaw()).isEqualTo(raw("2.0995"));
        assertThat(r.trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("89.5"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("100087.4005"));
    }

    @Test
    void aHalfSpreadCostsHalfTheQuotedSpreadOnEachSide() {
        BacktestResult r = Backtests.run(with(SlippageModel.halfSpread(20)), Bars.table(ROUND_TRIP), buyThenSell());
        assertThat(EventText.of(r.fills())).containsExactly(
                "2024-01-03 O-1 filled BUY 100 @ 10.01 slippage 1",
                "2024-01-04 O-2 filled SELL 100 @ 10.989 slippage 1.1");
    }

    @Test
    void aLimitOrderNeverFillsBeyondItsLimit() {
        // Given 50 bps of slippage and limit buys of 10 at 9.5
        ScriptedStrategy touched = new ScriptedStrategy().on("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5"));
        BacktestResult atTheLimit = Backtests.run(with(SlippageModel.fixedBps(50)), Bars.table("""
                2024-01-02 O=10 H=10.2 L=9.9 C=10
                2024-01-03 O=10 H=10.2 L=9.4 C=9.8
                """), touched);
        // When the low reaches the limit, the fill is at the limit: no room for slippage
        assertThat(EventText.of(atTheLimit.fills())).containsExactly("2024-01-03 O-1 filled BUY 10 @ 9.5");

        ScriptedStrategy gapped = new ScriptedStrategy().on("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5"));
        BacktestResult belowTheLimit = Backtests.run(with(SlippageModel.fixedBps(50)), Bars.table("""
                2024-01-02 O=10  H=10.2 L=9.9 C=10
                2024-01-03 O=9.2 H=9.6  L=9.0 C=9.4
                """), gapped);
        // When the bar opens below the limit, the open 9.2 slips by 0.046, still inside the limit
        assertThat(EventText.of(belowTheLimit.fills())).containsExactly("2024-01-03 O-1 filled BUY 10 @ 9.246 slippage 0.46");
    }

    @Test
    void squareRootImpactGrowsWithVolatilityAndTheShareOfTheBarsVolume() {
        // Given k = 0.5 over 3 returns: the closes 100, 100, 102, 106.08 make returns of 0%, 2% and 4% (sigma 2%)
        String bars = """
                2024-01-01 O=100 H=100    L=100 C=100
                2024-01-02 O=100 H=100    L=100 C=100
                2024-01-03 O=100 H=102    L=100 C=102
                2024-01-04 O=102 H=106.08 L=102 C=106.08
                2024-01-05 O=110 H=111    L=90  C=95 V=10000
                """;
        BacktestConfig config = with(SlippageModel.squareRootImpact(0.5, 3));

        // When 100 shares (1% of the fill bar's 10,000) are bought at Jan 5's open, 110
        BacktestResult first = Backtests.run(config, Bars.table(bars), new ScriptedStrategy().on("2024-01-04", x -> x.marketBuy(100)));

        // Then each share pays 110 x 0.5 x 0.02 x sqrt(0.01) = 0.11 more (Jan 5's own close is not used)
        assertThat(EventText.of(first.fills())).containsExactly("2024-01-05 O-1 filled BUY 100 @ 110.11 slippage 11");

        // and the model's state belongs to each run: the same configuration gives the same fills again
        BacktestResult second = Backtests.run(config, Bars.table(bars), new ScriptedStrategy().on("2024-01-04", x -> x.marketBuy(100)));
        assertThat(second.fills()).isEqualTo(first.fills());
    }

    @Test
    void modelsValidateTheirParameters() {
        assertThatThrownBy(() -> SlippageModel.fixedBps(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slippage must be in [0, 10000) bps, got -1.0");
        assertThatThrownBy(() -> SlippageModel.halfSpread(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlippageModel.squareRootImpact(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("volatility window must be >= 2 bars, got 1");
        OhlcvBar bar = new OhlcvBar(Bars.ACME, 0, raw("10"), raw("10"), raw("10"), raw("10"), 100);
        assertThatThrownBy(() -> SlippageModel.squareRootImpact(1, 5).slippageRaw(0, BUY, raw("10"), raw("1"), bar))
                .isInstanceOf(IllegalStateException.class);
        assertThat(SlippageModel.none().slippageRaw(0, BUY, raw("10"), raw("1"), bar)).isZero();
        assertThat(SlippageModel.squareRootImpact(1, 5).forRun(1).slippageRaw(0, BUY, raw("10"), raw("1"), bar))
                .as("no returns seen yet: no volatility, no impact").isZero();
    }
}
