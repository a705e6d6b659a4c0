package wave.engine.port;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.ClientOrderId;

/**
 * Asks the venue to modify a working order in place (same id): its new total quantity and prices. The kernel has
 * checked the terms against the order's type and filled quantity before sending. Prices and quantities are raw fixed
 * point.
 *
 * @param clientOrderId the kernel's id of the order
 * @param instrument    its instrument
 * @param quantityRaw   new total ordered quantity, fills included, raw
 * @param limitPriceRaw new limit price, raw, or 0 when the type has none
 * @param stopPriceRaw  new stop price, raw, or 0 when the type has none
 * @param tsNanos       when the kernel asked, nanoseconds since the epoch (UTC)
 */
public record ModifyOrder(ClientOrderId clientOrderId, InstrumentId instrument, long quantityRaw, long limitPriceRaw,
                          long stopPriceRaw, long tsNanos) {
    /** Requires the id and instrument. */
    public ModifyOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(instrument, "instrument");
    }
}
