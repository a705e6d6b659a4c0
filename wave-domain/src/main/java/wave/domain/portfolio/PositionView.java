package wave.domain.portfolio;

import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;

/**
 * Read-only view of the holding of one instrument, as strategies see it. It is the live {@link Position} itself,
 * typed as an interface without its mutators (fills, marks and corporate actions are booked by the kernel), so every
 * value is current when read and nothing is copied. Quantities, prices and money are raw fixed point (9 decimals,
 * {@code 1.5} is {@code 1_500_000_000}); money is in the instrument's quote currency.
 */
public interface PositionView {
    /** The instrument held. */
    Instrument instrument();

    /** Instrument id. */
    InstrumentId instrumentId();

    /** Signed quantity held, raw (negative = short). */
    long quantityRaw();

    /** True when nothing is held. */
    boolean isFlat();

    /** Signed cost basis of the open quantity, raw money. */
    long costBasisRaw();

    /** Average entry price of the open quantity (rounded half-even), raw; zero when flat. */
    long averagePriceRaw();

    /** Last mark price (the latest close the kernel marked the position at), raw. */
    long markRaw();

    /** Signed market value at the mark, raw money. */
    long marketValueRaw();

    /** Unrealised P&amp;L at the mark, raw money. */
    long unrealizedPnlRaw();

    /** Realised P&amp;L since the start, before fees, raw money. */
    long realizedPnlRaw();

    /** Fees paid on this instrument, raw money. */
    long commissionRaw();

    /** Net dividends received on this instrument (paid on shorts count negative), raw money. */
    long dividendRaw();

    /** Borrow fees paid on this instrument's short positions, raw money. */
    long borrowFeeRaw();
}
