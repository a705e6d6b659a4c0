package wave.engine.kernel;

import wave.domain.market.Bar;
import wave.engine.market.InstrumentTable;
import wave.engine.market.MarketFeed;

/** One bar received from a live feed, presented to the kernel's step as a one-instrument time step. */
final class LiveStep implements MarketFeed {
    private final InstrumentTable instruments;
    private int instrument;
    private Bar bar;
    private long tsNanos;
    private long availableNanos;

    LiveStep(InstrumentTable instruments) {
        this.instruments = instruments;
    }

    /**
     * Holds {@code bar} as the current step.
     *
     * @throws IllegalArgumentException if the session does not trade its instrument
     */
    void hold(Bar value, long atNanos) {
        hold(value, atNanos, atNanos);
    }

    /**
     * Holds {@code bar} as the current step, labelled {@code labelNanos} and known since {@code knownNanos} (a replayed
     * bar, as the historical feed presents it).
     *
     * @throws IllegalArgumentException if the session does not trade its instrument
     */
    void hold(Bar value, long labelNanos, long knownNanos) {
        if (!instruments.contains(value.instrument())) {
            throw new IllegalArgumentException("bar of " + value.instrument() + ", which this session does not trade");
        }
        this.instrument = instruments.indexOf(value.instrument());
        this.bar = value;
        this.tsNanos = labelNanos;
        this.availableNanos = knownNanos;
    }

    @Override
    public boolean advance() {
        return false;
    }

    @Override
    public long tsNanos() {
        return tsNanos;
    }

    /** A live bar is handled when it arrives (its availability time is the step's time); a replayed one when it became known. */
    @Override
    public long availableNanos() {
        return availableNanos;
    }

    /**
     * The bar's label: the start of a replayed start-labelled bar; a live bar, or a replayed end-labelled one, does not
     * carry its start, so it counts as starting when it was labelled (orders sent before that still match it).
     */
    @Override
    public long barStartNanos(int instrumentIndex) {
        return tsNanos;
    }

    @Override
    public int updatedCount() {
        return 1;
    }

    @Override
    public int updatedInstrument(int i) {
        return instrument;
    }

    @Override
    public Bar bar(int instrumentIndex) {
        return bar;
    }

    @Override
    public double progress() {
        return Double.NaN;
    }
}
