package wave.indicators.window;

/**
 * Wilder's directional movement as TA-Lib computes it for {@code PLUS_DI}, {@code MINUS_DI},
 * {@code DX}, {@code ADX} and {@code ADXR}: per bar {@code +DM = high - previous high} when it
 * is positive and larger than {@code -DM = previous low - low} (and the mirror), the true range,
 * plain sums over bars 1 to {@code period - 1}, then from bar {@code period} on the smoothing
 * {@code s = s - s / period + x}.
 */
public final class DirectionalState {
    private static final double EPSILON = 0.00000001;

    private final int period;
    /** Bars fed, saturating at {@code period + 1}. */
    private int count;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;

    public DirectionalState(int period) {
        this.period = period;
    }

    /** Feeds the next bar; true from bar {@code period} on, when the smoothed sums exist. */
    public boolean update(double high, double low, double close) {
        if (count == 0) {
            previousHigh = high;
            previousLow = low;
            previousClose = close;
            count = 1;
            return false;
        }
        double diffP = high - previousHigh;
        double diffM = previousLow - low;
        previousHigh = high;
        previousLow = low;
        double range = TaMath.trueRange(high, low, previousClose);
        previousClose = close;
        if (count < period) {
            if ((diffM > 0) && (diffP < diffM)) {
                minusDm += diffM;
            } else if ((diffP > 0) && (diffP > diffM)) {
                plusDm += diffP;
            }
            trueRange += range;
            count++;
            return false;
        }
        count = period + 1;
        minusDm -= minusDm / period;
        plusDm -= plusDm / period;
        if ((diffM > 0) && (diffP < diffM)) {
            minusDm += diffM;
        } else if ((diffP > 0) && (diffP > diffM)) {
            plusDm += diffP;
        }
        trueRange = trueRange - (trueRange / period) + range;
        return true;
    }

    /** Whether the smoothed true range is not within 1e-8 of 0. */
    public boolean hasRange() {
        return !(-EPSILON < trueRange && trueRange < EPSILON);
    }

    /** +DI in percent; only meaningful when {@link #hasRange()}. */
    public double plusDi() {
        return 100.0 * (plusDm / trueRange);
    }

    /** -DI in percent; only meaningful when {@link #hasRange()}. */
    public double minusDi() {
        return 100.0 * (minusDm / trueRange);
    }

    /** DX in percent, or NaN when the range or the DI sum is within 1e-8 of 0. */
    public double dx() {
        if (!hasRange()) {
            return Double.NaN;
        }
        double minusDi = minusDi();
        double plusDi = plusDi();
        double total = minusDi + plusDi;
        if (-EPSILON < total && total < EPSILON) {
            return Double.NaN;
        }
        return 100.0 * (Math.abs(minusDi - plusDi) / total);
    }

    public boolean isReady() {
        return count > period;
    }

    public void reset() {
        count = 0;
        previousHigh = 0.0;
        previousLow = 0.0;
        previousClose = 0.0;
        plusDm = 0.0;
        minusDm = 0.0;
        trueRange = 0.0;
    }
}
