package wave.indicators;

/**
 * Chande momentum oscillator: {@code 100 * (gains - losses) / (gains + losses)} over the changes
 * of the input, in [-100, 100].
 *
 * <p>Equal to TA-Lib's {@code CMO} (unstable period 0, default compatibility), which smooths the
 * gains and losses like {@link Rsi} does (Wilder: the plain means of the first {@code period}
 * changes, then {@code (avg * (period - 1) + x) / period}) instead of Chande's plain sums over
 * the window, so {@code CMO = 2 * RSI - 100}; the value is 0 when both averages sum to less than
 * 1e-8. Warm-up: {@code period + 1} values, first valid index {@code period}. The period must be
 * in [2, 100000] as in TA-Lib.
 */
public final class Cmo implements ValueIndicator {
    private final int period;
    private final PriceField field;
    /** Values fed, saturating at {@code period + 1}. */
    private int count;
    private double previous;
    private double avgGain;
    private double avgLoss;
    private double value = Double.NaN;

    /** A CMO of closing prices. */
    public Cmo(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A CMO of the given bar field. */
    public Cmo(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (count == 0) {
            previous = x;
            count = 1;
            return;
        }
        double change = x - previous;
        previous = x;
        double gain = change < 0 ? 0.0 : change;
        double loss = change < 0 ? -change : 0.0;
        if (count > period) {
            avgGain = TaMath.wilder(avgGain, gain, period);
            avgLoss = TaMath.wilder(avgLoss, loss, period);
        } else {
            avgGain += gain;
            avgLoss += loss;
            count++;
            if (count <= period) {
                return;
            }
            avgGain /= period;
            avgLoss /= period;
        }
        value = cmo(avgGain, avgLoss);
    }

    private static double cmo(double avgGain, double avgLoss) {
        double total = avgGain + avgLoss;
        return (-0.00000001 < total && total < 0.00000001)
                ? 0.0
                : 100.0 * ((avgGain - avgLoss) / total);
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current CMO in [-100, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count > period;
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        count = 0;
        previous = 0.0;
        avgGain = 0.0;
        avgLoss = 0.0;
        value = Double.NaN;
    }

    /**
     * The CMO of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        double avgGain = 0.0;
        double avgLoss = 0.0;
        for (int i = 1; i < values.length; i++) {
            double change = values[i] - values[i - 1];
            double gain = change < 0 ? 0.0 : change;
            double loss = change < 0 ? -change : 0.0;
            if (i > period) {
                avgGain = TaMath.wilder(avgGain, gain, period);
                avgLoss = TaMath.wilder(avgLoss, loss, period);
            } else {
                avgGain += gain;
                avgLoss += loss;
                if (i < period) {
                    continue;
                }
                avgGain /= period;
                avgLoss /= period;
            }
            out[i] = cmo(avgGain, avgLoss);
        }
        return out;
    }
}
