package wave.data.csv;

import static wave.data.csv.DecimalParser.INVALID;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import wave.data.csv.CsvFormat.Field;
import wave.data.validate.RawBars;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Scales;

/**
 * Reads CSV bytes into {@link RawBars} in place: no String per field, no regex. Fields are split on the
 * delimiter, {@code \r\n} and {@code \n} both end a line, blank lines are skipped, blanks around a field are
 * ignored. Each field is parsed by its role in the {@link ColumnLayout}.
 *
 * <p>The input is streamed through a window of {@link #WINDOW_BYTES}: memory is that window plus the columns
 * kept, whatever the size of the file. A line longer than the window is an error.
 */
final class CsvRowReader {
    // Roles are Field.ordinal() + 1 (see ColumnLayout), spelled out so that they can label switch cases.
    private static final int TIMESTAMP = 1;
    private static final int DATE = 2;
    private static final int TIME = 3;
    private static final int OPEN = 4;
    private static final int HIGH = 5;
    private static final int LOW = 6;
    private static final int CLOSE = 7;
    private static final int VOLUME = 8;
    private static final int ADJ_CLOSE = 9;
    private static final int DIVIDEND = 10;
    private static final int SPLIT = 11;
    private static final int ROLES = 12;
    /** Longest integer part, in digits, of a price on the fused fast path (cannot overflow at 10^9 scale). */
    private static final int FAST_INT_DIGITS = 18 - Scales.PRICE_DIGITS;
    /** Most digits of a double on the fused fast path (exact as mantissa / 10^k). */
    private static final int FAST_DOUBLE_DIGITS = 15;
    private static final long[] POW10 = DecimalParser.POW10;
    /** Bytes read at a time, and the longest line accepted. */
    static final int WINDOW_BYTES = 1 << 20;

    static {
        for (Field field : Field.values()) {
            int role = field.ordinal() + 1;
            int expected = switch (field) {
                case TIMESTAMP -> TIMESTAMP;
                case DATE -> DATE;
                case TIME -> TIME;
                case OPEN -> OPEN;
                case HIGH -> HIGH;
                case LOW -> LOW;
                case CLOSE -> CLOSE;
                case VOLUME -> VOLUME;
                case ADJ_CLOSE -> ADJ_CLOSE;
                case DIVIDEND -> DIVIDEND;
                case SPLIT_COEFFICIENT -> SPLIT;
            };
            if (role != expected) {
                throw new ExceptionInInitializerError("role constants out of step with CsvFormat.Field at " + field);
            }
        }
    }

    /** The rows read, and the corporate-action columns when the format has them (else null). */
    record Rows(RawBars bars, CorporateActions.Builder actions) {
    }

    private final String source;
    private final InputStream in;
    private final byte[] b;
    private final CsvFormat format;
    private final PriceColumn priceColumn;
    private final int rowsHint;
    /** Bytes of the window holding data, and the end of its last whole line (the end of the data at the end). */
    private int filled;
    private int limit;
    private boolean eof;
    /** Where the last fast-path field ended ({@link #fastRaw}, {@link #fastDouble}): its delimiter or line end. */
    private int fieldEnd;

    private CsvRowReader(String source, InputStream in, CsvFormat format, PriceColumn priceColumn, int rowsHint) {
        this.source = source;
        this.in = in;
        this.b = new byte[WINDOW_BYTES];
        this.format = format;
        this.priceColumn = priceColumn;
        this.rowsHint = rowsHint;
    }

    /**
     * Reads all rows from a stream (which the caller closes).
     *
     * @param rowsHint the number of rows to make room for, e.g. the file's line count (0 when unknown)
     * @throws DataFormatException for an empty file, missing columns, a wrong number of fields, a field that
     *                             does not parse, a line longer than {@link #WINDOW_BYTES} or binary content
     * @throws IOException         if the stream cannot be read
     */
    static Rows read(String source, InputStream in, CsvFormat format, PriceColumn priceColumn, int rowsHint) throws IOException {
        return new CsvRowReader(source, in, format, priceColumn, rowsHint).read();
    }

    private Rows read() throws IOException {
        fill(0, 0);
        TextCheck.requireText(source, b, Math.min(filled, TextCheck.SAMPLE_BYTES));
        int pos = filled >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        if (eof && isBlank(pos, filled)) {
            throw DataFormatException.of(source, 1, "expected " + (format.header() ? "a header line" : "a row of bars")
                    + ", got an empty file");
        }
        int line = 0;
        List<String> names = format.columnNames();
        if (format.header()) {
            int end = lineEnd(pos);
            if (names == null) {
                names = split(pos, end);
            }
            line = 1;
            pos = end + 1;
        }
        ColumnLayout layout = ColumnLayout.resolve(source, format, names, priceColumn);
        return parseRows(layout, pos, line);
    }

