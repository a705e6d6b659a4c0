package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/**
 * Slipped fills stay within their bar's range by default (a buy at most at the high, a sell at least at the low); the
 * cost that did not fit is reported apart. {@code withSlippageOutsideBar(true)} lets prices leave the bar.
 */
class FillsWithinBarScenarioTest {
    private static final String BARS = """
            2024-01-02 O=100 H=100   L=99 C=100
            2024-01-03 O=100 H=100   L=98 C=99
            2024-01-04 O=99  H=100.2 L=99 C=100
            """;

    private static BacktestConfig bps50(boolean outsideBar) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withSlippage(SlippageModel.fixedBps(50))
                .withSlippageOutsideBar(outsideBar));
    }

    private static ScriptedStrategy buyThenSell() {
        return new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10)).on("2024-01-03", x -> x.marketSell(10));
    }

    @Test
    void aMarketBuyAtAnOpenEqualToTheHighFillsAtTheHighByDefault() {
        // bps:50 would make the buy 100.5, above Jan 3's high 100: it fills at 100; the sell at Jan 4's open 99 would
        // receive 98.505, below the low 99: it fills at 99. 10 x 0.5 + 10 x 0.495 = 9.95 did not fit.
        BacktestResult r = Backtests.run(bps50(false), Bars.table(BARS), buyThenSell());

        assertThat(EventText.of(r.fills())).containsExactly(
                "2024-01-03 O-1 filled BUY 10 @ 100",
                "2024-01-04 O-2 filled SELL 10 @ 99");
        assertThat(r.totalSlippageRaw()).isZero();
        assertThat(r.slippageBeyondBarRaw()).isEqualTo(raw("9.95"));
    }

    @Test
    void withTheOptionTheSlippedPriceMayLeaveTheBar() {
        BacktestResult r = Backtests.run(bps50(true), Bars.table(BARS), buyThenSell());

        assertThat(EventText.of(r.fills())).containsExactly(
                "2024-01-03 O-1 filled BUY 10 @ 100.5 slippage 5",
                "2024-01-04 O-2 filled SELL 10 @ 98.505 slippage 4.95");
        assertThat(r.slippageBeyondBarRaw()).isZero();
    }

    @Test
    void slippageThatFitsInTheBarIsChargedUpToItsEdge() {
        // a buy at Jan 4's open 99 with 50 bps: 99.495, within the high 100.2, charged in full
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-03", x -> x.marketBuy(10));
        BacktestResult r = Backtests.run(bps50(false), Bars.table(BARS), s);

        assertThat(EventText.of(r.fills())).containsExactly("2024-01-04 O-1 filled BUY 10 @ 99.495 slippage 4.95");
        assertThat(r.slippageBeyondBarRaw()).isZero();
    }
}
