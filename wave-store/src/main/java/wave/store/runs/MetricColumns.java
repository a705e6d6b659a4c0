package wave.store.runs;

import java.time.Instant;

/**
 * How a {@link MetricValue}'s value is kept in {@code run_metric}: a finite number in {@code value_number}; a time
 * (ISO-8601 UTC) or a non-finite number ({@code NaN}, {@code Infinity}, {@code -Infinity}) in {@code value_text},
 * since SQLite stores NaN as null; an undefined value as two nulls.
 */
final class MetricColumns {
    private MetricColumns() {
    }

    /** The {@code value_number} column of a value. */
    static Double number(Object value) {
        return switch (value) {
            case Integer i -> i.doubleValue();
            case Double d when Double.isFinite(d) -> d;
            case null, default -> null;
        };
    }

    /** The {@code value_text} column of a value. */
    static String text(Object value) {
        return switch (value) {
            case Instant t -> t.toString();
            case Double d when !Double.isFinite(d) -> d.toString();
            case null, default -> null;
        };
    }

    /** The value of the two columns, typed by the unit (see {@link MetricValue}). */
    static Object value(String unit, Double number, String text) {
        return switch (unit) {
            case "count" -> number == null ? null : (int) Math.round(number);
            case "time" -> text == null ? null : Instant.parse(text);
            default -> number != null ? number : text == null ? null : Double.valueOf(text);
        };
    }
}