    /**
     * Moves the unread bytes from {@code pos} to the front of the window and reads more, until the window is
     * full or the input ends; {@link #limit} becomes the end of the last whole line.
     *
     * @param line the line being read, for the error when a line does not fit in the window
     * @return the new position of {@code pos} (0)
     */
    private int fill(int pos, int line) throws IOException {
        int kept = filled - pos;
        System.arraycopy(b, pos, b, 0, kept);
        filled = kept;
        while (filled < b.length && !eof) {
            int read = in.read(b, filled, b.length - filled);
            if (read < 0) {
                eof = true;
            } else {
                filled += read;
            }
        }
        limit = filled;
        if (!eof) {
            while (limit > 0 && b[limit - 1] != '\n') {
                limit--;
            }
            if (limit == 0) {
                throw DataFormatException.of(source, line + 1, "expected lines of CSV text, got " + WINDOW_BYTES
                        + " bytes without a line end: '" + DataFormatException.shorten(text(0, 200)) + "'");
            }
        }
        return 0;
    }

    private Rows parseRows(ColumnLayout layout, int start, int firstLine) throws IOException {
        final byte[] b = this.b;
        int n = limit;
        int expected = layout.expectedFields();
        final byte delimiter = (byte) format.delimiter();
        final byte[] roles = layout.roles();
        final int width = roles.length;
        final TimestampParser stamp = layout.has(Field.DATE)
                ? TimestampParser.dateTime(format.datePattern()) : TimestampParser.dateTime(format.timestampPattern());
        final TimestampParser time = TimestampParser.time(format.timePattern());
        final ZoneId zone = format.zone();
        final boolean fixedZone = zone.getRules().isFixedOffset();
        final long offsetNanos = fixedZone ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1_000_000_000L : 0;
        final boolean adjusted = priceColumn == PriceColumn.ADJ_CLOSE;
        final long[] raw = new long[ROLES];
        final double[] real = new double[ROLES];
        real[SPLIT] = 1;
        RawBars rows = new RawBars(rowsHint > 0 ? rowsHint : 1024);
        CorporateActions.Builder actions = layout.has(Field.DIVIDEND) || layout.has(Field.SPLIT_COEFFICIENT)
                ? new CorporateActions.Builder() : null;
        int pos = start;
        int line = firstLine;
        while (true) {
            if (pos >= n) {
                if (eof) {
                    break;
                }
                pos = fill(pos, line);
                n = limit;
                if (pos >= n) {
                    break;
                }
            }
            line++;
            if (b[pos] == '\n') {
                pos++;
                continue;
            }
            if (b[pos] == '\r' && (pos + 1 == n || b[pos + 1] == '\n')) {
                pos += 2;
                continue;
            }
            if (expected < 0) {
                expected = firstRowFields(layout, pos, line);
            }
            int field = 0;
            int s = pos;
            int e;
            while (true) {
                int role = field < width ? roles[field] : 0;
                switch (role) {
                    case OPEN, HIGH, LOW, CLOSE, ADJ_CLOSE -> {
                        long value = fastRaw(b, s, n, delimiter);
                        if (value != INVALID) {
                            e = fieldEnd;
                        } else {
                            e = scanField(b, s, n, delimiter);
                            value = number(layout, pos, line, field, s, e);
                        }
                        raw[role] = value;
                    }
                    case VOLUME, DIVIDEND, SPLIT -> {
                        double value = fastDouble(b, s, n, delimiter);
                        if (value == value) {
                            e = fieldEnd;
                        } else {
                            e = scanField(b, s, n, delimiter);
                            value = real(layout, pos, line, field, s, e);
                        }
                        real[role] = value;
                    }
                    case TIMESTAMP, DATE, TIME -> {
                        e = scanField(b, s, n, delimiter);
                        raw[role] = timestamp(role == TIME ? time : stamp, role == TIME, layout, pos, line, field, s, e);
                    }
                    default -> e = scanField(b, s, n, delimiter);
                }
                field++;
                if (e >= n || b[e] != delimiter) {
                    break;
                }
                s = e + 1;
            }
            if (field != expected) {
                throw fieldCountError(layout, expected, pos, line, field);
            }
            long o = raw[OPEN];
            long h = raw[HIGH];
            long l = raw[LOW];
            long c = raw[CLOSE];
            if (adjusted && c > 0) {
                double factor = (double) raw[ADJ_CLOSE] / c;
                o = adjust("open", o, factor, c, raw[ADJ_CLOSE], line);
                h = adjust("high", h, factor, c, raw[ADJ_CLOSE], line);
                l = adjust("low", l, factor, c, raw[ADJ_CLOSE], line);
                c = raw[ADJ_CLOSE];
            }
            long local = raw[TIMESTAMP] + raw[DATE] + raw[TIME];
            rows.add(line, fixedZone ? local - offsetNanos : toUtc(local, zone), o, h, l, c, real[VOLUME]);
            if (actions != null) {
                actions.add(real[DIVIDEND], real[SPLIT]);
            }
            pos = e < n && b[e] == '\r' ? e + 2 : e + 1;
        }
        if (rows.size() == 0) {
            throw DataFormatException.of(source, line + 1, "expected a row of bars"
                    + (format.header() ? " after the header" : "") + ", got the end of the file");
        }
        return new Rows(rows, actions);
    }

