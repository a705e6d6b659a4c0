package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import wave.app.report.AsciiWriter;

/** Plain decimals with ten significant digits: the fast path equals exact decimal rounding. */
class PlainDecimalTest {

    @Test
    void knownValues() throws IOException {
        assertThat(text(0.0)).isEqualTo("0");
        assertThat(text(-0.0)).isEqualTo("0");
        assertThat(text(1)).isEqualTo("1");
        assertThat(text(-2.5)).isEqualTo("-2.5");
        assertThat(text(0.1)).isEqualTo("0.1");
        assertThat(text(54.12345678912)).isEqualTo("54.12345679");
        assertThat(text(0.000123456789012)).isEqualTo("0.000123456789");
        assertThat(text(9.99999999995)).isEqualTo("10");
        assertThat(text(123456789012345.0)).isEqualTo("123456789012345");
        assertThat(text(1e20)).isEqualTo("100000000000000000000");
        assertThat(text(1.1102230246251565e-15)).isEqualTo("0.000000000000001110223025");
        assertThat(text(-1e-7)).isEqualTo("-0.0000001");
        assertThat(text(1.00000000005)).isEqualTo("1");
        assertThat(text(1.0000000006)).isEqualTo("1.000000001");
        assertThat(text(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(text(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void fastPathEqualsExactRoundingOnRandomValues() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(24) - 8);
            double value = (random.nextDouble() - 0.3) * magnitude;
            if (i % 7 == 0) {
                value = Math.round(value * 1e4) / 1e4; // prices with few decimals
            }
            String text = text(value);
            assertThat(text).as("%s", value).isEqualTo(PlainDecimal.slow(value)).doesNotContain("E").doesNotContain("e");
            if (value != 0) {
                double back = Double.parseDouble(text);
                assertThat(Math.abs(back - value)).as("%s -> %s", value, text).isLessThanOrEqualTo(Math.abs(value) * 5e-10);
            }
        }
    }

    @Test
    void slowPathIsTheExactDecimalRoundedHalfEven() {
        assertThat(PlainDecimal.slow(0.125)).isEqualTo("0.125");
        assertThat(new BigDecimal(PlainDecimal.slow(2.0 / 3)).precision()).isEqualTo(10);
        assertThat(PlainDecimal.slow(12345678901234.5)).isEqualTo("12345678901234"); // half-even at a tie
    }

    private static String text(double value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AsciiWriter w = new AsciiWriter(bytes)) {
            PlainDecimal.write(w, value);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
