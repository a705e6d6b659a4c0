package wave.data.csv;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import wave.domain.market.BarLabel;

/**
 * How to read bars from a CSV file: where each column is, how timestamps are written, the delimiter, the
 * time zone of the timestamps and whether the first line is a header.
 *
 * <p>Every column in {@link #columns} must exist in the file. The bar time comes either from one
 * {@link Field#TIMESTAMP} column (a date-time, or a date alone for daily bars) or from a {@link Field#DATE}
 * column plus an optional {@link Field#TIME} column. Patterns use {@link java.time.format.DateTimeFormatter}
 * syntax; {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd'T'HH:mm:ss[.SSS]} and
 * {@code HH:mm:ss} are parsed by a fast hand-written path. Timestamps are read in {@link #zone} and stored
 * as UTC; a date alone stands for 00:00 of that date. {@link #label} says which end of each bar the time names.
 *
 * @param columns          column of each field; OPEN, HIGH, LOW, CLOSE and TIMESTAMP or DATE are required,
 *                         VOLUME is optional (volume 0 when absent)
 * @param timestampPattern pattern of the TIMESTAMP column
 * @param datePattern      pattern of the DATE column
 * @param timePattern      pattern of the TIME column
 * @param delimiter        field separator (ASCII)
 * @param zone             zone of the timestamps in the file (UTC by default)
 * @param header           whether the first line is a header to skip
 * @param columnNames      names to use instead of the header (or for a file without one), or null to use the
 *                         header; the number of names is the number of fields every row must have
 * @param label            which end of each bar its time names ({@link BarLabel#START} unless set; detected as
 *                         {@link BarLabel#END} for backtrader's files)
 */
