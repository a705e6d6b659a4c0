package wave.domain.market;

import java.util.Arrays;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * An immutable, time-ordered column store of bars for one instrument: primitive arrays of timestamps,
 * exact fixed-point prices, their double views and volumes. Built with {@link #builder}.
 *
 * <p>A series knows which end of each bar its timestamps name ({@link #label()}, {@link BarLabel#START} unless set
 * with {@link #withLabel}): with the bar length ({@link #spec()}) it tells when each bar became known.
 *
 * <p>A series may also carry per-bar corporate actions ({@link #withCorporateActions}): the cash dividend per
 * share and the split ratio whose ex-date is the bar's date, for raw (as traded) prices. A series without them
 * holds no extra columns.
 */
public final class BarSeries {
    private final InstrumentId instrument;
    private final BarSpec spec;
    private final BarLabel label;
    private final int size;
    private final long[] tsNanos;
    private final long[] openRaw;
    private final long[] highRaw;
    private final long[] lowRaw;
    private final long[] closeRaw;
    private final double[] volume;
    /** Cash dividend per share going ex on each bar, raw fixed point; null when the series carries no actions. */
    private final long[] dividendRaw;
    /** New shares per old share of a split going ex on each bar, raw fixed point; null when none are carried. */
    private final long[] splitRatioRaw;

    private BarSeries(Builder b) {
        this.instrument = b.instrument;
        this.spec = b.spec;
        this.label = BarLabel.START;
        this.size = b.size;
        this.tsNanos = trimmed(b.tsNanos, size);
        this.openRaw = trimmed(b.openRaw, size);
        this.highRaw = trimmed(b.highRaw, size);
        this.lowRaw = trimmed(b.lowRaw, size);
        this.closeRaw = trimmed(b.closeRaw, size);
        this.volume = b.volume.length == size ? b.volume : Arrays.copyOf(b.volume, size);
        this.dividendRaw = null;
        this.splitRatioRaw = null;
        b.release();
    }

    /** Adopts columns of equal length (see {@link #ofColumns}). */
    private BarSeries(InstrumentId instrument, BarSpec spec, long[] tsNanos, long[] openRaw, long[] highRaw, long[] lowRaw,
                      long[] closeRaw, double[] volume) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.label = BarLabel.START;
        this.size = tsNanos.length;
        if (openRaw.length != size || highRaw.length != size || lowRaw.length != size || closeRaw.length != size
                || volume.length != size) {
            throw new IllegalArgumentException("columns must have " + size + " values each");
        }
        this.tsNanos = tsNanos;
        this.openRaw = openRaw;
        this.highRaw = highRaw;
        this.lowRaw = lowRaw;
        this.closeRaw = closeRaw;
        this.volume = volume;
        this.dividendRaw = null;
        this.splitRatioRaw = null;
    }

    /** The bars of {@code bars} (shared, they never change) with another label and corporate-action columns (or none). */
    private BarSeries(BarSeries bars, BarLabel label, long[] dividendRaw, long[] splitRatioRaw) {
        this.instrument = bars.instrument;
        this.spec = bars.spec;
        this.label = Objects.requireNonNull(label, "label");
        this.size = bars.size;
        this.tsNanos = bars.tsNanos;
        this.openRaw = bars.openRaw;
        this.highRaw = bars.highRaw;
        this.lowRaw = bars.lowRaw;
        this.closeRaw = bars.closeRaw;
        this.volume = bars.volume;
        this.dividendRaw = dividendRaw;
        this.splitRatioRaw = splitRatioRaw;
    }

    /** The builder's array itself when it is exactly full (the builder gives it up), else a trimmed copy. */
    private static long[] trimmed(long[] values, int size) {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    private static double[] toDoubles(long[] raw) {
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = FixedPoint.priceToDouble(raw[i]);
        }
        return out;
    }

    /** A builder with room for {@code expectedSize} bars (it grows as needed). */
    public static Builder builder(InstrumentId instrument, BarSpec spec, int expectedSize) {
        return new Builder(instrument, spec, expectedSize);
    }

    /**
     * A series that takes over columns of equal length without copying them, for loaders of large files: the
     * caller must not change the arrays afterwards. Timestamps are nanoseconds since the epoch (UTC) in time order,
     * prices raw fixed point, volumes in units of the instrument; the caller validates the values.
     *
     * @throws IllegalArgumentException if the columns differ in length
     */
    public static BarSeries ofColumns(InstrumentId instrument, BarSpec spec, long[] tsNanos, long[] openRaw, long[] highRaw,
                                      long[] lowRaw, long[] closeRaw, double[] volume) {
        return new BarSeries(instrument, spec, tsNanos, openRaw, highRaw, lowRaw, closeRaw, volume);
    }

    /** Instrument of every bar. */
    public InstrumentId instrument() {
        return instrument;
    }

    /** Bar length. */
    public BarSpec spec() {
        return spec;
    }

    /** Which end of each bar the timestamps name. */
    public BarLabel label() {
        return label;
    }

    /** The same bars (shared, not copied) with timestamps naming the given end of each bar. */
    public BarSeries withLabel(BarLabel value) {
        return value == label ? this : new BarSeries(this, value, dividendRaw, splitRatioRaw);
    }

    /** Number of bars. */
    public int size() {
        return size;
    }

    /** True when there are no bars. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Timestamp of bar {@code i}, nanoseconds since the epoch (UTC). */
    public long tsNanos(int i) {
        return tsNanos[i];
    }

    /** Open of bar {@code i}, raw fixed point. */
    public long openRaw(int i) {
        return openRaw[i];
    }

    /** High of bar {@code i}, raw fixed point. */
    public long highRaw(int i) {
        return highRaw[i];
    }

    /** Low of bar {@code i}, raw fixed point. */
    public long lowRaw(int i) {
        return lowRaw[i];
    }

    /** Close of bar {@code i}, raw fixed point. */
    public long closeRaw(int i) {
        return closeRaw[i];
    }

    /** Open of bar {@code i} (the double nearest the exact price). */
    public double open(int i) {
        return FixedPoint.priceToDouble(openRaw[i]);
    }

    /** High of bar {@code i}. */
    public double high(int i) {
        return FixedPoint.priceToDouble(highRaw[i]);
    }

    /** Low of bar {@code i}. */
    public double low(int i) {
        return FixedPoint.priceToDouble(lowRaw[i]);
    }

    /** Close of bar {@code i}. */
    public double close(int i) {
        return FixedPoint.priceToDouble(closeRaw[i]);
    }

    /** Volume of bar {@code i}. */
    public double volume(int i) {
        return volume[i];
    }

    /** Bar {@code i} as an immutable value. */
    public OhlcvBar bar(int i) {
        Objects.checkIndex(i, size);
        return new OhlcvBar(instrument, tsNanos[i], openRaw[i], highRaw[i], lowRaw[i], closeRaw[i], volume[i]);
    }

    /** True when the series carries corporate-action columns ({@link #withCorporateActions}). */
    public boolean hasCorporateActions() {
        return dividendRaw != null;
    }

    /** True when a dividend or a split goes ex on bar {@code i}. */
    public boolean hasCorporateAction(int i) {
        return dividendRaw != null && (dividendRaw[i] != 0 || splitRatioRaw[i] != Scales.RATIO);
    }

    /** Cash dividend per share going ex on bar {@code i}, raw fixed point in the price currency; 0 when none. */
    public long dividendRaw(int i) {
        return dividendRaw == null ? 0 : dividendRaw[i];
    }

    /**
     * Split ratio going ex on bar {@code i}: new shares per old share, raw fixed point (4-for-1: 4; 1-for-10 reverse
     * split: 0.1); {@link Scales#RATIO} (1) when none.
     */
    public long splitRatioRaw(int i) {
        return splitRatioRaw == null ? Scales.RATIO : splitRatioRaw[i];
    }

    /**
     * The same bars carrying corporate actions, aligned with the bars (index {@code i} belongs to bar {@code i}):
     * the cash dividend per share (raw fixed point, 0 when none) and the split ratio (new shares per old share,
     * raw fixed point, {@link Scales#RATIO} when none) going ex on each bar. The prices must be raw (as traded),
     * not adjusted for these actions. The arrays are copied.
     *
     * @throws IllegalArgumentException if a column's length differs from the series' size, a dividend is negative
     *                                  or a ratio is not positive
     */
    public BarSeries withCorporateActions(long[] dividendRaw, long[] splitRatioRaw) {
        if (dividendRaw.length != size || splitRatioRaw.length != size) {
            throw new IllegalArgumentException("corporate-action columns must have " + size + " values, got "
                    + dividendRaw.length + " dividends and " + splitRatioRaw.length + " split ratios");
        }
        for (int i = 0; i < size; i++) {
            if (dividendRaw[i] < 0 || splitRatioRaw[i] <= 0) {
                throw new IllegalArgumentException(instrument + " bar " + i + ": dividend must be >= 0 and split ratio > 0, got "
                        + FixedPoint.formatPrice(dividendRaw[i]) + " and " + FixedPoint.formatRatio(splitRatioRaw[i]));
            }
        }
        return new BarSeries(this, label, dividendRaw.clone(), splitRatioRaw.clone());
    }

    /** The same bars without corporate actions (this series when it carries none). */
    public BarSeries withoutCorporateActions() {
        return dividendRaw == null ? this : new BarSeries(this, label, null, null);
    }

    /** A copy of the timestamps. */
    public long[] timestamps() {
        return tsNanos.clone();
    }

    /** The opens as doubles (a new array). */
    public double[] opens() {
        return toDoubles(openRaw);
    }

    /** The highs as doubles (a new array). */
    public double[] highs() {
        return toDoubles(highRaw);
    }

    /** The lows as doubles (a new array). */
    public double[] lows() {
        return toDoubles(lowRaw);
    }

    /** The closes as doubles (a new array). */
    public double[] closes() {
        return toDoubles(closeRaw);
    }

    /** A copy of the volumes. */
    public double[] volumes() {
        return volume.clone();
    }

    /** The first {@code count} bars (used to prove that no result depends on later bars). */
    public BarSeries head(int count) {
        return slice(0, count);
    }

    /** Bars {@code from} (inclusive) to {@code to} (exclusive), with this series' label and corporate actions. */
    public BarSeries slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        Builder b = builder(instrument, spec, to - from);
        for (int i = from; i < to; i++) {
            b.add(tsNanos[i], openRaw[i], highRaw[i], lowRaw[i], closeRaw[i], volume[i]);
        }
        return withActionsOf(b.build(), from, to);
    }

    /** The same bars (label and corporate actions too) under another instrument id. */
    public BarSeries withInstrument(InstrumentId other) {
        Builder b = builder(other, spec, size);
        for (int i = 0; i < size; i++) {
            b.add(tsNanos[i], openRaw[i], highRaw[i], lowRaw[i], closeRaw[i], volume[i]);
        }
        return withActionsOf(b.build(), 0, size);
    }

    /** {@code bars} with this series' label and corporate actions of bars {@code from} to {@code to} (exclusive), if any. */
    private BarSeries withActionsOf(BarSeries bars, int from, int to) {
        return dividendRaw == null ? bars.withLabel(label)
                : new BarSeries(bars, label, Arrays.copyOfRange(dividendRaw, from, to), Arrays.copyOfRange(splitRatioRaw, from, to));
    }

    @Override
    public String toString() {
        return "BarSeries[" + instrument + " " + spec + " x" + size + "]";
    }

    /** Appends bars in time order; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {
        private final InstrumentId instrument;
        private final BarSpec spec;
        private int size;
        private long[] tsNanos;
        private long[] openRaw;
        private long[] highRaw;
        private long[] lowRaw;
        private long[] closeRaw;
        private double[] volume;
        private boolean shared;

        private Builder(InstrumentId instrument, BarSpec spec, int expectedSize) {
            this.instrument = Objects.requireNonNull(instrument, "instrument");
            this.spec = Objects.requireNonNull(spec, "spec");
            int capacity = Math.max(16, expectedSize);
            tsNanos = new long[capacity];
            openRaw = new long[capacity];
            highRaw = new long[capacity];
            lowRaw = new long[capacity];
            closeRaw = new long[capacity];
            volume = new double[capacity];
        }

        /** Appends one bar (prices raw fixed point). The caller validates the values. */
        public Builder add(long tsNanos, long openRaw, long highRaw, long lowRaw, long closeRaw, double volume) {
            if (size == this.tsNanos.length || shared) {
                grow();
            }
            this.tsNanos[size] = tsNanos;
            this.openRaw[size] = openRaw;
            this.highRaw[size] = highRaw;
            this.lowRaw[size] = lowRaw;
            this.closeRaw[size] = closeRaw;
            this.volume[size] = volume;
            size++;
            return this;
        }

        /** Appends one bar. */
        public Builder add(Bar bar) {
            return add(bar.tsNanos(), bar.openRaw(), bar.highRaw(), bar.lowRaw(), bar.closeRaw(), bar.volume());
        }

        /** Number of bars added so far. */
        public int size() {
            return size;
        }

        private void grow() {
            shared = false;
            int capacity = Math.max(16, tsNanos.length * 2);
            tsNanos = Arrays.copyOf(tsNanos, capacity);
            openRaw = Arrays.copyOf(openRaw, capacity);
            highRaw = Arrays.copyOf(highRaw, capacity);
            lowRaw = Arrays.copyOf(lowRaw, capacity);
            closeRaw = Arrays.copyOf(closeRaw, capacity);
            volume = Arrays.copyOf(volume, capacity);
        }

        /**
         * The series of the bars added so far. A full builder hands its arrays to the series without copying;
         * adding more bars afterwards copies them first, so a built series never changes.
         */
        public BarSeries build() {
            return new BarSeries(this);
        }

        private void release() {
            shared = true;
        }
    }
}
