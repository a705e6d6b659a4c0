package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions shared by the hand-computed table tests of indicators TA-Lib does not have. */
final class HandTables {
    static final double NAN = Double.NaN;

    private HandTables() {}

    /** Each value equal to the table's within 1e-12 (relative above 1), NaN where it is NaN. */
    static void assertTable(double[] actual, double... expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i]) != Double.isNaN(actual[i])
                    || Math.abs(actual[i] - expected[i]) > 1e-12 * Math.max(1.0, Math.abs(expected[i]))) {
                fail("index " + i + ": expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }

    /** The streaming outputs after each update equal the arrays bit for bit. */
    static void assertSameBits(double[] streamed, double[] array) {
        assertThat(streamed).hasSameSizeAs(array);
        for (int i = 0; i < array.length; i++) {
            if (Double.doubleToLongBits(streamed[i]) != Double.doubleToLongBits(array[i])) {
                fail("index " + i + ": streaming " + streamed[i] + " != array " + array[i]);
            }
        }
    }
}
