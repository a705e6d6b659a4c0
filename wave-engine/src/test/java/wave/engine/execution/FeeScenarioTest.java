package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Future;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderFilled;
import wave.domain.portfolio.ClosedTrade;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Fee models, and fees charged to cash to the raw unit. */
class FeeScenarioTest {
    static final Equity ACME = Equity.usd(Bars.ACME);

    private static BacktestResult buy(long units, String fillOpen, FeeModel fees) {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(units));
        return Backtests.run(BacktestConfig.defaults().withFeeModel(fees), Bars.table("""
                2024-01-02 O=10 H=20 L=5 C=10
                2024-01-03 O=%s H=%s L=%s C=%s
                """.formatted(fillOpen, fillOpen, fillOpen, fillOpen)), s);
    }

    @Test
    void percentFeeOnAFillIsExactToTheNanoUnit() {
        // Given a 0.1% fee, When 100 shares fill at 12.345678 (notional 1234.5678)
        BacktestResult r = buy(100, "12.345678", PercentFeeModel.ofPercent("0.1"));

        // Then the fee is exactly 1.2345678 and cash goes down by notional + fee exactly
        assertThat(r.fills()).singleElement().extracting(OrderFilled::commissionRaw).isEqualTo(raw("1.2345678"));
        assertThat(r.totalFeesRaw()).isEqualTo(raw("1.2345678"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("98764.1976322"));
    }

    @Test
    void aFeeOnAPriceWithFractionalCentsIsNotRoundedAway() {
        // 3 x 10.005 = 30.015; 0.1% = 0.030015 (not 0.03)
        BacktestResult r = buy(3, "10.005", PercentFeeModel.ofPercent("0.1"));

        assertThat(r.fills().getFirst().commissionRaw()).isEqualTo(raw("0.030015"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99969.954985"));
    }

    @Test
    void percentFeeModelRate() {
        assertThat(PercentFeeModel.ofPercent("0.1").rateRaw()).isEqualTo(1_000_000L);
        assertThat(PercentFeeModel.ofPercent("0.1").feeRaw(ACME, raw("100"), raw("12.345678"))).isEqualTo(raw("1.2345678"));
        assertThat(PercentFeeModel.ofPercent("0.1").feeRaw(ACME, raw("7"), raw("0.0000003")))
                .as("0.0000021 x 0.001 = 2.1e-9 -> half-even to 2e-9").isEqualTo(2L);
        assertThat(PercentFeeModel.ofPercent("0.25").toString()).isEqualTo("0.25% of notional");
        assertThatThrownBy(() -> new PercentFeeModel(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PercentFeeModel.ofPercent("101")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0%, 100%]");
    }

    @Test
    void percentFeeIncludesTheContractMultiplier() {
        Future es = new Future(InstrumentId.parse("ESZ4.CME"), Currency.USD, Price.of("0.25"), Quantity.of(1), Quantity.of(50),
                java.time.LocalDate.of(2024, 12, 20));
        // 2 contracts x 5000.25 x 50 = 500025; 0.01% = 50.0025
        assertThat(PercentFeeModel.ofPercent("0.01").feeRaw(es, raw("2"), raw("5000.25"))).isEqualTo(raw("50.0025"));
    }

    @Test
    void perShareFeeAppliesTheMinimumToSmallFills() {
        FeeModel fees = new PerShareFeeModel(raw("0.005"), raw("1"));
        // 100 x 0.005 = 0.5 -> minimum 1
        BacktestResult r = buy(100, "20", fees);
        assertThat(r.fills().getFirst().commissionRaw()).isEqualTo(raw("1"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("97999"));
    }

    @Test
    void perShareFeeChargesPerShareAboveTheMinimum() {
        FeeModel fees = new PerShareFeeModel(raw("0.005"), raw("1"));
        // 1000 x 0.005 = 5
        BacktestResult r = buy(1000, "20", fees);
        assertThat(r.fills().getFirst().commissionRaw()).isEqualTo(raw("5"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("79995"));
        assertThat(fees.feeRaw(ACME, raw("333"), raw("1"))).isEqualTo(raw("1.665"));
        assertThatThrownBy(() -> new PerShareFeeModel(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixedFeeIsChargedOnEveryFillWhateverItsSize() {
        // Given a 4.95 fee per fill, When buying 10 at 10 and selling them at 12
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(10))
                .on("2024-01-03", ScriptedStrategy::flatten);
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withFeeModel(new FixedFeeModel(raw("4.95"))), Bars.table("""
                2024-01-02 O=9  H=9  L=9  C=9
                2024-01-03 O=10 H=10 L=10 C=10
                2024-01-04 O=12 H=12 L=12 C=12
                """), s);

        // Then each fill pays 4.95 and the round trip nets 20 - 9.90
        assertThat(r.fills()).extracting(OrderFilled::commissionRaw).containsExactly(raw("4.95"), raw("4.95"));
        assertThat(r.cashRaw()).containsExactly(raw("100000"), raw("99895.05"), raw("100010.1"));
        ClosedTrade trade = r.trades().getFirst();
        assertThat(trade.grossPnlRaw()).isEqualTo(raw("20"));
        assertThat(trade.commissionRaw()).isEqualTo(raw("9.9"));
        assertThat(trade.netPnlRaw()).isEqualTo(raw("10.1"));
        assertThat(r.totalFeesRaw()).isEqualTo(raw("9.9"));
        assertThatThrownBy(() -> new FixedFeeModel(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noFeesByDefault() {
        BacktestResult r = buy(10, "10", FeeModel.none());
        assertThat(r.totalFeesRaw()).isZero();
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99900"));
    }
}
