package wave.strategies;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.PriceField;

/**
 * The highest (or lowest) value of a bar field over the {@code bars} bars <b>before</b> the current one, i.e.
 * a Donchian channel bound that excludes the bar just fed: after bar t it is {@code max(high[t-bars .. t-1])}.
 *
 * <p>Warm-up: {@code bars + 1} bars (the window plus the current bar). Each update is O(1) amortised and
 * allocation-free: a monotonic deque of (bar index, value) kept in two primitive ring arrays.
 */
public final class RollingExtreme implements BarIndicator {
    private final int bars;
    private final PriceField field;
    private final boolean highest;
    private final long[] indices;
    private final double[] values;
    private int head;
    private int size;
    private long count;
    private double value = Double.NaN;

    /**
     * A rolling extreme.
     *
     * @param bars    window length, bars (at least 1), excluding the current bar
     * @param field   the bar field tracked
     * @param highest true for the maximum, false for the minimum
     */
    public RollingExtreme(int bars, PriceField field, boolean highest) {
        if (bars < 1) {
            throw new IllegalArgumentException("bars must be >= 1, got " + bars);
        }
        this.bars = bars;
        this.field = field;
        this.highest = highest;
        this.indices = new long[bars + 1];
        this.values = new double[bars + 1];
    }

    /** Highest high of the previous {@code bars} bars (upper Donchian bound). */
    public static RollingExtreme highestHigh(int bars) {
        return new RollingExtreme(bars, PriceField.HIGH, true);
    }

    /** Lowest low of the previous {@code bars} bars (lower Donchian bound). */
    public static RollingExtreme lowestLow(int bars) {
        return new RollingExtreme(bars, PriceField.LOW, false);
    }

    /** Feeds the next value. */
    public void update(double x) {
        long oldest = count - bars;
        while (size > 0 && indices[head] < oldest) {
            head = next(head);
            size--;
        }
        if (count >= bars) {
            value = values[head];
        }
        while (size > 0 && dominates(x, values[back()])) {
            size--;
        }
        int slot = wrap(head + size);
        indices[slot] = count;
        values[slot] = x;
        size++;
        count++;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(field.select(open, high, low, close, volume));
    }

    /** The extreme of the previous {@code bars} values, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count > bars;
    }

    @Override
    public int warmupPeriod() {
        return bars + 1;
    }

    @Override
    public void reset() {
        Arrays.fill(indices, 0L);
        Arrays.fill(values, 0.0);
        head = 0;
        size = 0;
        count = 0;
        value = Double.NaN;
    }

    /**
     * The same values for a whole series, equal to feeding {@code values} one by one.
     *
     * @return an array as long as {@code values}, NaN before index {@code bars}
     */
    public static double[] compute(double[] values, int bars, boolean highest) {
        RollingExtreme extreme = new RollingExtreme(bars, PriceField.CLOSE, highest);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            extreme.update(values[i]);
            out[i] = extreme.value();
        }
        return out;
    }

    /** True when a new value makes an older one irrelevant (never the extreme again while both are in the window). */
    private boolean dominates(double x, double older) {
        return highest ? x >= older : x <= older;
    }

    private int back() {
        return wrap(head + size - 1);
    }

    private int next(int slot) {
        return slot + 1 == indices.length ? 0 : slot + 1;
    }

    private int wrap(int slot) {
        return slot >= indices.length ? slot - indices.length : slot;
    }
}
