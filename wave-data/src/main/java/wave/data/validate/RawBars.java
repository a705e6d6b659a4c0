package wave.data.validate;

import java.util.Arrays;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * Bars as read from a source, before validation: growable primitive columns in source order, each row with
 * the 1-based line it came from. Prices are raw fixed point (x 10^9), timestamps nanoseconds since the epoch
 * (UTC). {@link BarValidator} may repair rows in place. Not thread-safe.
 */
public final class RawBars {
    private int size;
    private int[] line;
    private long[] tsNanos;
    private long[] openRaw;
    private long[] highRaw;
    private long[] lowRaw;
    private long[] closeRaw;
    private double[] volume;

    /** Empty rows with room for {@code expectedSize} (they grow as needed). */
    public RawBars(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        line = new int[capacity];
        tsNanos = new long[capacity];
        openRaw = new long[capacity];
        highRaw = new long[capacity];
        lowRaw = new long[capacity];
        closeRaw = new long[capacity];
        volume = new double[capacity];
    }

    /** Appends a row read from 1-based {@code line}. */
    public void add(int line, long tsNanos, long openRaw, long highRaw, long lowRaw, long closeRaw, double volume) {
        if (size == this.line.length) {
            grow();
        }
        this.line[size] = line;
        this.tsNanos[size] = tsNanos;
        this.openRaw[size] = openRaw;
        this.highRaw[size] = highRaw;
        this.lowRaw[size] = lowRaw;
        this.closeRaw[size] = closeRaw;
        this.volume[size] = volume;
        size++;
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** Source line of row {@code i} (1-based). */
    public int line(int i) {
        return line[i];
    }

    /** Timestamp of row {@code i}, nanoseconds since the epoch (UTC). */
    public long tsNanos(int i) {
        return tsNanos[i];
    }

    /** Open of row {@code i}, raw fixed point. */
    public long openRaw(int i) {
        return openRaw[i];
    }

    /** High of row {@code i}, raw fixed point. */
    public long highRaw(int i) {
        return highRaw[i];
    }

    /** Low of row {@code i}, raw fixed point. */
    public long lowRaw(int i) {
        return lowRaw[i];
    }

    /** Close of row {@code i}, raw fixed point. */
    public long closeRaw(int i) {
        return closeRaw[i];
    }

    /** Volume of row {@code i}. */
    public double volume(int i) {
        return volume[i];
    }

    void setHighLow(int i, long high, long low) {
        highRaw[i] = high;
        lowRaw[i] = low;
    }

    void setVolume(int i, double value) {
        volume[i] = value;
    }

    /** The bars of the rows {@code order[0..]}, in that order (see {@link ValidationOutcome#keptRows()}). */
    public BarSeries toSeries(InstrumentId instrument, BarSpec spec, int[] order) {
        BarSeries.Builder builder = BarSeries.builder(instrument, spec, order.length);
        for (int i : order) {
            builder.add(tsNanos[i], openRaw[i], highRaw[i], lowRaw[i], closeRaw[i], volume[i]);
        }
        return builder.build();
    }

    private void grow() {
        int capacity = line.length * 2;
        line = Arrays.copyOf(line, capacity);
        tsNanos = Arrays.copyOf(tsNanos, capacity);
        openRaw = Arrays.copyOf(openRaw, capacity);
        highRaw = Arrays.copyOf(highRaw, capacity);
        lowRaw = Arrays.copyOf(lowRaw, capacity);
        closeRaw = Arrays.copyOf(closeRaw, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
