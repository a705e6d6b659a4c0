package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Fixed-point arithmetic against an independent {@link BigDecimal} oracle, over the whole {@code long} range. */
class FixedPointPropertiesTest {

    /**
     * Longs spread over every magnitude: a random bit length 0..63, then a uniform value of that length, so that
     * products land on both sides of the 64-bit boundary (a uniform long times a uniform long nearly always
     * overflows).
     */
    @Provide
    Arbitrary<Long> anyMagnitude() {
        return Arbitraries.integers().between(0, 63).flatMap(bits -> bits == 63
                ? Arbitraries.longs()
                : Arbitraries.longs().between(-(1L << bits), (1L << bits) - 1));
    }

    @Property(tries = 10_000)
    void multiplyEqualsBigDecimalProductRoundedHalfEven(@ForAll("anyMagnitude") long a, @ForAll("anyMagnitude") long b) {
        BigInteger expected = FixedPointTest.exactProduct(a, b);
        if (expected.bitLength() < 64) {
            assertThat(FixedPoint.notional(a, b)).as("%d * %d", a, b).isEqualTo(expected.longValueExact());
        } else {
            long[] result = new long[1];
            assertThat(catchThrowable(() -> result[0] = FixedPoint.notional(a, b)))
                    .as("%d * %d overflows but returned %d", a, b, result[0]).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 10_000)
    void divideEqualsBigDecimalQuotientRoundedHalfEven(@ForAll("anyMagnitude") long a, @ForAll("anyMagnitude") long b) {
        if (b == 0) {
            assertThatThrownBy(() -> FixedPoint.quantityFor(a, b)).isInstanceOf(ArithmeticException.class);
            return;
        }
        BigInteger expected = FixedPointTest.exactQuotient(a, b);
        if (expected.bitLength() < 64) {
            assertThat(FixedPoint.quantityFor(a, b)).as("%d / %d", a, b).isEqualTo(expected.longValueExact());
        } else {
            long[] result = new long[1];
            assertThat(catchThrowable(() -> result[0] = FixedPoint.quantityFor(a, b)))
                    .as("%d / %d overflows but returned %d", a, b, result[0]).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 5_000)
    void multiplyIsCommutativeAndSymmetricAroundZero(@ForAll("anyMagnitude") long a, @ForAll("anyMagnitude") long b) {
        BigInteger expected = FixedPointTest.exactProduct(a, b);
        if (expected.bitLength() >= 63 || a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return; // the negation would not fit
        }
        long product = FixedPoint.notional(a, b);
        assertThat(FixedPoint.notional(b, a)).isEqualTo(product);
        assertThat(FixedPoint.notional(-a, b)).isEqualTo(-product);
        assertThat(FixedPoint.notional(a, -b)).isEqualTo(-product);
        assertThat(FixedPoint.notional(-a, -b)).isEqualTo(product);
    }

    @Property(tries = 5_000)
    void priceTimesQuantityIsExactForTradingMagnitudes(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long priceMicros,
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long quantityRaw) {
        // prices with up to 6 decimals up to 1,000,000; quantities with 9 decimals up to 1,000,000,000 units
        long priceRaw = priceMicros * 1_000;
        BigDecimal exact = FixedPoint.moneyToBigDecimal(priceRaw).multiply(FixedPoint.moneyToBigDecimal(quantityRaw));
        BigDecimal rounded = exact.setScale(9, RoundingMode.HALF_EVEN);
        if (rounded.unscaledValue().bitLength() < 64) {
            assertThat(FixedPoint.moneyToBigDecimal(FixedPoint.notional(priceRaw, quantityRaw))).isEqualByComparingTo(rounded);
        } else {
            assertThatThrownBy(() -> FixedPoint.notional(priceRaw, quantityRaw)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Property(tries = 5_000)
    void formatThenParseRoundTrips(@ForAll long raw) {
        String text = FixedPoint.formatMoney(raw);
        assertThat(text).doesNotContain("E").doesNotContain("e");
        if (text.contains(".")) {
            assertThat(text).doesNotEndWith("0").doesNotEndWith(".");
            assertThat(text.length() - text.indexOf('.') - 1).isBetween(1, 9);
        }
        assertThat(new BigDecimal(text)).isEqualByComparingTo(BigDecimal.valueOf(raw, 9));
        assertThat(FixedPoint.parseMoney(text)).isEqualTo(raw);
        assertThat(FixedPoint.moneyFromBigDecimal(FixedPoint.moneyToBigDecimal(raw))).isEqualTo(raw);
    }

    @Property(tries = 2_000)
    void parseRoundsHalfEvenBeyondNineDecimals(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long tenthsOfNano) {
        // a value with exactly ten decimals, e.g. 1.2345678905
        BigDecimal value = BigDecimal.valueOf(tenthsOfNano, 10);
        long expected = value.setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        assertThat(FixedPoint.parseMoney(value.toPlainString())).isEqualTo(expected);
    }

    @Property(tries = 2_000)
    void roundToMinorUnitEqualsBigDecimalSetScale(@ForAll("anyMagnitude") long raw,
                                                   @ForAll @IntRange(min = 0, max = 9) int digits) {
        Currency currency = new Currency("XX" + digits, digits);
        BigDecimal expected = FixedPoint.moneyToBigDecimal(raw).setScale(digits, RoundingMode.HALF_EVEN).setScale(9);
        if (expected.unscaledValue().bitLength() < 64) {
            assertThat(currency.roundToMinorUnit(raw)).as("%d rounded to %d digits", raw, digits)
                    .isEqualTo(expected.unscaledValue().longValueExact());
        } else {
            long[] result = new long[1];
            assertThat(catchThrowable(() -> result[0] = currency.roundToMinorUnit(raw)))
                    .as("%d rounded to %d digits overflows but returned %d", raw, digits, result[0])
                    .isInstanceOf(ArithmeticException.class);
        }
    }
}
