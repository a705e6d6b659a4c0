package wave.data.validate;

import java.util.Arrays;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * Bars as read from a source, before validation: growable primitive columns in source order, each row with
 * the 1-based line it came from. Prices are raw fixed point (x 10^9), timestamps nanoseconds since the epoch
 * (UTC). {@link BarValidator} may repair rows in place. Not thread-safe.
 *
 * <p>Memory is the kept columns only (48 bytes a row): line numbers are stored only where they do not follow
 * the previous row's line + 1 (after a header, a blank line), columns grow one at a time, and
 * {@link #toSeries} hands exactly filled columns to the series without copying.
 */
public final class RawBars {
    private static final int[] NO_JUMPS = new int[0];

    private int size;
    private long[] tsNanos;
    private long[] openRaw;
    private long[] highRaw;
    private long[] lowRaw;
    private long[] closeRaw;
    private double[] volume;
    /** Rows whose line is not the previous row's + 1, ascending, and their lines; {@link #jumps} pairs in use. */
    private int[] jumpRow = NO_JUMPS;
    private int[] jumpLine = NO_JUMPS;
    private int jumps;
    private int lastLine = Integer.MIN_VALUE;

    /** Empty rows with room for {@code expectedSize} (they grow as needed). */
    public RawBars(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        tsNanos = new long[capacity];
        openRaw = new long[capacity];
        highRaw = new long[capacity];
        lowRaw = new long[capacity];
        closeRaw = new long[capacity];
        volume = new double[capacity];
    }

    /** Appends a row read from 1-based {@code line}. */
    public void add(int line, long tsNanos, long openRaw, long highRaw, long lowRaw, long closeRaw, double volume) {
        if (size == this.tsNanos.length) {
            grow();
        }
        if (line != lastLine + 1) {
            addJump(line);
        }
        lastLine = line;
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
        int k = Arrays.binarySearch(jumpRow, 0, jumps, i);
        int jump = k >= 0 ? k : -k - 2;
        return jumpLine[jump] + (i - jumpRow[jump]);
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

    /**
     * The bars of the rows {@code order[0..]}, in that order, or of every row in file order when {@code order} is
     * null (see {@link ValidationOutcome#keptRows()}). Every row kept hands the columns over (trimmed one at a time
     * when the capacity exceeds the rows): these rows must not be used afterwards.
     */
    public BarSeries toSeries(InstrumentId instrument, BarSpec spec, int[] order) {
        if (order == null) {
            trim();
            return BarSeries.ofColumns(instrument, spec, tsNanos, openRaw, highRaw, lowRaw, closeRaw, volume);
        }
        BarSeries.Builder builder = BarSeries.builder(instrument, spec, order.length);
        for (int i : order) {
            builder.add(tsNanos[i], openRaw[i], highRaw[i], lowRaw[i], closeRaw[i], volume[i]);
        }
        return builder.build();
    }

    private void addJump(int line) {
        if (jumps == jumpRow.length) {
            jumpRow = Arrays.copyOf(jumpRow, Math.max(4, jumps * 2));
            jumpLine = Arrays.copyOf(jumpLine, jumpRow.length);
        }
        jumpRow[jumps] = size;
        jumpLine[jumps] = line;
        jumps++;
    }

    /** Grows by half, one column at a time, so that at most one old column is held beside the new ones. */
    private void grow() {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, tsNanos.length + (tsNanos.length >> 1) + 16L);
        resize(capacity);
    }

    private void trim() {
        if (tsNanos.length != size) {
            resize(size);
        }
    }

    private void resize(int capacity) {
        tsNanos = Arrays.copyOf(tsNanos, capacity);
        openRaw = Arrays.copyOf(openRaw, capacity);
        highRaw = Arrays.copyOf(highRaw, capacity);
        lowRaw = Arrays.copyOf(lowRaw, capacity);
        closeRaw = Arrays.copyOf(closeRaw, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
