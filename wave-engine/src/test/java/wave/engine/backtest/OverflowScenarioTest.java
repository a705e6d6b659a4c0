package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.instrument.CryptoSpot;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.engine.execution.AffordableQuantity;
import wave.engine.execution.FeeModel;
import wave.engine.order.Sizing;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * A backtest whose amounts leave the fixed-point range stops with a {@link FixedPointOverflowException} naming the
 * step's time, what was computed and its operands; nothing is booked as a wrapped number.
 */
class OverflowScenarioTest {
    private static final String OVERFLOWS = " overflows 9-decimal fixed point (largest amount 9,223,372,036.854775807)"
            + FixedPointOverflowException.WIDE_RANGE_HINT;
    private static final CryptoSpot SHIB = new CryptoSpot(InstrumentId.of("SHIB"), Currency.of("SHIB"), Currency.USDT,
            Price.of("0.00000001"), Quantity.of(1));

    @Test
    void aPositionWhoseValueLeavesTheRangeStopsTheRunAtThatClose() {
        // 9 billion USD all-in at 100: 90,000,000 shares, worth 9.9 billion at the next close
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);

        assertThatThrownBy(() -> Backtests.run(Backtests.withCash("9000000000"), Bars.table("""
                2024-01-02 O=100 H=100 L=100 C=100
                2024-01-03 O=100 H=110 L=100 C=110
                """), s))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("at 2024-01-03T00:00:00Z: notional of 90,000,000 ACME.SIM at 110" + OVERFLOWS);
    }

    @Test
    void tradedNotionalIsAWideTotalThatOutgrowsOneAmountWithoutStoppingTheRun() {
        // 6 billion bought, then sold: the account never holds more than 9 billion, the turnover total reaches 12 billion
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(60_000_000))
                .on("2024-01-03", x -> x.marketSell(60_000_000));

        BacktestResult r = Backtests.run(Backtests.withCash("9000000000"), Bars.table("""
                2024-01-02 O=100 H=100 L=100 C=100
                2024-01-03 O=100 H=100 L=100 C=100
                2024-01-04 O=100 H=100 L=100 C=100
                """), s);

        assertThat(r.tradedNotional()).isEqualByComparingTo("12000000000");
        assertThat(r.finalEquityRaw()).isEqualTo(FixedPoint.moneyOfUnits(9_000_000_000L));
        assertThatThrownBy(r::tradedNotionalRaw).isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("traded notional 12000000000.000000000 is beyond one fixed-point amount (largest "
                        + "9,223,372,036.854775807); read tradedNotional()");
    }

    @Test
    void aCryptoQuantityAboveTheRangeIsAnErrorNotACappedOrder() {
        // 1,000,000 USDT buys 100 billion SHIB at 0.00001: more units than a quantity holds
        assertThatThrownBy(() -> new AffordableQuantity(FeeModel.none()).quantityRaw(SHIB, raw("0.00001"), raw("1000000")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("quantity of SHIB.SIM that 1,000,000 USDT buy at 0.00001 (at least 9,223,372,036)" + OVERFLOWS);
        assertThat(new AffordableQuantity(FeeModel.none()).quantityRaw(SHIB, raw("0.00001"), raw("90000")))
                .isEqualTo(raw("9000000000"));

        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USDT))
                .withInstruments(id -> SHIB);
        assertThatThrownBy(() -> Backtests.run(config, Bars.table(SHIB.id(), """
                2024-01-02 O=0.00001 H=0.00001 L=0.00001 C=0.00001
                2024-01-03 O=0.00001 H=0.00001 L=0.00001 C=0.00001
                """), s))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessageStartingWith("at 2024-01-03T00:00:00Z: quantity of SHIB.SIM that 1,000,000 USDT buy at 0.00001");
    }

    @Test
    void anOverflowInsideAStrategyEndsTheRunInsteadOfCountingAsAStrategyError() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> Price.of(1e12));

        assertThatThrownBy(() -> Backtests.run(Backtests.withCash("10000"), Bars.table("""
                2024-01-02 O=100 H=100 L=100 C=100
                2024-01-03 O=100 H=100 L=100 C=100
                """), s))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("at 2024-01-02T00:00:00Z: 1.0E12 is above the largest price Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
    }

    @Test
    void aFixedSizeAboveTheRangeIsNamedWhenParsed() {
        assertThatThrownBy(() -> Sizing.parse("fixed:1e10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sizing 'fixed:1e10': fixed size 1e10 is above the largest quantity Wave holds exactly "
                        + "(9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
    }
}
