package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The monotonic-deque rolling extreme against a plain scan of the previous bars. */
class RollingExtremeTest {
    @Test
    void highestAndLowestOfThePreviousBarsExcludeTheCurrentOne() {
        RollingExtreme high = RollingExtreme.highestHigh(3);
        RollingExtreme low = RollingExtreme.lowestLow(3);
        double[][] bars = {{5, 1}, {7, 2}, {6, 3}, {9, 0.5}, {4, 4}, {3, 3}, {3, 2}};
        double[] expectedHigh = {Double.NaN, Double.NaN, Double.NaN, 7, 9, 9, 9};
        double[] expectedLow = {Double.NaN, Double.NaN, Double.NaN, 1, 0.5, 0.5, 0.5};
        for (int i = 0; i < bars.length; i++) {
            high.update(0, bars[i][0], bars[i][1], 0, 0);
            low.update(0, bars[i][0], bars[i][1], 0, 0);
            assertThat(high.value()).as("high after bar %d", i).isEqualTo(Double.valueOf(expectedHigh[i]));
            assertThat(low.value()).as("low after bar %d", i).isEqualTo(Double.valueOf(expectedLow[i]));
            assertThat(high.isReady()).isEqualTo(i >= 3);
        }
        assertThat(high.warmupPeriod()).isEqualTo(4);
    }

    @Test
    void matchesAPlainScanOnRandomDataWithTies() {
        SplittableRandom random = new SplittableRandom(42);
        for (int bars : new int[] {1, 2, 5, 20, 64}) {
            double[] values = new double[3000];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(50); // few distinct values: many ties
            }
            double[] highest = RollingExtreme.compute(values, bars, true);
            double[] lowest = RollingExtreme.compute(values, bars, false);
            for (int i = 0; i < values.length; i++) {
                assertThat(highest[i]).as("max, bars %d, index %d", bars, i).isEqualTo(Double.valueOf(scan(values, i, bars, true)));
                assertThat(lowest[i]).as("min, bars %d, index %d", bars, i).isEqualTo(Double.valueOf(scan(values, i, bars, false)));
            }
        }
    }

    @Test
    void resetForgetsEverything() {
        RollingExtreme high = RollingExtreme.highestHigh(2);
        for (double x : new double[] {9, 8, 7}) {
            high.update(0, x, 0, 0, 0);
        }
        assertThat(high.value()).isEqualTo(9);
        high.reset();
        assertThat(high.isReady()).isFalse();
        assertThat(high.value()).isNaN();
        for (double x : new double[] {1, 2, 3}) {
            high.update(0, x, 0, 0, 0);
        }
        assertThat(high.value()).isEqualTo(2);
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThatThrownBy(() -> RollingExtreme.highestHigh(0)).hasMessage("bars must be >= 1, got 0");
    }

    /** max/min of values[i - bars .. i - 1], NaN while fewer than {@code bars} earlier values exist. */
    private static double scan(double[] values, int i, int bars, boolean highest) {
        if (i < bars) {
            return Double.NaN;
        }
        double out = values[i - bars];
        for (int k = i - bars + 1; k < i; k++) {
            out = highest ? Math.max(out, values[k]) : Math.min(out, values[k]);
        }
        return out;
    }
}
