package wave.engine.port;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;

/**
 * A position as the venue sees it, in answer to a query.
 *
 * @param instrument  the instrument held
 * @param quantityRaw signed quantity, raw fixed point: positive long, negative short
 * @param tsNanos     as of when, nanoseconds since the epoch (UTC)
 */
public record PositionReport(InstrumentId instrument, long quantityRaw, long tsNanos) {
    /** Requires the instrument. */
    public PositionReport {
        Objects.requireNonNull(instrument, "instrument");
    }
}
