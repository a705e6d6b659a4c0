package wave.app.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * A buffered writer of ASCII text for large CSV outputs: formats fixed-point numbers, integers and UTC
 * timestamps straight into a byte buffer, without {@code String.format} or {@code BigDecimal} per value.
 */
public final class AsciiWriter implements Closeable {
    private static final int NANOS_PER_SECOND = 1_000_000_000;
    private static final int SECONDS_PER_DAY = 86_400;

    /** "00", "01", ..., "99": two digits at a time. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int position;
    /** The last date written and its ten bytes ({@code yyyy-MM-dd}): consecutive rows mostly share their date. */
    private long lastDay = Long.MIN_VALUE;
    private final byte[] lastDate = new byte[10];

    /** A writer onto {@code out} (closed with this writer). */
    public AsciiWriter(OutputStream out) {
        this.out = out;
    }

    /** Appends text (must be ASCII). */
    public AsciiWriter text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        ensure(bytes.length);
        if (bytes.length > buffer.length) {
            flushBuffer();
            write(bytes);
            return this;
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        return this;
    }

    /** Appends one character. */
    public AsciiWriter ch(char c) {
        ensure(1);
        buffer[position++] = (byte) c;
        return this;
    }

    /** Appends a comma. */
    public AsciiWriter comma() {
        return ch(',');
    }

    /** Ends the line with {@code \n}. */
    public AsciiWriter newline() {
        return ch('\n');
    }

    /** Appends a whole number. */
    public AsciiWriter integer(long value) {
        ensure(21);
        if (value < 0) {
            buffer[position++] = '-';
            if (value == Long.MIN_VALUE) {
                return text("9223372036854775808");
            }
            value = -value;
        }
        unsigned(value);
        return this;
    }

    /** Writes {@code value} (at least 0) two digits at a time; room must have been ensured. */
    private void unsigned(long value) {
        int start = digits.length;
        while (value >= 100) {
            int pair = (int) (value % 100) * 2;
            value /= 100;
            digits[--start] = PAIRS[pair + 1];
            digits[--start] = PAIRS[pair];
        }
        if (value >= 10) {
            int pair = (int) value * 2;
            digits[--start] = PAIRS[pair + 1];
            digits[--start] = PAIRS[pair];
        } else {
            digits[--start] = (byte) ('0' + value);
        }
        int length = digits.length - start;
        System.arraycopy(digits, start, buffer, position, length);
        position += length;
    }

    /** Appends a raw price as a plain decimal without trailing zeros (same text as {@link FixedPoint#formatPrice}). */
    public AsciiWriter price(long raw) {
        return fixed(raw, Scales.PRICE_DIGITS);
    }

    /** Appends a raw quantity as a plain decimal without trailing zeros (same text as {@link FixedPoint#formatQuantity}). */
    public AsciiWriter quantity(long raw) {
        return fixed(raw, Scales.QUANTITY_DIGITS);
    }

    /** Appends a raw amount as a plain decimal without trailing zeros (same text as {@link FixedPoint#formatMoney}). */
    public AsciiWriter money(long raw) {
        return fixed(raw, Scales.MONEY_DIGITS);
    }

    /** Appends a raw ratio as a plain decimal without trailing zeros (same text as {@link FixedPoint#formatRatio}). */
    public AsciiWriter ratio(long raw) {
        return fixed(raw, Scales.RATIO_DIGITS);
    }

    private AsciiWriter fixed(long raw, int digits) {
        long one = Scales.pow10(digits);
        ensure(32);
        if (raw < 0) {
            if (raw == Long.MIN_VALUE) {
                return text(java.math.BigDecimal.valueOf(raw, digits).toPlainString()); // Long.MIN_VALUE ends in 8: no zeros to strip
            }
            buffer[position++] = '-';
            raw = -raw;
        }
        long whole = raw / one;
        unsigned(whole);
        long fraction = raw - whole * one;
        if (fraction != 0) {
            int width = digits;
            while (fraction % 100 == 0) {
                fraction /= 100;
                width -= 2;
            }
            if (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            buffer[position++] = '.';
            int i = position + width;
            while (i - position >= 2) {
                int pair = (int) (fraction % 100) * 2;
                fraction /= 100;
                buffer[--i] = PAIRS[pair + 1];
                buffer[--i] = PAIRS[pair];
            }
            if (i > position) {
                buffer[--i] = (byte) ('0' + fraction);
            }
            position += width;
        }
        return this;
    }

    /**
     * Appends a UTC timestamp: {@code yyyy-MM-dd} when {@code dateOnly}, else {@code yyyy-MM-dd HH:mm:ss}
     * (with {@code .SSS} when there are milliseconds).
     */
    public AsciiWriter timestamp(long epochNanos, boolean dateOnly) {
        ensure(32);
        long seconds = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        if (days == lastDay) {
            System.arraycopy(lastDate, 0, buffer, position, lastDate.length);
            position += lastDate.length;
        } else {
            int start = position;
            writeDate(days);
            if (position - start == lastDate.length) {
                System.arraycopy(buffer, start, lastDate, 0, lastDate.length);
                lastDay = days;
            }
        }
        if (!dateOnly) {
            buffer[position++] = ' ';
            two(secondOfDay / 3600);
            buffer[position++] = ':';
            two(secondOfDay / 60 % 60);
            buffer[position++] = ':';
            two(secondOfDay % 60);
            int millis = (int) (Math.floorMod(epochNanos, NANOS_PER_SECOND) / 1_000_000);
            if (millis != 0) {
                buffer[position++] = '.';
                buffer[position++] = (byte) ('0' + millis / 100);
                two(millis % 100);
            }
        }
        return this;
    }

    /** Civil date from days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
    private void writeDate(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            integer(year);
        } else {
            int y = (int) year;
            buffer[position++] = (byte) ('0' + y / 1000);
            buffer[position++] = (byte) ('0' + y / 100 % 10);
            two(y % 100);
        }
        buffer[position++] = '-';
        two(month);
        buffer[position++] = '-';
        two(day);
    }

    private void two(int value) {
        buffer[position++] = PAIRS[2 * value];
        buffer[position++] = PAIRS[2 * value + 1];
    }

    private void ensure(int bytes) {
        if (position + bytes > buffer.length) {
            flushBuffer();
        }
    }

    private void flushBuffer() {
        try {
            out.write(buffer, 0, position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position = 0;
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.write(buffer, 0, position);
            position = 0;
        } finally {
            out.close();
        }
    }
}
