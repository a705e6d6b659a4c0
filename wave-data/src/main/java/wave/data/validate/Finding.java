package wave.data.validate;

import java.util.Objects;

/**
 * One problem found in the input.
 *
 * @param line    1-based source line of the row concerned
 * @param kind    what is wrong
 * @param message what was found, with the values
 * @param action  what the validator did
 * @param detail  how it was repaired or which row was kept; empty when there is nothing to add
 */
public record Finding(int line, Kind kind, String message, Action action, String detail) {
    /** Kinds of findings. */
    public enum Kind {
        /** A timestamp earlier than the previous row's. */
        UNSORTED,
        /** A timestamp equal to another row's. */
        DUPLICATE_TIMESTAMP,
        /** Spacing to the previous bar longer than the gap threshold (reported only). */
        GAP,
        /** Low above high, or open or close outside [low, high]. */
        OHLC_INCONSISTENT,
        /** A price that is zero or negative. */
        NON_POSITIVE_PRICE,
        /** A negative (or NaN) volume. */
        NEGATIVE_VOLUME,
        /** A close-to-close log return with a robust z-score above the threshold (reported only). */
        OUTLIER
    }

    /** What was done about a finding. */
    public enum Action {
        /** The row breaks a rule under {@link ValidationPolicy#FAIL}. */
        FAILED,
        /** The row was removed. */
        DROPPED,
        /** The row was changed as the detail says. */
        REPAIRED,
        /** Only reported; the data was kept as it is. */
        REPORTED
    }

    /** Requires the kind, message, action and detail. */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code source:line: KIND: message -> action (detail)}. */
    public String format(String source) {
        String done = action.name().toLowerCase(java.util.Locale.ROOT);
        return source + ":" + line + ": " + kind + ": " + message + " -> " + done + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
