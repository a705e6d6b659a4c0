package wave.indicators.window;

/**
 * The highest (or lowest) of the last {@code period} values in amortised O(1) per update: a
 * monotonic deque over primitive ring buffers, allocated once. Also reports how many updates ago
 * the extreme was fed; among equal extremes, the newest ({@code newestOnTie}) or the oldest.
 */
public final class RollingExtreme {
    private final int period;
    private final boolean highest;
    private final boolean newestOnTie;
    private final double[] values;
    private final long[] indices;
    private int head;
    private int size;
    private long count;

    public RollingExtreme(int period, boolean highest, boolean newestOnTie) {
        this.period = period;
        this.highest = highest;
        this.newestOnTie = newestOnTie;
        this.values = new double[period];
        this.indices = new long[period];
    }

    /** Feeds the next value; the window then holds it and the {@code period - 1} before it. */
    public void update(double x) {
        long index = count++;
        while (size > 0 && indices[head] <= index - period) {
            head = head + 1 == period ? 0 : head + 1;
            size--;
        }
        while (size > 0) {
            double back = values[slot(size - 1)];
            boolean dominated = highest
                    ? (newestOnTie ? back <= x : back < x)
                    : (newestOnTie ? back >= x : back > x);
            if (!dominated) {
                break;
            }
            size--;
        }
        int tail = slot(size);
        values[tail] = x;
        indices[tail] = index;
        size++;
    }

    private int slot(int offset) {
        int i = head + offset;
        return i >= period ? i - period : i;
    }

    /** The extreme of the window (of the values fed so far while fewer than period). */
    public double value() {
        return values[head];
    }

    /** How many updates ago the extreme was fed: 0 for the newest value. */
    public int age() {
        return (int) (count - 1 - indices[head]);
    }

    /** Values fed so far. */
    public long count() {
        return count;
    }

    public void reset() {
        java.util.Arrays.fill(values, 0.0);
        java.util.Arrays.fill(indices, 0L);
        head = 0;
        size = 0;
        count = 0;
    }
}
