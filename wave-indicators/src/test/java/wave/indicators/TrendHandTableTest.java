package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static wave.indicators.HandTables.NAN;
import static wave.indicators.HandTables.assertSameBits;
import static wave.indicators.HandTables.assertTable;

import org.junit.jupiter.api.Test;
import wave.indicators.statistics.LinearRegression;
import wave.indicators.statistics.RegressionSeries;
import wave.indicators.trend.Ichimoku;
import wave.indicators.trend.IchimokuSeries;
import wave.indicators.trend.SuperTrend;
import wave.indicators.trend.SuperTrendSeries;

/** SuperTrend, Ichimoku and the regression's R^2 (not in TA-Lib) against worked tables. */
class TrendHandTableTest {

    /**
     * ATR(2) from true ranges 1.5, 1.5 (bars 1-2) = 1.5 at index 2, then Wilder: 1.5, 1.25,
     * 1.125, 1.3125, ...; bands hl2 ± ATR. Index 2 starts down at the upper band 13. Index 3:
     * basic upper 12 < 13, so 12; index 5: the close 9 of index 4 fell below the lower band 10,
     * so the lower band resets to 7.375. Index 6: close 9.8 > upper 9.625 turns the trend up,
     * the line becomes the lower band 8.1875. Index 9: close 10.2 < lower 11.021875 turns it
     * down at the upper band 12.9890625.
     */
    @Test
    void superTrend() {
        double[] high = {10, 11, 12, 11, 10, 9, 10, 12, 13, 12};
        double[] low = {9, 10, 11, 10, 9, 8, 9, 11, 12, 10};
        double[] close = {9.5, 10.5, 11.5, 10, 9, 8.5, 9.8, 11.8, 12.5, 10.2};
        SuperTrendSeries ours = SuperTrend.compute(high, low, close, 2, 1.0);
        assertTable(ours.value(), NAN, NAN, 13, 12, 10.75, 9.625, 8.1875, 9.74375, 11.021875,
                12.9890625);
        assertTable(ours.direction(), NAN, NAN, -1, -1, -1, -1, 1, 1, 1, -1);
        SuperTrend stream = new SuperTrend(2, 1.0);
        double[] value = new double[close.length];
        double[] direction = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            stream.update(0, high[i], low[i], close[i], 0);
            value[i] = stream.value();
            direction[i] = stream.direction();
            assertThat(stream.isReady()).isEqualTo(i >= 2);
        }
        assertSameBits(value, ours.value());
        assertSameBits(direction, ours.direction());
    }

    /** Midpoints over 2, 3 and 4 bars, cloud displaced by 2. */
    @Test
    void ichimoku() {
        double[] high = {5, 7, 6, 9, 8, 10, 7};
        double[] low = {3, 4, 2, 5, 6, 7, 4};
        IchimokuSeries ours = Ichimoku.compute(high, low, 2, 3, 4, 2);
        assertTable(ours.tenkan(), NAN, 5, 4.5, 5.5, 7, 8, 7);
        assertTable(ours.kijun(), NAN, NAN, 4.5, 5.5, 5.5, 7.5, 7);
        assertTable(ours.leadingSpanA(), NAN, NAN, 4.5, 5.5, 6.25, 7.75, 7);
        assertTable(ours.leadingSpanB(), NAN, NAN, NAN, 5.5, 5.5, 6, 7);
        assertTable(ours.spanA(), NAN, NAN, NAN, NAN, 4.5, 5.5, 6.25);
        assertTable(ours.spanB(), NAN, NAN, NAN, NAN, NAN, 5.5, 5.5);
        Ichimoku stream = new Ichimoku(2, 3, 4, 2);
        assertThat(stream.warmupPeriod()).isEqualTo(6);
        double[][] streamed = new double[6][high.length];
        for (int i = 0; i < high.length; i++) {
            stream.update(0, high[i], low[i], 0, 0);
            assertThat(stream.isReady()).isEqualTo(i >= 5);
            streamed[0][i] = stream.tenkan();
            streamed[1][i] = stream.kijun();
            streamed[2][i] = stream.leadingSpanA();
            streamed[3][i] = stream.leadingSpanB();
            streamed[4][i] = stream.spanA();
            streamed[5][i] = stream.spanB();
        }
        assertSameBits(streamed[0], ours.tenkan());
        assertSameBits(streamed[1], ours.kijun());
        assertSameBits(streamed[2], ours.leadingSpanA());
        assertSameBits(streamed[3], ours.leadingSpanB());
        assertSameBits(streamed[4], ours.spanA());
        assertSameBits(streamed[5], ours.spanB());
        assertThat(new Ichimoku().warmupPeriod()).isEqualTo(78);
        // no displacement: the cloud is the leading spans
        IchimokuSeries undisplaced = Ichimoku.compute(high, low, 2, 3, 4, 0);
        assertSameBits(undisplaced.spanA(), undisplaced.leadingSpanA());
    }

    /**
     * y = 1, 2, 4, 3 at x = 0..3: Sxx = 5, Syy = 5, Sxy = 4 (about the means 1.5 and 2.5), so
     * slope 0.8, intercept 2.5 - 0.8 * 1.5 = 1.3, fitted last value 3.7, forecast 4.5,
     * R^2 = 16 / 25.
     */
    @Test
    void linearRegressionByHand() {
        RegressionSeries ours = LinearRegression.compute(new double[] {1, 2, 4, 3, 3, 3, 3, 3}, 4);
        assertThat(ours.slope()[3]).isCloseTo(0.8, within(1e-12));
        assertThat(ours.intercept()[3]).isCloseTo(1.3, within(1e-12));
        assertThat(ours.value()[3]).isCloseTo(3.7, within(1e-12));
        assertThat(ours.forecast()[3]).isCloseTo(4.5, within(1e-12));
        assertThat(ours.angle()[3]).isCloseTo(Math.toDegrees(Math.atan(0.8)), within(1e-12));
        assertThat(ours.rSquared()[3]).isCloseTo(0.64, within(1e-12));
        // a flat window explains nothing: R^2 0, slope 0
        assertThat(ours.rSquared()[7]).isEqualTo(0.0);
        assertThat(ours.slope()[7]).isCloseTo(0.0, within(1e-12));
        // a straight line: R^2 1
        RegressionSeries line = LinearRegression.compute(new double[] {2, 4, 6, 8, 10, 12}, 3);
        assertTable(line.rSquared(), NAN, NAN, 1, 1, 1, 1);
        assertTable(line.forecast(), NAN, NAN, 8, 10, 12, 14);
    }
}
