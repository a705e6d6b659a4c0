package wave.data.csv;

import static wave.data.csv.CivilDates.NANOS_PER_DAY;
import static wave.data.csv.CivilDates.NANOS_PER_SECOND;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

/**
 * Parses one date, date-time or time-of-day field from bytes in place.
 *
 * <p>Date and date-time parsers return <b>local</b> nanoseconds since 1970-01-01T00:00 (a date alone gives its
 * midnight); time parsers return nanoseconds since midnight. The caller applies the time zone. Failures
 * return {@link DecimalParser#INVALID}. The ISO-like patterns {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss},
 * {@code yyyy-MM-dd'T'HH:mm:ss[.SSS]} and {@code HH:mm:ss} are parsed by hand (they also accept an optional
 * fraction of up to nine digits, and the {@code 'T'} form a trailing {@code Z}); other patterns use
 * {@link DateTimeFormatter}. Instances cache the last date and are not thread-safe.
 *
 * <p>Dates outside {@link #RANGE} (where nanoseconds since the epoch, plus a day of margin for the time and the
 * zone, fit a {@code long}) return {@link #OUT_OF_RANGE} instead of wrapping around.
 */
abstract sealed class TimestampParser {
    private static final Set<String> ISO_DATE = Set.of("yyyy-MM-dd", "uuuu-MM-dd");
    private static final Set<String> ISO_SPACE = Set.of("yyyy-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm:ss",
            "yyyy-MM-dd HH:mm:ss.SSS", "yyyy-MM-dd HH:mm:ss[.SSS]");
    private static final Set<String> ISO_T = Set.of("yyyy-MM-dd'T'HH:mm:ss", "uuuu-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd'T'HH:mm:ss[.SSS]");
    private static final Set<String> ISO_TIME = Set.of("HH:mm:ss", "HH:mm:ss.SSS", "HH:mm:ss[.SSS]");
    private static final VarHandle LONG_VIEW = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Returned for a valid date outside {@link #RANGE}. */
    static final long OUT_OF_RANGE = Long.MIN_VALUE + 1;
    /** The dates a timestamp can hold, for messages. */
    static final String RANGE = "1677-09-22 to 2262-04-10";
    private static final long FIRST_DAY = LocalDate.of(1677, 9, 22).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2262, 4, 10).toEpochDay();

    private final String pattern;

    private TimestampParser(String pattern) {
        this.pattern = pattern;
    }

    /**
     * A parser of dates or date-times in {@code pattern} ({@link DateTimeFormatter} syntax).
     *
     * @throws IllegalArgumentException if the pattern is invalid
     */
    static TimestampParser dateTime(String pattern) {
        if (ISO_DATE.contains(pattern)) {
            return new IsoDateTime(pattern, (byte) 0);
        }
        if (ISO_SPACE.contains(pattern)) {
            return new IsoDateTime(pattern, (byte) ' ');
        }
        if (ISO_T.contains(pattern)) {
            return new IsoDateTime(pattern, (byte) 'T');
        }
        return new Formatted(pattern, false);
    }

    /**
     * A parser of times of day in {@code pattern}.
     *
     * @throws IllegalArgumentException if the pattern is invalid
     */
    static TimestampParser time(String pattern) {
        return ISO_TIME.contains(pattern) ? new IsoTime(pattern) : new Formatted(pattern, true);
    }

    /** Parses {@code [start, end)}; {@link DecimalParser#INVALID} if it does not match. */
    abstract long parse(byte[] b, int start, int end);

    /** The pattern, for error messages. */
    final String pattern() {
        return pattern;
    }

    private static int digit(byte[] b, int i) {
        int d = b[i] - '0';
        return d >= 0 && d <= 9 ? d : -1_000_000;
    }

    private static int twoDigits(byte[] b, int i) {
        return digit(b, i) * 10 + digit(b, i + 1);
    }

