package wave.data.csv;

import static wave.data.csv.DecimalParser.INVALID;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import wave.data.csv.CsvFormat.Field;
import wave.data.validate.RawBars;

/**
 * Reads CSV bytes into {@link RawBars} in place: no String per field, no regex. Fields are split on the
 * delimiter, {@code \r\n} and {@code \n} both end a line, blank lines are skipped, blanks around a field are
 * ignored. Each field is parsed by its role in the {@link ColumnLayout}.
 */
final class CsvRowReader {
    private static final int TIMESTAMP = Field.TIMESTAMP.ordinal() + 1;
    private static final int DATE = Field.DATE.ordinal() + 1;
    private static final int TIME = Field.TIME.ordinal() + 1;
    private static final int OPEN = Field.OPEN.ordinal() + 1;
    private static final int HIGH = Field.HIGH.ordinal() + 1;
    private static final int LOW = Field.LOW.ordinal() + 1;
    private static final int CLOSE = Field.CLOSE.ordinal() + 1;
    private static final int VOLUME = Field.VOLUME.ordinal() + 1;
    private static final int ADJ_CLOSE = Field.ADJ_CLOSE.ordinal() + 1;
    private static final int DIVIDEND = Field.DIVIDEND.ordinal() + 1;
    private static final int SPLIT = Field.SPLIT_COEFFICIENT.ordinal() + 1;
    private static final int ESTIMATE_SAMPLE_BYTES = 64 * 1024;

    /** The rows read, and the corporate-action columns when the format has them (else null). */
    record Rows(RawBars bars, CorporateActions.Builder actions) {
    }

    private final String source;
    private final byte[] b;
    private final CsvFormat format;
    private final boolean adjusted;

    private CsvRowReader(String source, byte[] content, CsvFormat format, PriceColumn priceColumn) {
        this.source = source;
        this.b = content;
        this.format = format;
        this.adjusted = priceColumn == PriceColumn.ADJ_CLOSE;
    }

    /**
     * Reads all rows.
     *
     * @throws DataFormatException for an empty file, missing columns, a wrong number of fields or a field that
     *                             does not parse
     */
    static Rows read(String source, byte[] content, CsvFormat format, PriceColumn priceColumn) {
        return new CsvRowReader(source, content, format, priceColumn).read();
    }

