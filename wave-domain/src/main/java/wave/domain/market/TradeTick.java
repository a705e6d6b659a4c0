package wave.domain.market;

import wave.domain.instrument.InstrumentId;

/**
 * One trade printed by the market, as a live feed delivers it.
 *
 * @param instrument  the instrument
 * @param tsNanos     when the trade became known, nanoseconds since the epoch (UTC)
 * @param priceRaw    trade price, raw fixed point
 * @param sizeRaw     traded quantity, raw fixed point
 */
public record TradeTick(InstrumentId instrument, long tsNanos, long priceRaw, long sizeRaw) {
}
