package wave.domain.market;

import wave.domain.instrument.InstrumentId;

/**
 * An immutable bar.
 *
 * @param instrument instrument of the bar
 * @param tsNanos    timestamp, nanoseconds since the epoch (UTC)
 * @param openRaw    open, raw fixed point (x 10^9)
 * @param highRaw    high, raw fixed point
 * @param lowRaw     low, raw fixed point
 * @param closeRaw   close, raw fixed point
 * @param volume     traded volume
 */
public record OhlcvBar(InstrumentId instrument, long tsNanos, long openRaw, long highRaw, long lowRaw, long closeRaw,
                       double volume) implements Bar {
    @Override
    public OhlcvBar snapshot() {
        return this;
    }
}
