package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.CryptoSpot;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.RangeMode;
import wave.domain.money.Scales;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * The scenarios of {@link WideRangeScenarioTest} in the standard range: each stops with a
 * {@link FixedPointOverflowException} naming the value that does not fit and saying how to get the wide range; none
 * produces a wrong number.
 */
class MoneyRangeStandardScenarioTest {
    private static final String HINT = FixedPointOverflowException.WIDE_RANGE_HINT;
    /** The token of the wide scenario with the finest tick the standard range has. */
    private static final CryptoSpot TOKEN = new CryptoSpot(InstrumentId.of("PEPE"), Currency.of("PEPE"), Currency.USD,
            Price.of("0.000000001"), Quantity.of(1));

    @Test
    void theJvmRunsTheStandardRange() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.STANDARD);
    }

    @Test
    void aTrillionDollarsOfCashIsNamedAsOutOfRange() {
        assertThatThrownBy(() -> FixedPoint.moneyFromBigDecimal(new BigDecimal("1000000000000"), "cash 1000000000000"))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("cash 1000000000000 is above the largest amount Wave holds exactly (9223372036.854775807)" + HINT);
    }

    @Test
    void tenMillionTimesAHundredThousandUnitsIsANamedOverflowNotAWrongNumber() {
        // the order is valued when it is placed: the notional 1e12 does not fit
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(100_000));
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("9000000000", Currency.USD));

        assertThatThrownBy(() -> new Backtest(config, java.util.List.of(Bars.table(WideRangeScenarioTest.INDEX_BARS)), "test",
                id -> s, true).replacePreTradeCheck(PreTradeCheck.ACCEPT_ALL).run())
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("at 2024-01-02T00:00:00Z: notional of 100,000 ACME.SIM at 10,000,000 overflows 9-decimal fixed "
                        + "point (largest amount 9,223,372,036.854775807)" + HINT);
    }

    @Test
    void aTrillionTokensIsANamedQuantityOverflow() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(1_000_000_000_000L));
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("20000", Currency.USD))
                .withInstruments(id -> TOKEN);

        assertThatThrownBy(() -> Backtests.run(config, Bars.table(TOKEN.id(),
                WideRangeScenarioTest.TOKEN_BARS), s))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("at 2024-01-02T00:00:00Z: 1000000000000 is above the largest quantity Wave holds exactly "
                        + "(9223372036.854775807)" + HINT);
    }
}
