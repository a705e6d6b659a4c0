package wave.indicators;

/**
 * The mean and the mean of squares of the last {@code period} values, each a {@link SmaState}
 * (TA-Lib's running-sum order), and from them TA-Lib's variance {@code meanSquare - mean^2}:
 * the raw difference, which rounding can leave slightly negative on a flat window. Shared by
 * {@link Variance}, {@link StdDev}, {@link ZScore} and {@link BollingerBands}.
 */
final class RollingMoments {
    private final SmaState mean;
    private final SmaState meanSquare;

    RollingMoments(int period) {
        this.mean = new SmaState(period);
        this.meanSquare = new SmaState(period);
    }

    /** Feeds the next value; true once the window is full. */
    boolean update(double x) {
        mean.update(x);
        return meanSquare.update(x * x);
    }

    /** The mean of the window (NaN before it is full). */
    double mean() {
        return mean.value();
    }

    /** The population variance of the window, {@code meanSquare - mean * mean}. */
    double variance() {
        double m = mean.value();
        return meanSquare.value() - m * m;
    }

    boolean isReady() {
        return meanSquare.isReady();
    }

    void reset() {
        mean.reset();
        meanSquare.reset();
    }
}
