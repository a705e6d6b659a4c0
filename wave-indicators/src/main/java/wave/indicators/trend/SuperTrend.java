package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.volatility.Atr;
import wave.indicators.window.TaMath;

/**
 * SuperTrend (Olivier Seban): bands {@code median price ± multiplier * ATR} that only tighten
 * while the trend lasts; the line is the lower band in an uptrend and the upper band in a
 * downtrend, and the trend flips when the close crosses the band on the other side.
 *
 * <p>Not in TA-Lib; the definition follows TradingView's {@code ta.supertrend}: with
 * {@code hl2 = (high + low) / 2}, the upper band is {@code hl2 + multiplier * atr} unless that is
 * above the previous upper band while the previous close was not above it (then the previous
 * band is kept), the lower band mirrors it, the first trend is down, and a downtrend turns up
 * when the close rises above the upper band (an uptrend turns down when it falls below the lower
 * band). The ATR is TA-Lib's {@link Atr} (first true range from bar 1), so the first value
 * comes one bar later than TradingView's, whose first true range is bar 0's high minus low.
 * Warm-up: {@code period + 1} bars, first valid index {@code period}. The period must be in
 * [1, 100000] and the multiplier finite and positive (commonly 10 and 3).
 */
public final class SuperTrend implements BarIndicator {
    private final int period;
    private final double multiplier;
    private final Atr atr;
    private boolean started;
    private double previousClose;
    private double upper;
    private double lower;
    private boolean up;
    private double value = Double.NaN;
    private double direction = Double.NaN;

    /** A SuperTrend over an ATR of {@code period} bars, {@code multiplier} ATRs wide. */
    public SuperTrend(int period, double multiplier) {
        check(period, multiplier);
        this.period = period;
        this.multiplier = multiplier;
        this.atr = new Atr(period);
    }

    private static void check(int period, double multiplier) {
        TaMath.period("period", period, 1);
        TaMath.positive("multiplier", multiplier);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        atr.update(high, low, close);
        if (atr.isReady()) {
            double median = (high + low) / 2;
            double width = multiplier * atr.value();
            double basicUpper = median + width;
            double basicLower = median - width;
            if (!started) {
                started = true;
                upper = basicUpper;
                lower = basicLower;
                up = false;
            } else {
                lower = basicLower > lower || previousClose < lower ? basicLower : lower;
                upper = basicUpper < upper || previousClose > upper ? basicUpper : upper;
                up = up ? !(close < lower) : close > upper;
            }
            value = up ? lower : upper;
            direction = up ? 1.0 : -1.0;
        }
        previousClose = close;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The SuperTrend line, in price units, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    /** {@code +1} in an uptrend, {@code -1} in a downtrend, NaN before {@link #isReady()}. */
    public double direction() {
        return direction;
    }

    @Override
    public boolean isReady() {
        return atr.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        atr.reset();
        started = false;
        previousClose = 0.0;
        upper = 0.0;
        lower = 0.0;
        up = false;
        value = Double.NaN;
        direction = Double.NaN;
    }

    /**
     * SuperTrend of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return the line and the direction, as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static SuperTrendSeries compute(double[] high, double[] low, double[] close, int period,
            double multiplier) {
        check(period, multiplier);
        double[] atr = Atr.compute(high, low, close, period);
        int n = close.length;
        double[] value = TaMath.nans(n);
        double[] direction = TaMath.nans(n);
        double upper = 0.0;
        double lower = 0.0;
        boolean up = false;
        for (int i = period; i < n; i++) {
            double median = (high[i] + low[i]) / 2;
            double width = multiplier * atr[i];
            double basicUpper = median + width;
            double basicLower = median - width;
            if (i == period) {
                upper = basicUpper;
                lower = basicLower;
            } else {
                lower = basicLower > lower || close[i - 1] < lower ? basicLower : lower;
                upper = basicUpper < upper || close[i - 1] > upper ? basicUpper : upper;
                up = up ? !(close[i] < lower) : close[i] > upper;
            }
            value[i] = up ? lower : upper;
            direction[i] = up ? 1.0 : -1.0;
        }
        return new SuperTrendSeries(value, direction);
    }
}
