package wave.spec.indicator;

/**
 * The highest (or lowest) of the {@code bars} values fed <b>before</b> the latest one: after value t it is
 * {@code max(x[t-bars .. t-1])}. O(1) amortised and allocation-free per update: a monotonic deque of
 * (index, value) in two primitive ring arrays. Same algorithm and results as the strategies module's
 * {@code RollingExtreme}.
 */
final class PriorExtreme {
    private final int bars;
    private final boolean highest;
    private final long[] indices;
    private final double[] values;
    private int head;
    private int size;
    private long count;
    private double value = Double.NaN;

    PriorExtreme(int bars, boolean highest) {
        if (bars < 1 || bars > 100_000) {
            throw new IllegalArgumentException("period must be in [1, 100000], was " + bars);
        }
        this.bars = bars;
        this.highest = highest;
        this.indices = new long[bars + 1];
        this.values = new double[bars + 1];
    }

    void update(double x) {
        long oldest = count - bars;
        while (size > 0 && indices[head] < oldest) {
            head = head + 1 == indices.length ? 0 : head + 1;
            size--;
        }
        if (count >= bars) {
            value = values[head];
        }
        while (size > 0 && (highest ? x >= values[wrap(head + size - 1)] : x <= values[wrap(head + size - 1)])) {
            size--;
        }
        int slot = wrap(head + size);
        indices[slot] = count;
        values[slot] = x;
        size++;
        count++;
    }

    double value() {
        return value;
    }

    boolean isReady() {
        return count > bars;
    }

    void reset() {
        head = 0;
        size = 0;
        count = 0;
        value = Double.NaN;
    }

    private int wrap(int slot) {
        return slot >= indices.length ? slot - indices.length : slot;
    }
}