    /** {@code price x factor} rounded to raw; a result beyond the fixed-point range is an error naming the line. */
    private long adjust(String name, long price, double factor, long close, long adjustedClose, int line) {
        double value = Math.rint(price * factor);
        if (!(Math.abs(value) < 0x1p63)) {
            throw DataFormatException.of(source, line, "adjusted " + name + " " + FixedPoint.formatPrice(price) + " x adjusted close "
                    + FixedPoint.formatPrice(adjustedClose) + " / close " + FixedPoint.formatPrice(close) + " is above the largest price "
                    + "Wave holds exactly (" + FixedPoint.formatPrice(Long.MAX_VALUE) + ")" + FixedPointOverflowException.hint());
        }
        return (long) value;
    }

    /**
     * The fused fast path for prices: {@code [-]digits[.digits]} with at most 9 integer and 9 fraction digits,
     * directly followed by the delimiter or the line end; sets {@link #fieldEnd}. Anything else returns INVALID
     * and goes through {@link DecimalParser}.
     */
    private long fastRaw(byte[] b, int s, int n, byte delimiter) {
        int i = s;
        boolean negative = i < n && b[i] == '-';
        if (negative) {
            i++;
        }
        int digitsStart = i;
        long whole = 0;
        int d;
        while (i < n && (d = b[i] - '0') >= 0 && d <= 9) {
            whole = whole * 10 + d;
            i++;
        }
        int wholeDigits = i - digitsStart;
        long fraction = 0;
        int fractionDigits = 0;
        if (i < n && b[i] == '.') {
            int fractionStart = ++i;
            while (i < n && (d = b[i] - '0') >= 0 && d <= 9) {
                fraction = fraction * 10 + d;
                i++;
            }
            fractionDigits = i - fractionStart;
        }
        if (wholeDigits + fractionDigits == 0 || wholeDigits > FAST_INT_DIGITS || fractionDigits > Scales.PRICE_DIGITS
                || !endsField(b, i, n, delimiter)) {
            return INVALID;
        }
        fieldEnd = i;
        long value = whole * Scales.PRICE + fraction * POW10[Scales.PRICE_DIGITS - fractionDigits];
        return negative ? -value : value;
    }

