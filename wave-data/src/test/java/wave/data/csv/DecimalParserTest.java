package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import wave.domain.money.FixedPoint;

/** The hand-written parser against the BigDecimal reference ({@link FixedPoint#parse}) and {@link Double#parseDouble}. */
class DecimalParserTest {
    @Property
    void parsesLikeFixedPointParse(@ForAll @Scale(12) @BigRange(min = "-9000000000", max = "9000000000") BigDecimal value) {
        String text = value.toPlainString();

        assertThat(raw(text)).as(text).isEqualTo(FixedPoint.parse(text));
    }

    @Property
    void parsesDoublesExactly(@ForAll @Scale(11) @BigRange(min = "-99999", max = "99999") BigDecimal value) {
        String text = value.toPlainString();

        assertThat(real(text)).as(text).isEqualTo(Double.parseDouble(text));
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
