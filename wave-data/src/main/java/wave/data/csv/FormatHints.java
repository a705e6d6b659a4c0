package wave.data.csv;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import wave.data.csv.CsvFormat.Field;

/**
 * What the user says about a generic CSV file, over what detection finds: header names of some columns, the pattern
 * of the date (or timestamp) column and the time zone of the timestamps. Columns not named are still found by their
 * usual names.
 *
 * @param columns     header name of each named field (may be empty)
 * @param datePattern pattern of the date or timestamp column ({@link java.time.format.DateTimeFormatter} syntax), or null
 *                    to detect it
 * @param zone        time zone of the timestamps in the file, or null for UTC
 */
public record FormatHints(Map<Field, String> columns, String datePattern, ZoneId zone) {
    /** Copies the columns; checks the pattern. */
    public FormatHints {
        columns = Map.copyOf(columns);
        if (datePattern != null) {
            try {
                TimestampParser.dateTime(datePattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--date-format '" + datePattern + "' not understood (" + e.getMessage()
                        + "); expected a pattern such as dd/MM/yyyy or yyyy-MM-dd HH:mm");
            }
        }
    }

    /** No hints: everything is detected. */
    public static FormatHints none() {
        return new FormatHints(Map.of(), null, null);
    }

    /** True when nothing is given. */
    public boolean isEmpty() {
        return columns.isEmpty() && datePattern == null && zone == null;
    }

    /**
     * Parses {@code field=Header,...}, e.g. {@code date=Date,close=Close,volume=Vol}; fields are {@code date},
     * {@code timestamp}, {@code time}, {@code open}, {@code high}, {@code low}, {@code close}, {@code volume},
     * {@code adj-close}, {@code dividend} and {@code split}.
     *
     * @throws IllegalArgumentException naming the entry and what was expected
     */
    public static Map<Field, String> parseColumns(String text) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (String entry : text.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("--columns entry '" + entry + "': expected FIELD=HEADER, e.g. close=Close");
            }
            Field field = field(entry.substring(0, eq).trim());
            if (columns.put(field, entry.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("--columns names " + entry.substring(0, eq).trim() + " twice");
            }
        }
        return columns;
    }

    /**
     * Parses a time zone such as {@code America/New_York}, {@code UTC} or {@code +01:00}.
     *
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--time-zone '" + text + "' not understood; expected a region such as"
                    + " America/New_York, UTC or an offset such as +01:00");
        }
    }

    private static Field field(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "date" -> Field.DATE;
            case "timestamp", "datetime" -> Field.TIMESTAMP;
            case "time" -> Field.TIME;
            case "open" -> Field.OPEN;
            case "high" -> Field.HIGH;
            case "low" -> Field.LOW;
            case "close" -> Field.CLOSE;
            case "volume" -> Field.VOLUME;
            case "adj-close", "adj_close" -> Field.ADJ_CLOSE;
            case "dividend" -> Field.DIVIDEND;
            case "split" -> Field.SPLIT_COEFFICIENT;
            default -> throw new IllegalArgumentException("--columns field '" + name + "' not understood; expected date, timestamp,"
                    + " time, open, high, low, close, volume, adj-close, dividend or split");
        };
    }
}