public record CsvFormat(Map<Field, CsvColumn> columns, String timestampPattern, String datePattern,
                        String timePattern, char delimiter, ZoneId zone, boolean header, List<String> columnNames,
                        BarLabel label) {

    /** What a column holds. */
    public enum Field {
        /** Date-time (or date alone) of the bar. */
        TIMESTAMP,
        /** Date of the bar, combined with {@link #TIME} when present. */
        DATE,
        /** Time of day of the bar. */
        TIME,
        /** Open price. */
        OPEN,
        /** High price. */
        HIGH,
        /** Low price. */
        LOW,
        /** Close price. */
        CLOSE,
        /** Volume (units of the instrument). */
        VOLUME,
        /** Close adjusted for splits and dividends. */
        ADJ_CLOSE,
        /** Cash dividend per share on its ex-date. */
        DIVIDEND,
        /** Split coefficient (new shares per old share) on its ex-date, otherwise 1. */
        SPLIT_COEFFICIENT
    }

    /** The default timestamp pattern of {@link #ohlcv()}. */
    public static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";
    /** ISO date pattern. */
    public static final String DATE_PATTERN = "yyyy-MM-dd";
    /** ISO time pattern. */
    public static final String TIME_PATTERN = "HH:mm:ss";

    /** Validates the column set, the patterns and the delimiter; copies the collections. */
    public CsvFormat {
        columns = Map.copyOf(Objects.requireNonNull(columns, "columns"));
        for (Field required : List.of(Field.OPEN, Field.HIGH, Field.LOW, Field.CLOSE)) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("a CSV format needs a " + required + " column");
            }
        }
        if (columns.containsKey(Field.TIMESTAMP) == columns.containsKey(Field.DATE)) {
            throw new IllegalArgumentException("a CSV format needs either a TIMESTAMP column or a DATE column, not both");
        }
        if (columns.containsKey(Field.TIME) && !columns.containsKey(Field.DATE)) {
            throw new IllegalArgumentException("a TIME column needs a DATE column");
        }
        requireDistinct(columns);
        TimestampParser.dateTime(Objects.requireNonNull(timestampPattern, "timestampPattern"));
        TimestampParser.dateTime(Objects.requireNonNull(datePattern, "datePattern"));
        TimestampParser.time(Objects.requireNonNull(timePattern, "timePattern"));
        if (delimiter > 127 || delimiter == '\n' || delimiter == '\r' || delimiter == '.' || Character.isLetterOrDigit(delimiter)) {
            throw new IllegalArgumentException("delimiter must be an ASCII separator, got '" + delimiter + "'");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(label, "label");
        if (columnNames != null) {
            columnNames = List.copyOf(columnNames);
            if (columnNames.isEmpty()) {
                throw new IllegalArgumentException("columnNames must not be empty (use null to read the header)");
            }
        }
    }

    /**
     * Generic OHLCV: header {@code timestamp,open,high,low,close,volume}, timestamps {@code yyyy-MM-dd HH:mm:ss}
     * in UTC, comma-separated.
     */
    public static CsvFormat ohlcv() {
        Map<Field, CsvColumn> columns = new EnumMap<>(Field.class);
        columns.put(Field.TIMESTAMP, CsvColumn.named("timestamp"));
        columns.put(Field.OPEN, CsvColumn.named("open"));
        columns.put(Field.HIGH, CsvColumn.named("high"));
        columns.put(Field.LOW, CsvColumn.named("low"));
        columns.put(Field.CLOSE, CsvColumn.named("close"));
        columns.put(Field.VOLUME, CsvColumn.named("volume"));
        return new CsvFormat(columns, DATE_TIME_PATTERN, DATE_PATTERN, TIME_PATTERN, ',', ZoneOffset.UTC, true, null,
                BarLabel.START);
    }

    /** Yahoo Finance daily: {@code Date,Open,High,Low,Close,Adj Close,Volume}, dates {@code yyyy-MM-dd}. */
    public static CsvFormat yahoo() {
        return ohlcv().withTimestamp(CsvColumn.named("Date"), DATE_PATTERN)
                .withColumn(Field.OPEN, CsvColumn.named("Open"))
                .withColumn(Field.HIGH, CsvColumn.named("High"))
                .withColumn(Field.LOW, CsvColumn.named("Low"))
                .withColumn(Field.CLOSE, CsvColumn.named("Close"))
                .withColumn(Field.ADJ_CLOSE, CsvColumn.named("Adj Close"))
                .withColumn(Field.VOLUME, CsvColumn.named("Volume"));
    }

    /**
     * Alpha Vantage TIME_SERIES_DAILY_ADJUSTED: {@code timestamp,open,high,low,close,adjusted_close,volume,
     * dividend_amount,split_coefficient}, dates {@code yyyy-MM-dd}, raw (unadjusted) prices.
     */
    public static CsvFormat alphaVantage() {
        return ohlcv().withTimestamp(CsvColumn.named("timestamp"), DATE_PATTERN)
                .withColumn(Field.ADJ_CLOSE, CsvColumn.named("adjusted_close"))
                .withColumn(Field.DIVIDEND, CsvColumn.named("dividend_amount"))
                .withColumn(Field.SPLIT_COEFFICIENT, CsvColumn.named("split_coefficient"));
    }

    /** This format with {@code field} read from {@code column}. */
    public CsvFormat withColumn(Field field, CsvColumn column) {
        Map<Field, CsvColumn> copy = new EnumMap<>(columns);
        copy.put(field, Objects.requireNonNull(column, "column"));
        return new CsvFormat(copy, timestampPattern, datePattern, timePattern, delimiter, zone, header, columnNames, label);
    }

    /** This format without a column for {@code field}. */
    public CsvFormat withoutColumn(Field field) {
        Map<Field, CsvColumn> copy = new EnumMap<>(columns);
        copy.remove(field);
        return new CsvFormat(copy, timestampPattern, datePattern, timePattern, delimiter, zone, header, columnNames, label);
    }

    /** This format reading the bar time from one timestamp column written in {@code pattern}. */
    public CsvFormat withTimestamp(CsvColumn column, String pattern) {
        Map<Field, CsvColumn> copy = new EnumMap<>(columns);
        copy.remove(Field.DATE);
        copy.remove(Field.TIME);
        copy.put(Field.TIMESTAMP, Objects.requireNonNull(column, "column"));
        return new CsvFormat(copy, pattern, datePattern, timePattern, delimiter, zone, header, columnNames, label);
    }

    /** This format reading the bar time from a date column and a time-of-day column. */
    public CsvFormat withDateAndTime(CsvColumn date, String datePattern, CsvColumn time, String timePattern) {
        Map<Field, CsvColumn> copy = new EnumMap<>(columns);
        copy.remove(Field.TIMESTAMP);
        copy.put(Field.DATE, Objects.requireNonNull(date, "date"));
        copy.put(Field.TIME, Objects.requireNonNull(time, "time"));
        return new CsvFormat(copy, timestampPattern, datePattern, timePattern, delimiter, zone, header, columnNames, label);
    }

    /** This format with another field delimiter. */
    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(columns, timestampPattern, datePattern, timePattern, newDelimiter, zone, header, columnNames, label);
    }

    /** This format reading timestamps in another zone. */
    public CsvFormat withZone(ZoneId newZone) {
        return new CsvFormat(columns, timestampPattern, datePattern, timePattern, delimiter, newZone, header, columnNames, label);
    }

    /** This format with or without a header line. */
    public CsvFormat withHeader(boolean hasHeader) {
        return new CsvFormat(columns, timestampPattern, datePattern, timePattern, delimiter, zone, hasHeader, columnNames, label);
    }

    /** This format naming the columns itself (instead of, or in the absence of, the header). */
    public CsvFormat withColumnNames(List<String> names) {
        return new CsvFormat(columns, timestampPattern, datePattern, timePattern, delimiter, zone, header, names, label);
    }

    /** This format with bar times naming the given end of each bar. */
    public CsvFormat withLabel(BarLabel value) {
        return new CsvFormat(columns, timestampPattern, datePattern, timePattern, delimiter, zone, header, columnNames, value);
    }

    private static void requireDistinct(Map<Field, CsvColumn> columns) {
        Set<String> seen = new HashSet<>();
        for (CsvColumn column : columns.values()) {
            String key = column.name() != null ? column.name().trim().toLowerCase(Locale.ROOT) : "#" + column.index();
            if (!seen.add(key)) {
                throw new IllegalArgumentException("column " + column + " is used for two fields: " + columns);
            }
        }
    }
}
