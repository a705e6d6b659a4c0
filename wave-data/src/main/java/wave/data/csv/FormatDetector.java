package wave.data.csv;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import wave.data.csv.CsvFormat.Field;
import wave.domain.market.BarLabel;

/** Works out a {@link CsvFormat} from the first two lines of a file. */
final class FormatDetector {
    static final Map<Field, Set<String>> SYNONYMS = synonyms();
    static final Set<String> DATE_NAMES = Set.of("date", "day", "tradedate");
    private static final String EXPECTED_TIMESTAMPS = "a timestamp like yyyy-MM-dd, yyyy-MM-dd HH:mm:ss, "
            + "yyyy-MM-dd'T'HH:mm:ss[.SSS], yyyyMMdd or yyyy/MM/dd (give a CsvFormat for other patterns)";
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final String source;
    private final List<String> first;
    private final List<String> second;
    private final char delimiter;
    private final FormatHints hints;

    private FormatDetector(String source, List<String> first, List<String> second, char delimiter, FormatHints hints) {
        this.source = source;
        this.first = first;
        this.second = second;
        this.delimiter = delimiter;
        this.hints = hints;
    }

    /**
     * Detects the format from the start of a file.
     *
     * @param whole whether {@code head} is the whole file (else its first bytes)
     * @param hints columns, date pattern and zone the user gave: with any of them the file must have a header
     * @throws DataFormatException if the file is binary, empty, has no line end in {@code head}, lacks required
     *                             columns or has unknown timestamps
     */
    static CsvFormat detect(String source, byte[] head, boolean whole, FormatHints hints) {
        TextCheck.requireText(source, head, Math.min(head.length, TextCheck.SAMPLE_BYTES));
        if (!whole && LineCount.newlines(head, head.length) == 0) {
            throw DataFormatException.of(source, 1, "expected lines of CSV text, got " + head.length
                    + " bytes without a line end: '" + DataFormatException.shorten(new String(head, 0, 200, StandardCharsets.UTF_8)) + "'");
        }
        List<String> lines = firstLines(head);
        if (lines.isEmpty()) {
            throw DataFormatException.of(source, 1, "expected a header line, got an empty file");
        }
        char delimiter = delimiter(lines.get(0));
        List<String> first = split(lines.get(0), delimiter);
        List<String> second = lines.size() > 1 ? split(lines.get(1), delimiter) : null;
        FormatDetector detector = new FormatDetector(source, first, second, delimiter, hints);
        CsvFormat format = hints.columns().isEmpty() && dateTimePattern(first.get(0)) != null ? detector.withoutHeader() : detector.withHeader();
        return hints.zone() != null ? format.withZone(hints.zone()) : format;
    }

