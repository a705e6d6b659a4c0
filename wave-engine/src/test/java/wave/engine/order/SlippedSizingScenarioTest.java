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
import wave.engine.execution.SlippageModel;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** All-in and percent orders are sized at the price they fill at after slippage, fees included: always affordable. */
class SlippedSizingScenarioTest {
    private static final String BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=11 L=9 C=10
            """;

    private static BacktestConfig slipped(String cash, double bps) {
        return Backtests.withCash(cash).withExecution(ExecutionConfig.defaults().withSlippage(SlippageModel.fixedBps(bps)));
    }

    @Test
    void allInIsSizedFromTheSlippedPriceAndFees() {
        // 10,000 USD, 0.1% fee, 50 bps: sized at the open 10 it would be 999 shares, whose fill at 10.05 costs
        // 10,050.0... plus fees, more than the cash; at the slipped price: floor(10000 / (10.05 x 1.001)) = 994
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);
        BacktestResult r = Backtests.run(slipped("10000", 50).withFeeModel(PercentFeeModel.ofPercent("0.1")),
                Bars.table(BARS), s);

        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.FILLED);
        OrderFilled fill = r.fills().getFirst();
        assertThat(fill.quantityRaw()).isEqualTo(raw("994"));
        assertThat(fill.priceRaw()).isEqualTo(raw("10.05"));
        assertThat(fill.commissionRaw()).isEqualTo(raw("9.98970"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("0.3103")); // 10000 - 9989.7 - 9.9897
    }

    @Test
    void percentStaysWithinItsBudgetAfterSlippage() {
        // percent:50 of 10,000 at 10 with 50 bps: floor(5000 / 10.05) = 497 shares, 4,994.85 (500 would spend 5,025)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(Sizing.parse("percent:50")));
        BacktestResult r = Backtests.run(slipped("10000", 50), Bars.table(BARS), s);

        assertThat(r.fills()).extracting(OrderFilled::quantityRaw).containsExactly(raw("497"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("5005.15"));
    }
}
