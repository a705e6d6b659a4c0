package wave.indicators.volatility;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.WindowSums;

/**
 * Close-to-close historical volatility: the sample standard deviation (divisor
 * {@code period - 1}) of the last {@code period} log returns {@code ln(close / previous close)},
 * annualised by {@code sqrt(periodsPerYear)}; a fraction per year (0.25 is 25%).
 *
 * <p>Not in TA-Lib. The sums of the returns and their squares are updated in O(1) and re-summed
 * every {@code period} bars; a variance that rounds below 0 counts as 0. Warm-up:
 * {@code period + 1} bars, first valid index {@code period}. The period must be in [2, 100000]
 * and {@code periodsPerYear} finite and positive (252 for daily bars).
 */
public final class HistoricalVolatility implements ValueIndicator {
    private final int period;
    private final double periodsPerYear;
    private final PriceField field;
    private final WindowSums returns;
    private boolean started;
    private double previous;
    private double value = Double.NaN;

    /** Close-to-close volatility over {@code period} returns, annualised. */
    public HistoricalVolatility(int period, double periodsPerYear) {
        this(period, periodsPerYear, PriceField.CLOSE);
    }

    /** Volatility of the given bar field. */
    public HistoricalVolatility(int period, double periodsPerYear, PriceField field) {
        check(period, periodsPerYear);
        this.period = period;
        this.periodsPerYear = periodsPerYear;
        this.field = field;
        this.returns = new WindowSums(period);
    }

    private static void check(int period, double periodsPerYear) {
        TaMath.period("period", period, 2);
        TaMath.positive("periodsPerYear", periodsPerYear);
    }

    /** Feeds the next price. */
    @Override
    public void update(double price) {
        if (started && returns.add(Math.log(price / previous))) {
            value = Math.sqrt(returns.sampleVariance() * periodsPerYear);
        }
        started = true;
        previous = price;
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The annualised volatility as a fraction, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return returns.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        returns.reset();
        started = false;
        previous = 0.0;
        value = Double.NaN;
    }

    /**
     * The volatility of a whole price series, equal bit for bit to feeding it to
     * {@link #update}.
     *
     * @return an array as long as {@code prices}, NaN before index {@code period}
     */
    public static double[] compute(double[] prices, int period, double periodsPerYear) {
        check(period, periodsPerYear);
        double[] out = TaMath.nans(prices.length);
        WindowSums returns = new WindowSums(period);
        for (int i = 1; i < prices.length; i++) {
            if (returns.add(Math.log(prices[i] / prices[i - 1]))) {
                out[i] = Math.sqrt(returns.sampleVariance() * periodsPerYear);
            }
        }
        return out;
    }
}
