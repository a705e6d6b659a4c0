package wave.domain.market;

import wave.domain.instrument.InstrumentId;

/**
 * Best bid and ask at one instant, as a live feed delivers them.
 *
 * @param instrument  the instrument
 * @param tsNanos     when the quote became known, nanoseconds since the epoch (UTC)
 * @param bidRaw      best bid price, raw fixed point
 * @param askRaw      best ask price, raw fixed point
 * @param bidSizeRaw  quantity at the bid, raw fixed point
 * @param askSizeRaw  quantity at the ask, raw fixed point
 */
public record QuoteTick(InstrumentId instrument, long tsNanos, long bidRaw, long askRaw, long bidSizeRaw, long askSizeRaw) {
}