    /** The fused fast path for volumes and the like: up to 15 digits with an optional point; NaN otherwise. */
    private double fastDouble(byte[] b, int s, int n, byte delimiter) {
        int i = s;
        long mantissa = 0;
        int d;
        while (i < n && (d = b[i] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int digits = i - s;
        int fractionDigits = 0;
        if (i < n && b[i] == '.') {
            int fractionStart = ++i;
            while (i < n && (d = b[i] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            fractionDigits = i - fractionStart;
            digits += fractionDigits;
        }
        if (digits == 0 || digits > FAST_DOUBLE_DIGITS || !endsField(b, i, n, delimiter)) {
            return Double.NaN;
        }
        fieldEnd = i;
        return fractionDigits == 0 ? mantissa : mantissa / (double) POW10[fractionDigits];
    }

    private static boolean endsField(byte[] b, int i, int n, byte delimiter) {
        return i >= n || b[i] == delimiter || b[i] == '\n' || (b[i] == '\r' && (i + 1 == n || b[i + 1] == '\n'));
    }

    /** The end of the field starting at {@code s}: the delimiter, the {@code \r} of a {@code \r\n}, {@code \n} or n. */
    private static int scanField(byte[] b, int s, int n, byte delimiter) {
        int e = s;
        byte ch;
        while (e < n && (ch = b[e]) != delimiter && ch != '\n') {
            e++;
        }
        return e < n && b[e] == '\n' && e > s && b[e - 1] == '\r' ? e - 1 : e;
    }

    private long timestamp(TimestampParser parser, boolean timeOfDay, ColumnLayout layout, int lineStart, int line, int field,
                           int s, int e) {
        int fs = trimStart(s, e);
        int fe = trimEnd(fs, e);
        long nanos = parser.parse(b, fs, fe);
        if (nanos == TimestampParser.OUT_OF_RANGE) {
            throw fieldError(layout, lineStart, line, field, fs, fe, "a date from " + TimestampParser.RANGE
                    + " (the range of nanosecond timestamps)");
        }
        if (nanos == INVALID) {
            String kind = timeOfDay ? "a time of day" : parser.pattern().contains("H") ? "a timestamp" : "a date";
            throw fieldError(layout, lineStart, line, field, fs, fe, kind + " in the pattern '" + parser.pattern() + "'");
        }
        return nanos;
    }

    private long number(ColumnLayout layout, int lineStart, int line, int field, int s, int e) {
        int fs = trimStart(s, e);
        int fe = trimEnd(fs, e);
        long value = DecimalParser.parseRaw(b, fs, fe);
        if (value == INVALID) {
            throw fieldError(layout, lineStart, line, field, fs, fe, DecimalParser.isOutOfRange(b, fs, fe)
                    ? "a decimal number within the range Wave holds exactly (at most " + FixedPoint.formatPrice(Long.MAX_VALUE) + " in absolute value)"
                    : "a decimal number");
        }
        return value;
    }

    private double real(ColumnLayout layout, int lineStart, int line, int field, int s, int e) {
        int fs = trimStart(s, e);
        int fe = trimEnd(fs, e);
        double value = DecimalParser.parseDouble(b, fs, fe);
        if (Double.isNaN(value)) {
            throw fieldError(layout, lineStart, line, field, fs, fe, "a number");
        }
        return value;
    }

    private int trimStart(int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        return s;
    }

    private int trimEnd(int s, int e) {
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    /** A field error, unless the line has the wrong number of fields (then that is the better message). */
    private DataFormatException fieldError(ColumnLayout layout, int lineStart, int line, int field, int fs, int fe,
                                           String expected) {
        int count = countFields(lineStart);
        if (layout.expectedFields() >= 0 && count != layout.expectedFields()) {
            return fieldCountError(layout, layout.expectedFields(), lineStart, line, count);
        }
        return DataFormatException.field(source, line, layout.name(field), text(fs, fe), expected);
    }

    private DataFormatException fieldCountError(ColumnLayout layout, int expected, int lineStart, int line, int count) {
        String columns = layout.names() != null ? " (" + String.join(",", layout.names()) + ")" : "";
        return DataFormatException.of(source, line, "expected " + expected + " fields" + columns + ", got " + count
                + ": '" + DataFormatException.shorten(text(lineStart, lineContentEnd(lineStart))) + "'");
    }

    /** The number of fields of the first row (at {@code pos}, on {@code line}), which every row must have. */
    private int firstRowFields(ColumnLayout layout, int pos, int line) {
        int count = countFields(pos);
        if (count < layout.minimumFields()) {
            throw fieldCountError(layout, layout.minimumFields(), pos, line, count);
        }
        return count;
    }

    private int countFields(int lineStart) {
        int end = lineContentEnd(lineStart);
        int count = 1;
        for (int i = lineStart; i < end; i++) {
            if (b[i] == format.delimiter()) {
                count++;
            }
        }
        return count;
    }

    private List<String> split(int start, int end) {
        List<String> out = new ArrayList<>();
        int contentEnd = end > start && b[end - 1] == '\r' ? end - 1 : end;
        int s = start;
        for (int i = start; i <= contentEnd; i++) {
            if (i == contentEnd || b[i] == format.delimiter()) {
                out.add(unquote(text(s, i).trim()));
                s = i + 1;
            }
        }
        return out;
    }

    private static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }

    private int lineEnd(int pos) {
        int i = pos;
        while (i < limit && b[i] != '\n') {
            i++;
        }
        return i;
    }

    private int lineContentEnd(int pos) {
        int end = lineEnd(pos);
        return end > pos && b[end - 1] == '\r' ? end - 1 : end;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\n' && b[i] != '\r' && b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private String text(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    private static long toUtc(long localNanos, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(localNanos, 1_000_000_000L),
                (int) Math.floorMod(localNanos, 1_000_000_000L), ZoneOffset.UTC);
        return local.atZone(zone).toEpochSecond() * 1_000_000_000L + local.getNano();
    }
}
