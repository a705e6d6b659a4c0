package wave.engine.port;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.ClientOrderId;

/**
 * Asks the venue to cancel one order.
 *
 * @param clientOrderId the kernel's id of the order
 * @param instrument    its instrument (venues index orders by instrument)
 * @param reason        why, e.g. {@code canceled by strategy} or {@code OCO: O-3 filled}; a venue that cancels echoes
 *                      it in its {@link ExecutionReport.Canceled} report, as the simulated exchange does
 * @param tsNanos       when the kernel asked, nanoseconds since the epoch (UTC)
 */
public record CancelOrder(ClientOrderId clientOrderId, InstrumentId instrument, String reason, long tsNanos) {
    /** Requires the id, instrument and reason. */
    public CancelOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(reason, "reason");
    }
}
