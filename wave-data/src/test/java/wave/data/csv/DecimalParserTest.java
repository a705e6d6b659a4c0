package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import wave.domain.money.FixedPoint;

/** The hand-written parser against the BigDecimal reference ({@link FixedPoint#parse}) and {@link Double#parseDouble}. */
class DecimalParserTest {
    private static final int CASES = 20_000;

    @Test
    void parsesLikeFixedPointParse() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(1);
        for (int i = 0; i < CASES; i++) {
            String text = randomDecimal(random, 10, 12);

            assertThat(raw(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void parsesDoublesExactly() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(2);
        for (int i = 0; i < CASES; i++) {
            String text = randomDecimal(random, 5, 11);

            assertThat(real(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    /** {@link FixedPoint#parse}, or INVALID when it is out of range. */
    private static long reference(String text) {
        try {
            return FixedPoint.parseMoney(text);
        } catch (NumberFormatException e) {
            return DecimalParser.INVALID;
        }
    }

    /** A signed plain decimal with 1 to {@code maxIntDigits} integer digits and 0 to {@code maxScale} decimals. */
    private static String randomDecimal(RandomGenerator random, int maxIntDigits, int maxScale) {
        int scale = random.nextInt(maxScale + 1);
        BigInteger bound = BigInteger.TEN.pow(random.nextInt(1, maxIntDigits + 1) + scale);
        BigInteger unscaled = new BigInteger(bound.bitLength(), Random.from(random)).mod(bound);
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale).toPlainString();
    }

    @ParameterizedTest
    @CsvSource({"0,0", "-0,0", "7.,7000000000", ".25,250000000", "+3,3000000000", "0.0000000015,2", "0.0000000025,2",
            "0.00000000250001,3", "-0.0000000015,-2", "1.5E3,1500000000000", "9223372036.854775807,9223372036854775807",
            "00000000000000012.5,12500000000"})
    void parsesEdgeCases(String text, long expected) {
        assertThat(raw(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "abc", "1.2.3", "1,5", "NaN", "Infinity", "1e", "0x1p3", "1d", "9223372037", "1 2"})
    void rejectsNonNumbers(String text) {
        assertThat(raw(text)).isEqualTo(DecimalParser.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "abc", "NaN", "Infinity", "1d", "1e999", "1.2.3"})
    void rejectsNonFiniteDoubles(String text) {
        assertThat(real(text)).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"7.00000700001,7.00000700001", "223505733,223505733", "1e6,1000000", "0.1,0.1",
            "12345678901234567890,12345678901234567890", "-2.5,-2.5"})
    void parsesDoubles(String text, double expected) {
        assertThat(real(text)).isEqualTo(expected);
    }

    private static long raw(String text) {
        byte[] b = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parseRaw(b, 1, b.length - 1);
    }

    private static double real(String text) {
        byte[] b = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parseDouble(b, 1, b.length - 1);
    }
}
