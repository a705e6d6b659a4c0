package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.engine.testkit.Backtests.raw;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Maker/taker, tiered and capped per-share fee schedules on the simulated venue. */
class FeeScheduleScenarioTest {
    static final String BARS = """
            2024-01-02 O=10 H=10.2 L=9.9 C=10
            2024-01-03 O=10 H=10.2 L=9.8 C=10
            2024-01-04 O=10 H=10.2 L=9.8 C=10
            """;

    static BacktestResult run(FeeModel fees, ScriptedStrategy strategy) {
        return Backtests.run(BacktestConfig.defaults().withFeeModel(fees), Bars.table(BARS), strategy);
    }

    @Test
    void aRestingLimitPaysTheMakerRateAndAMarketOrderTheTakerRate() {
        // Given 0.02% for makers and 0.05% for takers
        MakerTakerFeeModel fees = MakerTakerFeeModel.ofPercent("0.02", "0.05");
        // When a market buy of 100 and a limit buy of 100 at 9.9 (reached inside the next bar) are placed on Jan 2
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
            x.marketBuy(100);
            x.limitOrder(BUY, 100, "9.9");
        });
        List<OrderFilled> fills = run(fees, s).fills();

        // Then the market order pays 0.05% of 1000 = 0.5, the limit 0.02% of 990 = 0.198
        assertThat(fills).extracting(OrderFilled::commissionRaw).containsExactly(raw("0.5"), raw("0.198"));
    }

    @Test
    void aLimitMarketableOnArrivalTakesLiquidity() {
        MakerTakerFeeModel fees = MakerTakerFeeModel.ofPercent("0.02", "0.05");
        // A limit buy at 10.1 reaches a bar opening at 10: it fills at the open, against the book
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.limitOrder(BUY, 100, "10.1"));

        assertThat(run(fees, s).fills()).singleElement().extracting(OrderFilled::commissionRaw).isEqualTo(raw("0.5"));
    }

    @Test
    void theRateOfATieredScheduleFallsWithTheFillsNotional() {
        // Given 0.10% below 10,000 of notional, 0.08% from 10,000 and a minimum of 1 per fill
        TieredFeeModel fees = new TieredFeeModel(List.of(new TieredFeeModel.Tier(0, raw("0.001")),
                new TieredFeeModel.Tier(raw("10000"), raw("0.0008"))), raw("1"));
        // When fills of 50, 500 and 2,000 shares at 10 happen (notional 500, 5,000 and 20,000)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
            x.marketBuy(50);
            x.marketBuy(500);
            x.marketBuy(2000);
        });
        List<OrderFilled> fills = Backtests.run(BacktestConfig.defaults().withFeeModel(fees).withInitialCash(
                wave.domain.money.Money.of("1000000", wave.domain.money.Currency.USD)), Bars.table(BARS), s).fills();

        // Then the fees are the minimum 1, 0.1% of 5,000 = 5 and 0.08% of 20,000 = 16
        assertThat(fills).extracting(OrderFilled::commissionRaw).containsExactly(raw("1"), raw("5"), raw("16"));
    }

    @Test
    void aPerShareFeeIsCappedAtAShareOfTheNotional() {
        // Given 0.005 per share, minimum 1, at most 1% of the fill's value
        PerShareFeeModel fees = new PerShareFeeModel(raw("0.005"), raw("1"), raw("0.01"));
        // When 1,000 shares of a 0.10 stock are bought (value 100): per share would be 5, the cap is 1
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(1000));
        List<OrderFilled> fills = Backtests.run(BacktestConfig.defaults().withFeeModel(fees), Bars.table("""
                2024-01-02 O=0.1 H=0.1 L=0.1 C=0.1
                2024-01-03 O=0.1 H=0.1 L=0.1 C=0.1
                """), s).fills();

        assertThat(fills).singleElement().extracting(OrderFilled::commissionRaw).isEqualTo(raw("1"));
        assertThat(new PerShareFeeModel(raw("0.005"), raw("1")).feeRaw(wave.domain.instrument.Equity.usd(Bars.ACME),
                raw("1000"), raw("0.1"))).isEqualTo(raw("5"));
    }
}
