package wave.indicators.average;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.PriceField;
import wave.indicators.window.TaMath;

/**
 * Volume-weighted moving average: {@code sum(price * volume) / sum(volume)} over the last
 * {@code period} bars.
 *
 * <p>Not in TA-Lib. The running sums are kept like TA-Lib's SMA (add the newest bar, divide,
 * subtract the oldest). When the window's volume is zero the value is the simple average of
 * its prices, the limit of equal volumes, rather than 0/0. Warm-up: {@code period} bars, first
 * valid index {@code period - 1}. The period must be in [1, 100000]; VWMA(1) is the price.
 */
public final class Vwma implements BarIndicator {
    private final int period;
    private final PriceField field;
    private final double[] prices;
    private final double[] volumes;
    private int next;
    private int count;
    private double totalPriceVolume;
    private double totalVolume;
    private double totalPrice;
    private double value = Double.NaN;

    /** A VWMA of closing prices. */
    public Vwma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A VWMA of the given bar field (weighted by the bar's volume). */
    public Vwma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 1);
        this.field = field;
        this.prices = new double[period];
        this.volumes = new double[period];
    }

    /** Feeds the next price and its volume. */
    public void update(double price, double volume) {
        totalPriceVolume += price * volume;
        totalVolume += volume;
        totalPrice += price;
        prices[next] = price;
        volumes[next] = volume;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            value = average(totalPriceVolume, totalVolume, totalPrice, period);
            double oldestPrice = prices[next];
            double oldestVolume = volumes[next];
            totalPriceVolume -= oldestPrice * oldestVolume;
            totalVolume -= oldestVolume;
            totalPrice -= oldestPrice;
        }
    }

    private static double average(double priceVolume, double volume, double price, int period) {
        return volume != 0.0 ? priceVolume / volume : price / period;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(field.select(open, high, low, close, volume), volume);
    }

    /** The current average, in price units, or NaN before {@link #isReady()}. */
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
        Arrays.fill(prices, 0.0);
        Arrays.fill(volumes, 0.0);
        next = 0;
        count = 0;
        totalPriceVolume = 0.0;
        totalVolume = 0.0;
        totalPrice = 0.0;
        value = Double.NaN;
    }

    /**
     * The VWMA of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] price, double[] volume, int period) {
        TaMath.period("period", period, 1);
        int n = TaMath.sameLength("price and volume", price, volume);
        double[] out = TaMath.nans(n);
        double totalPriceVolume = 0.0;
        double totalVolume = 0.0;
        double totalPrice = 0.0;
        for (int i = 0; i < n; i++) {
            totalPriceVolume += price[i] * volume[i];
            totalVolume += volume[i];
            totalPrice += price[i];
            if (i >= period - 1) {
                out[i] = average(totalPriceVolume, totalVolume, totalPrice, period);
                int oldest = i - period + 1;
                totalPriceVolume -= price[oldest] * volume[oldest];
                totalVolume -= volume[oldest];
                totalPrice -= price[oldest];
            }
        }
        return out;
    }
}
