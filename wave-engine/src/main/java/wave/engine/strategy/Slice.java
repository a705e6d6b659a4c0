package wave.engine.strategy;

import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.engine.market.InstrumentTable;
import wave.engine.market.MarketFeed;

/**
 * Everything that became known at one time: the bars of the instruments that have one in this step (LEAN's
 * {@code Slice}). The bars are views valid during the callback ({@link Bar#snapshot()} keeps one); the slice itself is
 * reused from step to step.
 */
public final class Slice {
    private final InstrumentTable instruments;
    private MarketFeed step;
    private long nowNanos;

    /** A slice over the session's instruments. */
    public Slice(InstrumentTable instruments) {
        this.instruments = instruments;
    }

    /** Points the slice at the current step (kernel use). */
    public void of(MarketFeed current, long timeNanos) {
        this.step = current;
        this.nowNanos = timeNanos;
    }

    /** When these bars became known, nanoseconds since the epoch (UTC). */
    public long nowNanos() {
        return nowNanos;
    }

    /** Number of bars in the slice. */
    public int size() {
        return step.updatedCount();
    }

    /** The {@code i}-th bar ({@code 0 <= i < size()}). */
    public Bar bar(int i) {
        return step.bar(step.updatedInstrument(i));
    }

    /** The bar of {@code instrument} in this slice, or null when it has none at this time. */
    public Bar bar(InstrumentId instrument) {
        if (!instruments.contains(instrument)) {
            return null;
        }
        int k = instruments.indexOf(instrument);
        for (int i = 0; i < step.updatedCount(); i++) {
            if (step.updatedInstrument(i) == k) {
                return step.bar(k);
            }
        }
        return null;
    }
}
