package wave.indicators.volume;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Chaikin oscillator: {@code EMA(A/D, fast) - EMA(A/D, slow)} of the
 * {@link AccumulationDistribution} line, in volume units.
 *
 * <p>Equal to TA-Lib's {@code ADOSC} (TA-Lib's defaults 3 and 10): unlike TA-Lib's {@code EMA},
 * both EMAs start from the first A/D value (no simple-average seed) and step as
 * {@code k * ad + (1 - k) * ema}; the output starts at index {@code max(fast, slow) - 1}.
 * Warm-up: {@code max(fast, slow)} bars. Both periods must be in [2, 100000] as in TA-Lib, in
 * either order.
 */
public final class ChaikinOscillator implements BarIndicator {
    private final int lookback;
    private final double fastK;
    private final double oneMinusFastK;
    private final double slowK;
    private final double oneMinusSlowK;
    private int count;
    private double ad;
    private double fastEma;
    private double slowEma;
    private double value = Double.NaN;

    /** A Chaikin oscillator with the given EMA periods (commonly 3 and 10). */
    public ChaikinOscillator(int fast, int slow) {
        check(fast, slow);
        this.lookback = Math.max(fast, slow) - 1;
        this.fastK = TaMath.emaFactor(fast);
        this.oneMinusFastK = 1.0 - fastK;
        this.slowK = TaMath.emaFactor(slow);
        this.oneMinusSlowK = 1.0 - slowK;
    }

    private static void check(int fast, int slow) {
        TaMath.period("fast", fast, 2);
        TaMath.period("slow", slow, 2);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close, double volume) {
        ad = AccumulationDistribution.next(ad, high, low, close, volume);
        if (count == 0) {
            fastEma = ad;
            slowEma = ad;
        } else {
            fastEma = (fastK * ad) + (oneMinusFastK * fastEma);
            slowEma = (slowK * ad) + (oneMinusSlowK * slowEma);
        }
        if (count < lookback) {
            count++;
            return;
        }
        count = lookback + 1;
        value = fastEma - slowEma;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
    }

    /** The current oscillator, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count > lookback;
    }

    @Override
    public int warmupPeriod() {
        return lookback + 1;
    }

    @Override
    public void reset() {
        count = 0;
        ad = 0.0;
        fastEma = 0.0;
        slowEma = 0.0;
        value = Double.NaN;
    }

    /**
     * The Chaikin oscillator of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code max(fast, slow) - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume,
            int fast, int slow) {
        ChaikinOscillator oscillator = new ChaikinOscillator(fast, slow);
        int n = TaMath.sameLength("high, low, close and volume", high, low, close, volume);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            oscillator.update(high[i], low[i], close[i], volume[i]);
            out[i] = oscillator.value();
        }
        return out;
    }
}