    private CsvFormat withHeader() {
        List<String> names = new ArrayList<>(first);
        List<String> corrected = insertMissingTimeColumn(names);
        if (corrected != null) {
            names = corrected;
        }
        Map<Field, CsvColumn> columns = new EnumMap<>(Field.class);
        int date = hinted(names, Field.DATE, indexOf(names, DATE_NAMES));
        int time = hinted(names, Field.TIME, indexOf(names, Set.of("time")));
        int stamp = hinted(names, Field.TIMESTAMP, hints.columns().containsKey(Field.DATE) ? -1
                : indexOf(names, Set.of("timestamp", "datetime", "ts", "dt")));
        boolean splitDateTime = stamp < 0 && date >= 0 && time >= 0 && timePattern(sample(time)) != null;
        if (stamp < 0) {
            stamp = date >= 0 ? date : time;
        }
        for (Map.Entry<Field, Set<String>> entry : SYNONYMS.entrySet()) {
            int index = indexOf(names, entry.getValue());
            if (index >= 0) {
                columns.put(entry.getKey(), CsvColumn.named(names.get(index)));
            }
        }
        for (Map.Entry<Field, String> hint : hints.columns().entrySet()) {
            if (hint.getKey() != Field.DATE && hint.getKey() != Field.TIME && hint.getKey() != Field.TIMESTAMP) {
                String name = names.get(hinted(names, hint.getKey(), -1));
                columns.values().removeIf(c -> c.name().equals(name));
                columns.put(hint.getKey(), CsvColumn.named(name));
            }
        }
        List<String> missing = new ArrayList<>();
        if (stamp < 0) {
            missing.add("timestamp or date");
        }
        for (Field field : List.of(Field.OPEN, Field.HIGH, Field.LOW, Field.CLOSE)) {
            if (!columns.containsKey(field)) {
                missing.add(field.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            throw DataFormatException.of(source, 1, "missing required column(s) " + missing + "; found " + first
                    + "; required [timestamp or date (+ time), open, high, low, close], volume optional");
        }
        String stampPattern = hints.datePattern() != null ? hints.datePattern() : datePattern(names.get(stamp), sample(stamp));
        String timeOfDayPattern = CsvFormat.TIME_PATTERN;
        if (splitDateTime) {
            columns.put(Field.DATE, CsvColumn.named(names.get(date)));
            columns.put(Field.TIME, CsvColumn.named(names.get(time)));
            timeOfDayPattern = timePattern(sample(time));
        } else {
            columns.put(Field.TIMESTAMP, CsvColumn.named(names.get(stamp)));
        }
        return new CsvFormat(columns, splitDateTime ? CsvFormat.DATE_TIME_PATTERN : stampPattern,
                splitDateTime ? stampPattern : CsvFormat.DATE_PATTERN, timeOfDayPattern, delimiter, ZoneOffset.UTC,
                true, corrected, label(names));
    }

    /**
     * {@link BarLabel#END} for backtrader's layout ({@code Date[,Time],Open,High,Low,Close,Volume,OpenInterest}), whose
     * times mark the end of each bar (and whose weekly and monthly files are dated on their last trading day); else
     * {@link BarLabel#START}, the usual convention of data vendors.
     */
    private static BarLabel label(List<String> names) {
        return indexOf(names, Set.of("openinterest")) >= 0 ? BarLabel.END : BarLabel.START;
    }

    /**
     * No header: timestamp (or date, time), open, high, low, close[, volume] by position. More fields than that
     * (a Yahoo file that lost its header has seven) are an error rather than a guess.
     */
    private CsvFormat withoutHeader() {
        boolean splitDateTime = first.size() > 1 && timePattern(first.get(1)) != null;
        int price = splitDateTime ? 2 : 1;
        if (first.size() < price + 4) {
            throw DataFormatException.of(source, 1, "expected a header, or at least " + (price + 4)
                    + " fields (timestamp, open, high, low, close[, volume]), got " + first.size());
        }
        if (first.size() > price + 5) {
            throw DataFormatException.of(source, 1, "no header row and " + first.size() + " fields; a file without a header is read"
                    + " by position as " + (splitDateTime ? "date, time" : "timestamp") + ", open, high, low, close[, volume]; "
                    + "expected a header naming the columns (e.g. Yahoo's Date,Open,High,Low,Close,Adj Close,Volume)");
        }
        Map<Field, CsvColumn> columns = new EnumMap<>(Field.class);
        columns.put(Field.OPEN, CsvColumn.at(price));
        columns.put(Field.HIGH, CsvColumn.at(price + 1));
        columns.put(Field.LOW, CsvColumn.at(price + 2));
        columns.put(Field.CLOSE, CsvColumn.at(price + 3));
        if (first.size() > price + 4) {
            columns.put(Field.VOLUME, CsvColumn.at(price + 4));
        }
        columns.put(Field.TIMESTAMP, CsvColumn.at(0));
        CsvFormat format = new CsvFormat(columns, CsvFormat.DATE_TIME_PATTERN, CsvFormat.DATE_PATTERN,
                CsvFormat.TIME_PATTERN, delimiter, ZoneOffset.UTC, false, null, BarLabel.START);
        String stampPattern = dateTimePattern(first.get(0));
        return splitDateTime
                ? format.withDateAndTime(CsvColumn.at(0), stampPattern, CsvColumn.at(1), timePattern(first.get(1)))
                : format.withTimestamp(CsvColumn.at(0), stampPattern);
    }

    /**
     * backtrader's {@code 2006-01-02-volume-min-001.txt} trap: the header names Date but no Time while every row
     * has one more field, a time right after the date. Returns the names with "Time" inserted, else null.
     */
    private List<String> insertMissingTimeColumn(List<String> names) {
        int date = indexOf(names, DATE_NAMES);
        if (second == null || second.size() != names.size() + 1 || date < 0 || indexOf(names, Set.of("time")) >= 0
                || timePattern(second.get(date + 1)) == null) {
            return null;
        }
        List<String> corrected = new ArrayList<>(names);
        corrected.add(date + 1, "Time");
        return corrected;
    }

    /** The index of the header name the hints give {@code field}, else {@code detected}. */
    private int hinted(List<String> names, Field field, int detected) {
        String name = hints.columns().get(field);
        if (name == null) {
            return detected;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw DataFormatException.of(source, 1, "--columns " + field.name().toLowerCase(Locale.ROOT).replace('_', '-') + "="
                + name + ": no such column; found " + first);
    }

    private String sample(int index) {
        return second != null && index < second.size() ? second.get(index) : null;
    }

    private String datePattern(String column, String sample) {
        if (sample == null) {
            return DATE_NAMES.contains(normalize(column)) ? CsvFormat.DATE_PATTERN : CsvFormat.DATE_TIME_PATTERN;
        }
        String pattern = dateTimePattern(sample);
        if (pattern == null) {
            throw DataFormatException.field(source, 2, column, sample, EXPECTED_TIMESTAMPS);
        }
        return pattern;
    }

    /** The pattern of a date or date-time sample, or null. */
    static String dateTimePattern(String s) {
        int n = s.length();
        if (n >= 10 && isDigits(s, 0, 4) && isDigits(s, 5, 7) && isDigits(s, 8, 10)) {
            char sep = s.charAt(4);
            if ((sep == '-' || sep == '/') && s.charAt(7) == sep) {
                String date = sep == '-' ? "yyyy-MM-dd" : "yyyy/MM/dd";
                if (n == 10) {
                    return date;
                }
                if (timePattern(s.substring(11)) != null && (s.charAt(10) == ' ' || (sep == '-' && s.charAt(10) == 'T'))) {
                    return s.charAt(10) == 'T' ? date + "'T'HH:mm:ss[.SSS]" : date + " HH:mm:ss";
                }
            }
        }
        return n == 8 && isDigits(s, 0, 8) && s.charAt(0) >= '1' && s.charAt(0) <= '2' ? "yyyyMMdd" : null;
    }

    /** The pattern of a time-of-day sample ({@code HH:mm:ss[.fff][Z]}), or null. */
    static String timePattern(String s) {
        if (s == null || s.length() < 8 || s.charAt(2) != ':' || s.charAt(5) != ':'
                || !isDigits(s, 0, 2) || !isDigits(s, 3, 5) || !isDigits(s, 6, 8)) {
            return null;
        }
        return CsvFormat.TIME_PATTERN;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int indexOf(List<String> names, Set<String> wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(normalize(names.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalize(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<String> firstLines(byte[] head) {
        int start = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        List<String> lines = new ArrayList<>();
        int s = start;
        for (int i = start; i <= head.length && lines.size() < 2; i++) {
            if (i == head.length || head[i] == '\n') {
                String line = new String(head, s, i - s, StandardCharsets.UTF_8).strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                s = i + 1;
            }
        }
        return lines;
    }

    static char delimiter(String line) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : DELIMITERS) {
            long count = line.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == delimiter) {
                String field = line.substring(s, i).strip();
                if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
                    field = field.substring(1, field.length() - 1);
                }
                fields.add(field);
                s = i + 1;
            }
        }
        return fields;
    }

    private static Map<Field, Set<String>> synonyms() {
        Map<Field, Set<String>> map = new EnumMap<>(Field.class);
        map.put(Field.OPEN, Set.of("open", "o"));
        map.put(Field.HIGH, Set.of("high", "h"));
        map.put(Field.LOW, Set.of("low", "l"));
        map.put(Field.CLOSE, Set.of("close", "c", "last", "price"));
        map.put(Field.VOLUME, Set.of("volume", "vol", "v"));
        map.put(Field.ADJ_CLOSE, Set.of("adjclose", "adjustedclose"));
        map.put(Field.DIVIDEND, Set.of("dividendamount", "dividend", "dividends"));
        map.put(Field.SPLIT_COEFFICIENT, Set.of("splitcoefficient", "splitfactor", "split"));
        return map;
    }
}
