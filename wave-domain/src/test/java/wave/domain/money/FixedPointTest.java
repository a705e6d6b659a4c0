package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FixedPointTest {
    private static final BigDecimal SCALE = BigDecimal.valueOf(Scales.MONEY);

    /** Independent oracle: a * b / 10^9, rounded half-even, as an exact integer. */
    static BigInteger exactProduct(long a, long b) {
        return new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(SCALE, 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    /** Independent oracle: a * 10^9 / b, rounded half-even, as an exact integer. */
    static BigInteger exactQuotient(long a, long b) {
        return new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(Scales.MONEY)))
                .divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    @Nested
    class ParseAndFormat {
        @ParameterizedTest
        @CsvSource({
                "101.25, 101250000000",
                "100, 100000000000",
                "0, 0",
                "-0.5, -500000000",
                "0.000000001, 1",
                "-0.000000001, -1",
                "9223372036.854775807, 9223372036854775807",
                "-9223372036.854775808, -9223372036854775808",
                "123456.789, 123456789000000",
        })
        void parsesExactlyAndFormatsBack(String text, long raw) {
            assertThat(FixedPoint.parseMoney(text)).isEqualTo(raw);
            assertThat(FixedPoint.formatMoney(raw)).isEqualTo(text);
        }

        @ParameterizedTest
        @CsvSource({
                "'  42.5  ', 42500000000",
                "+7, 7000000000",
                "1e3, 1000000000000",
                "1.500000000000, 1500000000",
                "-0, 0",
                "00012.3400, 12340000000",
        })
        void acceptsOtherDecimalSpellings(String text, long raw) {
            assertThat(FixedPoint.parseMoney(text)).isEqualTo(raw);
        }

        @ParameterizedTest
        @CsvSource({
                // beyond nine decimals: half-even, symmetric around zero
                "0.0000000005, 0",
                "0.0000000015, 2",
                "0.0000000025, 2",
                "0.00000000250001, 3",
                "0.0000000024999, 2",
                "-0.0000000005, 0",
                "-0.0000000015, -2",
                "-0.0000000025, -2",
                "1.2345678905, 1234567890",
                "1.2345678915, 1234567892",
        })
        void roundsHalfEvenPastNineDecimals(String text, long raw) {
            assertThat(FixedPoint.parseMoney(text)).isEqualTo(raw);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "", "1.2.3", "12,5", "9223372036.854775808", "-9223372036.854775809", "1e20"})
        void rejectsNonNumbersAndOutOfRange(String text) {
            assertThatThrownBy(() -> FixedPoint.parseMoney(text)).isInstanceOf(NumberFormatException.class);
        }

        @Test
        void outOfRangeMessageNamesTheText() {
            assertThatThrownBy(() -> FixedPoint.parseMoney("9223372036.854775808"))
                    .isInstanceOf(NumberFormatException.class)
                    .hasMessage("out of range for 9-decimal fixed point: 9223372036.854775808");
        }

        @Test
        void formatStripsTrailingZerosAndNeverUsesExponents() {
            assertThat(FixedPoint.formatMoney(1_000_000_000_000L)).isEqualTo("1000");
            assertThat(FixedPoint.formatMoney(10_000_000_000_000_000L)).isEqualTo("10000000");
            assertThat(FixedPoint.formatMoney(1_500_000_000L)).isEqualTo("1.5");
            assertThat(FixedPoint.formatMoney(-1_000_000_000L)).isEqualTo("-1");
            assertThat(FixedPoint.formatMoney(10L)).isEqualTo("0.00000001");
        }

        @Test
        void bigDecimalConversionsAreExact() {
            assertThat(FixedPoint.moneyToBigDecimal(-123_456_789_012L)).isEqualByComparingTo("-123.456789012");
            assertThat(FixedPoint.moneyToBigDecimal(-123_456_789_012L).scale()).isEqualTo(9);
            assertThat(FixedPoint.moneyFromBigDecimal(new BigDecimal("-123.456789012"))).isEqualTo(-123_456_789_012L);
            assertThat(FixedPoint.moneyFromBigDecimal(new BigDecimal("2.0000000005"))).isEqualTo(2_000_000_000L);
            assertThat(FixedPoint.moneyFromBigDecimal(new BigDecimal("2.0000000015"))).isEqualTo(2_000_000_002L);
            assertThatThrownBy(() -> FixedPoint.moneyFromBigDecimal(new BigDecimal("1e10")))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void ofUnitsScalesAndDetectsOverflow() {
            assertThat(FixedPoint.moneyOfUnits(0)).isZero();
            assertThat(FixedPoint.moneyOfUnits(-3)).isEqualTo(-3_000_000_000L);
            assertThat(FixedPoint.moneyOfUnits(9_223_372_036L)).isEqualTo(9_223_372_036_000_000_000L);
            assertThatThrownBy(() -> FixedPoint.moneyOfUnits(9_223_372_037L)).isInstanceOf(ArithmeticException.class);
        }

        @Test
        void doubleConversions() {
            assertThat(FixedPoint.moneyToDouble(101_250_000_000L)).isEqualTo(101.25);
            assertThat(FixedPoint.moneyToDouble(-1)).isEqualTo(-1e-9);
            assertThat(FixedPoint.moneyFromDouble(101.25)).isEqualTo(101_250_000_000L);
            assertThat(FixedPoint.moneyFromDouble(-0.1)).isEqualTo(-100_000_000L);
            assertThat(FixedPoint.moneyFromDouble(0.1 + 0.2)).isEqualTo(300_000_000L);
            assertThat(FixedPoint.moneyFromDouble(1e-9)).isEqualTo(1L);
            assertThatThrownBy(() -> FixedPoint.moneyFromDouble(Double.NaN)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> FixedPoint.moneyFromDouble(Double.POSITIVE_INFINITY)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> FixedPoint.moneyFromDouble(1e10)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> FixedPoint.moneyFromDouble(-1e10)).isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    class Multiply {
        @ParameterizedTest
        @CsvSource({
                "101.25, 3, 303.75",
                "0.1, 0.2, 0.02",
                "-2.5, 4, -10",
                "-2.5, -4, 10",
                "1, 0.000000001, 0.000000001",
                "0, -123.456, 0",
                "150.25, 100, 15025",
                "99.999999999, 99.999999999, 9999.999999800",
        })
        void exactProducts(String a, String b, String product) {
            assertThat(FixedPoint.notional(FixedPoint.parseMoney(a), FixedPoint.parseMoney(b))).isEqualTo(FixedPoint.parseMoney(product));
        }

        @ParameterizedTest
        @CsvSource({
                // 0.000000001 * x: the exact product has 18 decimals; x's raw value / 10^9 is rounded half-even
                "1, 500000000, 0",          // 0.5 -> 0 (tie, to even)
                "1, 1500000000, 2",         // 1.5 -> 2 (tie, to even)
                "1, 2500000000, 2",         // 2.5 -> 2 (tie, to even)
                "1, 3500000000, 4",         // 3.5 -> 4
                "1, 500000001, 1",          // just above the tie
                "1, 499999999, 0",          // just below the tie
                "1, 1499999999, 1",
                "-1, 500000000, 0",         // symmetric for negatives
                "-1, 1500000000, -2",
                "-1, 2500000000, -2",
                "1, -2500000001, -3",
                "-1, -2500000000, 2",
                "3, 500000000, 2",          // 1.5 -> 2
                "5, 500000000, 2",          // 2.5 -> 2
                "7, 500000000, 4",          // 3.5 -> 4
                "-5, 500000000, -2",
                "-7, 500000000, -4",
        })
        void roundsHalfEvenSymmetrically(long a, long b, long expected) {
            assertThat(FixedPoint.notional(a, b)).isEqualTo(expected);
            assertThat(FixedPoint.notional(b, a)).isEqualTo(expected);
            assertThat(FixedPoint.notional(-a, b)).isEqualTo(-expected);
            assertThat(exactProduct(a, b)).isEqualTo(BigInteger.valueOf(expected));
        }

        @Test
        void priceTimesQuantityIn128Bits() {
            long price = FixedPoint.parseMoney("123456.789");
            long quantity = FixedPoint.parseMoney("50000.5");
            // the raw product (6.17e27) does not fit in 64 bits
            assertThat(Math.multiplyHigh(price, quantity)).isNotZero();
            long expected = new BigDecimal("123456.789").multiply(new BigDecimal("50000.5"))
                    .setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
            assertThat(expected).isEqualTo(6_172_901_178_394_500_000L);
            assertThat(FixedPoint.notional(price, quantity)).isEqualTo(expected);
            assertThat(FixedPoint.notional(quantity, price)).isEqualTo(expected);
            assertThat(FixedPoint.notional(-price, quantity)).isEqualTo(-expected);
            assertThat(FixedPoint.notional(-price, -quantity)).isEqualTo(expected);
            assertThat(FixedPoint.formatMoney(expected)).isEqualTo("6172901178.3945");
        }

        @ParameterizedTest
        @CsvSource({
                // a, b chosen so that a*b needs 128 bits but the rounded result fits; oracle: BigDecimal
                "123456789012345, 987654321",
                "9223372036854775807, 1000000000",
                "9223372036854775807, 999999999",
                "-9223372036854775807, 999999999",
                "4611686018427387904, 1999999999",
                "3037000499, 3037000499000000000",
                "1000000001, 9223372027631403779",
                "-1000000001, 9223372027631403780",
                "98765432109876, 93384450000",
                "333333333333333, 27670116110",
                "-333333333333333, 27670116110",
                "1500000000, 6148914691236517203",
                "-1500000000, 6148914691236517203",
        })
        void largeProductsMatchBigDecimal(long a, long b) {
            assertThat(Math.multiplyHigh(a, b)).as("needs the 128-bit path").isNotIn(0L, -1L);
            BigInteger expected = exactProduct(a, b);
            assertThat(expected.bitLength()).as("fits").isLessThan(64);
            assertThat(FixedPoint.notional(a, b)).isEqualTo(expected.longValueExact());
            assertThat(FixedPoint.notional(b, a)).isEqualTo(expected.longValueExact());
        }

        @Test
        void tiesInThe128BitPathRoundToEven() {
            // a = 2^30 + 1, b = 5 * 10^8 * (2^30 + 1): a*b needs 128 bits and a*b/10^9 = (2^30+1)^2 / 2 = k + 0.5
            // with k = 2^59 + 2^30 even, so half-even keeps k.
            long a = (1L << 30) + 1;
            long b = 500_000_000L * ((1L << 30) + 1);
            assertThat(Math.multiplyHigh(a, b)).isNotIn(0L, -1L);
            BigDecimal unrounded = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))).divide(SCALE);
            assertThat(unrounded.remainder(BigDecimal.ONE)).isEqualByComparingTo("0.5");
            long k = (1L << 59) + (1L << 30);
            assertThat(exactProduct(a, b)).isEqualTo(BigInteger.valueOf(k));
            assertThat(FixedPoint.notional(a, b)).isEqualTo(k);
            assertThat(FixedPoint.notional(-a, b)).isEqualTo(-k);
            assertThat(FixedPoint.notional(a, -b)).isEqualTo(-k);
            // a = 2^30 + 3: (2^30+3)(2^30+1)/2 = k2 + 0.5 with k2 = 2^59 + 2^31 + 1 odd, so it rounds away from zero
            long a2 = (1L << 30) + 3;
            long k2 = (1L << 59) + (1L << 31) + 1;
            assertThat(exactProduct(a2, b)).isEqualTo(BigInteger.valueOf(k2 + 1));
            assertThat(FixedPoint.notional(a2, b)).isEqualTo(k2 + 1);
            assertThat(FixedPoint.notional(a2, -b)).isEqualTo(-(k2 + 1));
            assertThat(FixedPoint.notional(-a2, -b)).isEqualTo(k2 + 1);
        }

        @ParameterizedTest
        @CsvSource({
                "9223372036854775807, 2000000000",
                "9223372036854775807, 9223372036854775807",
                "-9223372036854775808, 9223372036854775807",
                "-9223372036854775808, -9223372036854775808",
                "4611686018427387904, 4611686018427387904",
                "100000000000000000, 100000000000",
                "-100000000000000000, 100000000000",
                "3037000500, 3037000500000000000",
        })
        void overflowThrows(long a, long b) {
            assertThat(exactProduct(a, b).bitLength()).as("does not fit").isGreaterThanOrEqualTo(64);
            assertThatThrownBy(() -> FixedPoint.notional(a, b)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> FixedPoint.notional(b, a)).isInstanceOf(ArithmeticException.class);
        }

        @Test
        void productThatRoundsUpToTwoPow63MustThrow() {
            // a*b/10^9 = 9223372036854775807.57...: rounds half-even to 2^63, which is not a long.
            long a = 1_000_000_001L;
            long b = 9_223_372_027_631_403_780L;
            BigInteger exact = exactProduct(a, b);
            assertThat(exact).isEqualTo(BigInteger.ONE.shiftLeft(63));
            long[] result = new long[1];
            assertThat(catchThrowable(() -> result[0] = FixedPoint.notional(a, b)))
                    .as("bug: the rounding increment in divide128 wraps to Long.MIN_VALUE; returned %d", result[0])
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void productEqualToLongMinValueIsRepresentable() {
            // -2^63 * 1.0 = -2^63 fits in a long exactly
            assertThat(exactProduct(Long.MIN_VALUE, Scales.MONEY)).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
            assertThat(FixedPoint.notional(Long.MIN_VALUE, Scales.MONEY))
                    .as("bug: divide128 rejects a quotient magnitude of 2^63 even when the result is negative")
                    .isEqualTo(Long.MIN_VALUE);
        }

        @Test
        void identityAndZero() {
            for (long v : new long[] {0, 1, -1, 123_456_789_012_345L, Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
                assertThat(FixedPoint.notional(v, Scales.MONEY)).isEqualTo(v);
                assertThat(FixedPoint.notional(Scales.MONEY, v)).isEqualTo(v);
                assertThat(FixedPoint.notional(v, 0)).isZero();
                assertThat(FixedPoint.notional(v, -Scales.MONEY)).isEqualTo(-v);
            }
        }
    }

    @Nested
    class Divide {
        @ParameterizedTest
        @CsvSource({
                "10, 4, 2.5",
                "1, 3, 0.333333333",
                "2, 3, 0.666666667",
                "-2, 3, -0.666666667",
                "2, -3, -0.666666667",
                "-2, -3, 0.666666667",
                "1002.5, 10, 100.25",
                "0.000000001, 2, 0",          // 0.5e-9 -> 0 (tie, to even)
                "0.000000003, 2, 0.000000002", // 1.5e-9 -> 2e-9
                "0.000000005, 2, 0.000000002", // 2.5e-9 -> 2e-9
                "-0.000000005, 2, -0.000000002",
                "-0.000000003, 2, -0.000000002",
                "0.000000007, -2, -0.000000004",
                "1, 0.000000001, 1000000000",
                "9223372036.854775807, 1, 9223372036.854775807",
                "9223372036.854775807, 9223372036.854775807, 1",
                "-9223372036.854775808, 2, -4611686018.427387904",
                "9223372036.854775807, 3.000000001, 3074457344.593439487",
        })
        void exactAndRoundedQuotients(String a, String b, String quotient) {
            long ra = FixedPoint.parseMoney(a);
            long rb = FixedPoint.parseMoney(b);
            assertThat(FixedPoint.quantityFor(ra, rb)).isEqualTo(FixedPoint.parseMoney(quotient));
            assertThat(exactQuotient(ra, rb)).isEqualTo(BigInteger.valueOf(FixedPoint.parseMoney(quotient)));
        }

        @Test
        void largeDividendsUseTheWidePath() {
            long a = FixedPoint.parseMoney("6172901178.3945");
            long b = FixedPoint.parseMoney("50000.5");
            assertThat(Math.multiplyHigh(a, Scales.MONEY)).isNotZero();
            assertThat(FixedPoint.quantityFor(a, b)).isEqualTo(FixedPoint.parseMoney("123456.789"));
            assertThat(FixedPoint.quantityFor(-a, b)).isEqualTo(FixedPoint.parseMoney("-123456.789"));
        }

        @Test
        void divisionByZeroThrows() {
            assertThatThrownBy(() -> FixedPoint.quantityFor(1, 0))
                    .isInstanceOf(ArithmeticException.class).hasMessage("division by zero");
            assertThatThrownBy(() -> FixedPoint.quantityFor(Long.MAX_VALUE, 0)).isInstanceOf(ArithmeticException.class);
        }

        @ParameterizedTest
        @CsvSource({
                "9223372036854775807, 1",
                "9223372036854775807, 999999999",
                "-9223372036854775808, 999999999",
                "1000000000000000000, 100000000",
        })
        void overflowThrows(long a, long b) {
            assertThat(exactQuotient(a, b).bitLength()).isGreaterThanOrEqualTo(64);
            assertThatThrownBy(() -> FixedPoint.quantityFor(a, b)).isInstanceOf(ArithmeticException.class);
        }

        @ParameterizedTest
        @CsvSource({
                "1, 0",
                "-1, 0",
                "4611686018, 0",
                "4611686019, -1",
                "-4611686019, 1",
                "9223372037, -1",
        })
        void byLongMinValue(long a, long expected) {
            // a * 10^9 / -2^63: |quotient| <= 1, so the exact half-even result is 0 or +-1
            assertThat(exactQuotient(a, Long.MIN_VALUE)).isEqualTo(BigInteger.valueOf(expected));
            assertThat(FixedPoint.quantityFor(a, Long.MIN_VALUE))
                    .as("bug: divideRoundHalfEven uses Math.abs(Long.MIN_VALUE), which is negative")
                    .isEqualTo(expected);
        }
    }

    @Nested
    class ScaleAndFloor {
        @Test
        void scaleIsExactAndHalfEven() {
            assertThat(FixedPoint.scale(30, 1, 3)).isEqualTo(10);
            assertThat(FixedPoint.scale(5, 1, 2)).isEqualTo(2);
            assertThat(FixedPoint.scale(7, 1, 2)).isEqualTo(4);
            assertThat(FixedPoint.scale(-5, 1, 2)).isEqualTo(-2);
            assertThat(FixedPoint.scale(-7, 1, 2)).isEqualTo(-4);
            assertThat(FixedPoint.scale(10, 2, 3)).isEqualTo(7);
            assertThat(FixedPoint.scale(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
            assertThat(FixedPoint.scale(Long.MAX_VALUE, 3, 4)).isEqualTo(6_917_529_027_641_081_855L);
            assertThatThrownBy(() -> FixedPoint.scale(Long.MAX_VALUE, 2, 1)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> FixedPoint.scale(1, 1, 0)).isInstanceOf(ArithmeticException.class);
        }

        @Test
        void floorToUnitRoundsTowardsMinusInfinity() {
            long cent = 10_000_000L;
            assertThat(FixedPoint.floorToUnit(FixedPoint.parseMoney("1.239"), cent)).isEqualTo(FixedPoint.parseMoney("1.23"));
            assertThat(FixedPoint.floorToUnit(FixedPoint.parseMoney("-1.231"), cent)).isEqualTo(FixedPoint.parseMoney("-1.24"));
            assertThat(FixedPoint.floorToUnit(FixedPoint.parseMoney("1.23"), cent)).isEqualTo(FixedPoint.parseMoney("1.23"));
            assertThat(FixedPoint.floorToUnit(FixedPoint.parseMoney("7.9"), Scales.MONEY)).isEqualTo(FixedPoint.parseMoney("7"));
        }
    }
}
