package wave.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert: what happened, when, a one-line title and a text with the numbers.
 *
 * @param kind    what it is about
 * @param tsNanos when, nanoseconds since the epoch (UTC), on the kernel's clock
 * @param title   one line, e.g. {@code FILL O-7 BUY 100 ACME.SIM @ 10.5}
 * @param text    details (may be empty)
 */
public record Alert(AlertKind kind, long tsNanos, String title, String text) {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Requires every field. */
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** The time as an ISO-8601 UTC instant. */
    public String time() {
        return Instant.ofEpochSecond(Math.floorDiv(tsNanos, NANOS_PER_SECOND), Math.floorMod(tsNanos, NANOS_PER_SECOND))
                .toString();
    }

    /** Title and text as plain text, for chat and mail: {@code [time] title}, then the text on the next line. */
    public String plainText() {
        return "[" + time() + "] " + title + (text.isEmpty() ? "" : "\n" + text);
    }
}