    /** Parses {@code HH:mm:ss[.f{1,9}]} at {@code start}; returns nanos of day or INVALID. */
    private static long parseTime(byte[] b, int start, int end) {
        if (end - start < 8 || b[start + 2] != ':' || b[start + 5] != ':') {
            return DecimalParser.INVALID;
        }
        int hour = twoDigits(b, start);
        int minute = twoDigits(b, start + 3);
        int second = twoDigits(b, start + 6);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return DecimalParser.INVALID;
        }
        long nanos = 0;
        int i = start + 8;
        if (i < end) {
            if (b[i] != '.' || end - i < 2 || end - i > 10) {
                return DecimalParser.INVALID;
            }
            long scale = 100_000_000L;
            for (i++; i < end; i++) {
                int d = digit(b, i);
                if (d < 0) {
                    return DecimalParser.INVALID;
                }
                nanos += d * scale;
                scale /= 10;
            }
        }
        return (hour * 3600L + minute * 60L + second) * NANOS_PER_SECOND + nanos;
    }

    /** {@code yyyy-MM-dd} optionally followed by a separator and {@code HH:mm:ss[.f]}; caches the date. */
    private static final class IsoDateTime extends TimestampParser {
        private final byte separator;
        private long cachedHead = -1;
        private int cachedTail = -1;
        private long cachedDayNanos;

        IsoDateTime(String pattern, byte separator) {
            super(pattern);
            this.separator = separator;
        }

        @Override
        long parse(byte[] b, int start, int end) {
            int length = end - start;
            if (separator == 0 ? length != 10 : length < 19) {
                return DecimalParser.INVALID;
            }
            long dayNanos = dayNanos(b, start);
            if (dayNanos == DecimalParser.INVALID || dayNanos == OUT_OF_RANGE || separator == 0) {
                return dayNanos;
            }
            if (b[start + 10] != separator) {
                return DecimalParser.INVALID;
            }
            int timeEnd = separator == 'T' && b[end - 1] == 'Z' ? end - 1 : end;
            long time = parseTime(b, start + 11, timeEnd);
            return time == DecimalParser.INVALID ? time : dayNanos + time;
        }

        private long dayNanos(byte[] b, int start) {
            long head = (long) LONG_VIEW.get(b, start);
            int tail = (b[start + 8] & 0xFF) | (b[start + 9] & 0xFF) << 8;
            if (head == cachedHead && tail == cachedTail) {
                return cachedDayNanos;
            }
            if (b[start + 4] != '-' || b[start + 7] != '-') {
                return DecimalParser.INVALID;
            }
            int year = twoDigits(b, start) * 100 + twoDigits(b, start + 2);
            int month = twoDigits(b, start + 5);
            int day = twoDigits(b, start + 8);
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > CivilDates.lengthOfMonth(year, month)) {
                return DecimalParser.INVALID;
            }
            long epochDay = CivilDates.daysFromCivil(year, month, day);
            if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
                return OUT_OF_RANGE;
            }
            cachedHead = head;
            cachedTail = tail;
            cachedDayNanos = epochDay * NANOS_PER_DAY;
            return cachedDayNanos;
        }
    }

    /** {@code HH:mm:ss[.f]}. */
    private static final class IsoTime extends TimestampParser {
        IsoTime(String pattern) {
            super(pattern);
        }

        @Override
        long parse(byte[] b, int start, int end) {
            return parseTime(b, start, end);
        }
    }

    /** Any other pattern, through a strict {@link DateTimeFormatter} (allocates per field). */
    private static final class Formatted extends TimestampParser {
        private final DateTimeFormatter formatter;
        private final boolean timeOfDay;

        Formatted(String pattern, boolean timeOfDay) {
            super(pattern);
            this.formatter = new DateTimeFormatterBuilder().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
            this.timeOfDay = timeOfDay;
        }

        @Override
        long parse(byte[] b, int start, int end) {
            String text = new String(b, start, end - start, StandardCharsets.UTF_8);
            try {
                if (timeOfDay) {
                    return LocalTime.from(formatter.parse(text)).toNanoOfDay();
                }
                TemporalAccessor parsed = formatter.parseBest(text, LocalDateTime::from, LocalDate::from);
                LocalDateTime local = parsed instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) parsed;
                long epochDay = local.toLocalDate().toEpochDay();
                if (epochDay < FIRST_DAY || epochDay > LAST_DAY) {
                    return OUT_OF_RANGE;
                }
                return local.toEpochSecond(ZoneOffset.UTC) * NANOS_PER_SECOND + local.getNano();
            } catch (DateTimeException | ArithmeticException e) {
                return DecimalParser.INVALID;
            }
        }
    }
}
