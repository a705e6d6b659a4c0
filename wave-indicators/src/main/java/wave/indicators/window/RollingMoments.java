package wave.indicators.window;

import wave.indicators.statistics.ZScore;
import wave.indicators.volatility.BollingerBands;
import wave.indicators.volatility.StdDev;
import wave.indicators.volatility.Variance;

/**
 * The mean and the mean of squares of the last {@code period} values, each a {@link SmaState}
 * (TA-Lib's running-sum order), and from them TA-Lib's variance {@code meanSquare - mean^2}:
 * the raw difference, which rounding can leave slightly negative on a flat window. Shared by
 * {@link Variance}, {@link StdDev}, {@link ZScore} and {@link BollingerBands}.
 */
public final class RollingMoments {
    private final SmaState mean;
    private final SmaState meanSquare;

    public RollingMoments(int period) {
        this.mean = new SmaState(period);
        this.meanSquare = new SmaState(period);
    }

    /** Feeds the next value; true once the window is full. */
    public boolean update(double x) {
        mean.update(x);
        return meanSquare.update(x * x);
    }

    /** The mean of the window (NaN before it is full). */
    public double mean() {
        return mean.value();
    }

    /** The population variance of the window, {@code meanSquare - mean * mean}. */
    public double variance() {
        double m = mean.value();
        return meanSquare.value() - m * m;
    }

    public boolean isReady() {
        return meanSquare.isReady();
    }

    public void reset() {
        mean.reset();
        meanSquare.reset();
    }
}