    private Rows read() {
        int n = b.length;
        int pos = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        if (isBlank(pos, n)) {
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
        ColumnLayout layout = ColumnLayout.resolve(source, format, names, adjusted ? PriceColumn.ADJ_CLOSE : PriceColumn.CLOSE);
        int expected = layout.expectedFields() >= 0 ? layout.expectedFields() : firstRowFields(layout, pos, line);
        return parseRows(layout, expected, pos, line);
    }

    private Rows parseRows(ColumnLayout layout, int expected, int start, int firstLine) {
        final byte[] b = this.b;
        final int n = b.length;
        final byte delimiter = (byte) format.delimiter();
        final byte[] roles = layout.roles();
        final TimestampParser stamp = layout.has(Field.DATE)
                ? TimestampParser.dateTime(format.datePattern()) : TimestampParser.dateTime(format.timestampPattern());
        final TimestampParser time = TimestampParser.time(format.timePattern());
        final ZoneId zone = format.zone();
        final boolean fixedZone = zone.getRules().isFixedOffset();
        final long offsetNanos = fixedZone ? zone.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds() * 1_000_000_000L : 0;
        final boolean adjusted = this.adjusted;
        RawBars rows = new RawBars(estimateRows(start));
        CorporateActions.Builder actions = layout.has(Field.DIVIDEND) || layout.has(Field.SPLIT_COEFFICIENT)
                ? new CorporateActions.Builder() : null;
        int pos = start;
        int line = firstLine;
        while (pos < n) {
            line++;
            if (b[pos] == '\n') {
                pos++;
                continue;
            }
            if (b[pos] == '\r' && (pos + 1 == n || b[pos + 1] == '\n')) {
                pos += 2;
                continue;
            }
            long stampNanos = 0;
            long timeNanos = 0;
            long o = 0;
            long h = 0;
            long l = 0;
            long c = 0;
            long adj = 0;
            double v = 0;
            double dividend = 0;
            double split = 1;
            int field = 0;
            int s = pos;
            int e;
            boolean endOfLine;
            do {
                e = s;
                byte ch;
                while (e < n && (ch = b[e]) != delimiter && ch != '\n') {
                    e++;
                }
                endOfLine = e == n || b[e] == '\n';
                if (field < roles.length && roles[field] != 0) {
                    int fs = s;
                    int fe = endOfLine && e > s && b[e - 1] == '\r' ? e - 1 : e;
                    while (fs < fe && b[fs] == ' ') {
                        fs++;
                    }
                    while (fe > fs && b[fe - 1] == ' ') {
                        fe--;
                    }
                    int role = roles[field];
                    if (role == OPEN) {
                        o = number(DecimalParser.parseRaw(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == HIGH) {
                        h = number(DecimalParser.parseRaw(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == LOW) {
                        l = number(DecimalParser.parseRaw(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == CLOSE) {
                        c = number(DecimalParser.parseRaw(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == VOLUME) {
                        v = real(DecimalParser.parseDouble(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == TIMESTAMP || role == DATE) {
                        stampNanos = stamp.parse(b, fs, fe);
                        if (stampNanos == INVALID) {
                            throw fieldError(layout, pos, line, field, fs, fe, (stamp.pattern().contains("H") ? "a timestamp" : "a date")
                                    + " in the pattern '" + stamp.pattern() + "'");
                        }
                    } else if (role == TIME) {
                        timeNanos = time.parse(b, fs, fe);
                        if (timeNanos == INVALID) {
                            throw fieldError(layout, pos, line, field, fs, fe, "a time of day in the pattern '" + time.pattern() + "'");
                        }
                    } else if (role == ADJ_CLOSE) {
                        adj = number(DecimalParser.parseRaw(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == DIVIDEND) {
                        dividend = real(DecimalParser.parseDouble(b, fs, fe), layout, pos, line, field, fs, fe);
                    } else if (role == SPLIT) {
                        split = real(DecimalParser.parseDouble(b, fs, fe), layout, pos, line, field, fs, fe);
                    }
                }
                field++;
                s = e + 1;
            } while (!endOfLine);
            if (field != expected) {
                throw fieldCountError(layout, expected, pos, line, field);
            }
            if (adjusted && c > 0) {
                double factor = (double) adj / c;
                o = (long) Math.rint(o * factor);
                h = (long) Math.rint(h * factor);
                l = (long) Math.rint(l * factor);
                c = adj;
            }
            long local = stampNanos + timeNanos;
            rows.add(line, fixedZone ? local - offsetNanos : toUtc(local, zone), o, h, l, c, v);
            if (actions != null) {
                actions.add(dividend, split);
            }
            pos = e + 1;
        }
        if (rows.size() == 0) {
            throw DataFormatException.of(source, line + 1, "expected a row of bars"
                    + (format.header() ? " after the header" : "") + ", got the end of the file");
        }
        return new Rows(rows, actions);
    }

    private long number(long raw, ColumnLayout layout, int lineStart, int line, int field, int fs, int fe) {
        if (raw == INVALID) {
            throw fieldError(layout, lineStart, line, field, fs, fe, "a decimal number");
        }
        return raw;
    }

    private double real(double value, ColumnLayout layout, int lineStart, int line, int field, int fs, int fe) {
        if (Double.isNaN(value)) {
            throw fieldError(layout, lineStart, line, field, fs, fe, "a number");
        }
        return value;
    }

    /** A field error, unless the line has the wrong number of fields (then that is the better message). */
    private DataFormatException fieldError(ColumnLayout layout, int lineStart, int line, int field, int fs, int fe,
                                           String expected) {
        int count = countFields(lineStart);
        int wanted = layout.expectedFields() >= 0 ? layout.expectedFields() : layout.minimumFields();
        if (count != wanted && layout.expectedFields() >= 0) {
            return fieldCountError(layout, wanted, lineStart, line, count);
        }
        return DataFormatException.field(source, line, layout.name(field), text(fs, fe), expected);
    }

    private DataFormatException fieldCountError(ColumnLayout layout, int expected, int lineStart, int line, int count) {
        String columns = layout.names() != null ? " (" + String.join(",", layout.names()) + ")" : "";
        return DataFormatException.of(source, line, "expected " + expected + " fields" + columns + ", got " + count
                + ": '" + DataFormatException.shorten(text(lineStart, lineContentEnd(lineStart))) + "'");
    }

    private int firstRowFields(ColumnLayout layout, int pos, int line) {
        int n = b.length;
        while (pos < n && (b[pos] == '\n' || b[pos] == '\r')) {
            line += b[pos] == '\n' ? 1 : 0;
            pos++;
        }
        if (pos == n) {
            throw DataFormatException.of(source, line + 1, "expected a row of bars, got the end of the file");
        }
        int count = countFields(pos);
        if (count < layout.minimumFields()) {
            throw fieldCountError(layout, layout.minimumFields(), pos, line + 1, count);
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
        while (i < b.length && b[i] != '\n') {
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

    private int estimateRows(int start) {
        int sampleEnd = Math.min(b.length, start + ESTIMATE_SAMPLE_BYTES);
        int lines = 0;
        for (int i = start; i < sampleEnd; i++) {
            if (b[i] == '\n') {
                lines++;
            }
        }
        if (lines == 0 || sampleEnd == b.length) {
            return lines + 1;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) ((b.length - start) * (double) lines / (sampleEnd - start) * 1.02) + 16);
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
