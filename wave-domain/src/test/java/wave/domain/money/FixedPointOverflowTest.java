package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every result beyond the 9-decimal range is a {@link FixedPointOverflowException} whose message names the
 * computation and its operands (or the value out of range), never a wrapped number.
 */
class FixedPointOverflowTest {
    private static final String OVERFLOWS = " overflows 9-decimal fixed point (largest amount 9,223,372,036.854775807)"
            + FixedPointOverflowException.WIDE_RANGE_HINT;

    /**
     * Exact decimal to raw, for any kind of value: these tests run in the standard range, where prices, quantities
     * and money share the 9-decimal scale (the wide-range tests use the typed parsers of FixedPoint).
     */
    private static long raw(String decimal) {
        return FixedPoint.parseMoney(decimal);
    }

    @Test
    void productsNameBothFactors() {
        // whole units (exact path) and fractional factors (128-bit path)
        assertThatThrownBy(() -> FixedPoint.notional(raw("1000000"), raw("10000")))
                .isInstanceOf(FixedPointOverflowException.class).hasMessage("1,000,000 x 10,000" + OVERFLOWS);
        assertThatThrownBy(() -> FixedPoint.notional(raw("100000.5"), raw("-100000.25")))
                .isInstanceOf(FixedPointOverflowException.class).hasMessage("100,000.5 x -100,000.25" + OVERFLOWS);
        assertThatThrownBy(() -> FixedPoint.notional(raw("2000000000"), raw("3"), raw("2.5")))
                .isInstanceOf(FixedPointOverflowException.class).hasMessage("2,000,000,000 x 3 x 2.5" + OVERFLOWS);
    }

    @Test
    void quotientsNameDividendAndDivisor() {
        assertThatThrownBy(() -> FixedPoint.quantityFor(raw("1000000000"), raw("0.01")))
                .isInstanceOf(FixedPointOverflowException.class).hasMessage("1,000,000,000 / 0.01" + OVERFLOWS);
        assertThatThrownBy(() -> FixedPoint.quantityFor(Long.MIN_VALUE, -1))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("-9,223,372,036.854775808 / -0.000000001" + OVERFLOWS);
    }

    @Test
    void scalingNamesTheValueAndTheRatio() {
        assertThatThrownBy(() -> FixedPoint.scale(raw("9000000000"), 2, 1))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("9,000,000,000 x 0.000000002 / 0.000000001" + OVERFLOWS);
    }

    @Test
    void sumsNameWhatIsSummedAndBothOperands() {
        assertThatThrownBy(() -> FixedPoint.addMoney(raw("9000000000"), raw("500000000"), "cash"))
                .isInstanceOf(FixedPointOverflowException.class).hasMessage("cash 9,000,000,000 + 500,000,000" + OVERFLOWS);
        assertThatThrownBy(() -> FixedPoint.subtractMoney(raw("-9000000000"), raw("500000000.5"), "equity"))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("equity -9,000,000,000 - 500,000,000.5" + OVERFLOWS);
        assertThat(FixedPoint.addMoney(Long.MAX_VALUE - 1, 1, "cash")).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.subtractMoney(Long.MIN_VALUE + 1, 1, "cash")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void roundingDownToAUnitBelowTheRangeIsNamed() {
        assertThatThrownBy(() -> FixedPoint.floorToUnit(Long.MIN_VALUE + 1, 10))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("-9,223,372,036.854775807 rounded down to a multiple of 0.00000001" + OVERFLOWS);
        assertThat(FixedPoint.floorToUnit(Long.MIN_VALUE + 9, 10)).isEqualTo(Long.MIN_VALUE + 8);
    }

    @Test
    void conversionsNameTheValueAndTheRange() {
        assertThatThrownBy(() -> FixedPoint.moneyOfUnits(10_000_000_000L)).isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("10000000000 is above the largest amount Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThatThrownBy(() -> FixedPoint.moneyFromDouble(-1e10)).isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("-1.0E10 is below the smallest amount Wave holds exactly (-9223372036.854775808)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThatThrownBy(() -> FixedPoint.moneyFromBigDecimal(new BigDecimal("1e12")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("1000000000000 is above the largest amount Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThatThrownBy(() -> FixedPoint.moneyFromBigDecimal(new BigDecimal("1000000000000"), "cash 1000000000000"))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("cash 1000000000000 is above the largest amount Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThat(FixedPoint.moneyFromBigDecimal(new BigDecimal("9223372036.854775807"))).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.moneyFromBigDecimal(new BigDecimal("-9223372036.854775808"))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void moneyAndRoundingToTheMinorUnitNameTheCurrency() {
        Money max = Money.ofRaw(Long.MAX_VALUE, Currency.USD);
        assertThatThrownBy(() -> max.plus(Money.of("0.5", Currency.USD))).isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("USD 9,223,372,036.854775807 + 0.5" + OVERFLOWS);
        assertThatThrownBy(() -> Currency.JPY.roundToMinorUnit(Long.MAX_VALUE)).isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("9,223,372,036.854775807 JPY rounded to its minor unit" + OVERFLOWS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0; 0",
            "999.5; 999.5",
            "1000; 1,000",
            "-1234567.000000001; -1,234,567.000000001",
            "9223372036.854775807; 9,223,372,036.854775807",
            "-9223372036.854775808; -9,223,372,036.854775808",
    })
    void formatGroupsWholeUnitsByThousands(String decimal, String grouped) {
        assertThat(FixedPoint.formatGroupedMoney(raw(decimal))).isEqualTo(grouped);
    }

    @Property(tries = 5_000)
    void sumsAreExactOrThrow(@ForAll long a, @ForAll long b) {
        BigInteger sum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        BigInteger difference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        check(sum, catchThrowable(() -> assertThat(FixedPoint.addMoney(a, b, "sum")).isEqualTo(sum.longValue())));
        check(difference, catchThrowable(() -> assertThat(FixedPoint.subtractMoney(a, b, "difference"))
                .isEqualTo(difference.longValue())));
    }

    private static void check(BigInteger exact, Throwable thrown) {
        if (exact.bitLength() < 64) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(FixedPointOverflowException.class);
        }
    }
}
