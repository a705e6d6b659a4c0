package wave.indicators.average;

import java.util.Arrays;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;

/**
 * Arnaud Legoux moving average: a Gaussian-weighted average of the last {@code period} values,
 * {@code sum(w_i * x_i) / sum(w_i)} with {@code w_i = exp(-(i - m)^2 / (2 s^2))} for
 * {@code i = 0} (the oldest) to {@code period - 1} (the newest), {@code m = offset * (period - 1)}
 * and {@code s = period / sigma}.
 *
 * <p>Not in TA-Lib; the definition is Legoux and Kouzis-Loukas' (2009), with the common
 * defaults period 9, offset 0.85, sigma 6. An update costs O(period): the Gaussian weights do
 * not slide. Warm-up: {@code period} values, first valid index {@code period - 1}. The period
 * must be in [1, 100000], the offset in [0, 1] and sigma finite and positive.
 */
public final class Alma implements ValueIndicator {
    private final int period;
    private final double offset;
    private final double sigma;
    private final PriceField field;
    private final double[] weights;
    private final double weightTotal;
    private final double[] window;
    private int next;
    private int count;
    private double value = Double.NaN;

    /** An ALMA of closing prices. */
    public Alma(int period, double offset, double sigma) {
        this(period, offset, sigma, PriceField.CLOSE);
    }

    /** An ALMA of the given bar field. */
    public Alma(int period, double offset, double sigma, PriceField field) {
        this.weights = weights(period, offset, sigma);
        this.period = period;
        this.offset = offset;
        this.sigma = sigma;
        this.field = field;
        this.weightTotal = total(weights);
        this.window = new double[period];
    }

    /** Validates the parameters and returns the weights, oldest first. */
    private static double[] weights(int period, double offset, double sigma) {
        TaMath.period("period", period, 1);
        TaMath.inRange("offset", offset, 0.0, 1.0);
        TaMath.positive("sigma", sigma);
        double m = offset * (period - 1);
        double s = period / sigma;
        double[] w = new double[period];
        for (int i = 0; i < period; i++) {
            double d = i - m;
            w[i] = Math.exp(-(d * d) / (2.0 * s * s));
        }
        return w;
    }

    private static double total(double[] weights) {
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            double sum = 0.0;
            int slot = next; // the oldest value
            for (int i = 0; i < period; i++) {
                sum += weights[i] * window[slot];
                slot = slot + 1 == period ? 0 : slot + 1;
            }
            value = sum / weightTotal;
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count == period;
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        Arrays.fill(window, 0.0);
        next = 0;
        count = 0;
        value = Double.NaN;
    }

    /**
     * The ALMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period, double offset, double sigma) {
        double[] weights = weights(period, offset, sigma);
        double weightTotal = total(weights);
        double[] out = TaMath.nans(values.length);
        for (int t = period - 1; t < values.length; t++) {
            double sum = 0.0;
            for (int i = 0; i < period; i++) {
                sum += weights[i] * values[t - period + 1 + i];
            }
            out[t] = sum / weightTotal;
        }
        return out;
    }
}
