package wave.data.csv;

import static wave.data.csv.CivilDates.NANOS_PER_DAY;
import static wave.data.csv.CivilDates.NANOS_PER_SECOND;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * Writes a {@link BarSeries} as CSV that {@link CsvImporters#load} reads back exactly:
 * {@code timestamp,open,high,low,close,volume}, UTC timestamps as {@code yyyy-MM-dd} when the series is not
 * intraday and every bar is at midnight, else {@code yyyy-MM-dd HH:mm:ss} (with a fraction of a second only
 * when there is one). Prices are plain decimals without trailing zeros; whole volumes are written without a
 * fraction. Rows are formatted by hand into a byte buffer (no String per row).
 */
public final class BarCsvWriter {
    /** The header line written. */
    public static final String HEADER = "timestamp,open,high,low,close,volume";

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int MAX_ROW_BYTES = 256;
    private static final double MAX_WHOLE_VOLUME = 1e15;

    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private final byte[] dateBytes = new byte[10];
    private long cachedDay = Long.MIN_VALUE;
    private int pos;

    private BarCsvWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the series to a file, replacing it. */
    public static void write(BarSeries series, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(series, out);
        }
    }

    /** Writes the series to a stream (which is flushed, not closed). */
    public static void write(BarSeries series, OutputStream out) throws IOException {
        new BarCsvWriter(out).writeAll(series);
    }

    private void writeAll(BarSeries series) throws IOException {
        boolean dateOnly = !series.spec().isIntraday();
        for (int i = 0; i < series.size() && dateOnly; i++) {
            dateOnly = Math.floorMod(series.tsNanos(i), NANOS_PER_DAY) == 0;
        }
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, buf, 0, header.length);
        pos = header.length;
        for (int i = 0; i < series.size(); i++) {
            if (pos > BUFFER_BYTES - MAX_ROW_BYTES) {
                flushBuffer();
            }
            timestamp(series.tsNanos(i), dateOnly);
            buf[pos++] = ',';
            price(series.openRaw(i));
            buf[pos++] = ',';
            price(series.highRaw(i));
            buf[pos++] = ',';
            price(series.lowRaw(i));
            buf[pos++] = ',';
            price(series.closeRaw(i));
            buf[pos++] = ',';
            volume(series.volume(i));
            buf[pos++] = '\n';
        }
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private void timestamp(long tsNanos, boolean dateOnly) {
        long day = Math.floorDiv(tsNanos, NANOS_PER_DAY);
        if (day != cachedDay) {
            int ymd = CivilDates.civilFromDays(day);
            int year = ymd / 10_000;
            if (year < 0 || year > 9999) {
                throw new IllegalArgumentException("timestamp " + tsNanos + " ns is outside years 0000-9999");
            }
            digits(dateBytes, 0, year, 4);
            dateBytes[4] = '-';
            digits(dateBytes, 5, ymd / 100 % 100, 2);
            dateBytes[7] = '-';
            digits(dateBytes, 8, ymd % 100, 2);
            cachedDay = day;
        }
        System.arraycopy(dateBytes, 0, buf, pos, 10);
        pos += 10;
        if (dateOnly) {
            return;
        }
        long nanosOfDay = tsNanos - day * NANOS_PER_DAY;
        long seconds = nanosOfDay / NANOS_PER_SECOND;
        buf[pos++] = ' ';
        digits(buf, pos, (int) (seconds / 3600), 2);
        buf[pos + 2] = ':';
        digits(buf, pos + 3, (int) (seconds / 60 % 60), 2);
        buf[pos + 5] = ':';
        digits(buf, pos + 6, (int) (seconds % 60), 2);
        pos += 8;
        fraction(nanosOfDay % NANOS_PER_SECOND);
    }

    private void price(long raw) {
        if (raw == Long.MIN_VALUE) {
            ascii(FixedPoint.formatPrice(raw));
            return;
        }
        if (raw < 0) {
            buf[pos++] = '-';
            raw = -raw;
        }
        wholeNumber(raw / Scales.PRICE);
        priceFraction(raw % Scales.PRICE);
    }

    /** {@code .ddd} without trailing zeros, nothing for 0; {@code fraction} in [0, 10^P) of a raw price. */
    private void priceFraction(long fraction) {
        if (fraction == 0) {
            return;
        }
        int width = Scales.PRICE_DIGITS;
        while (fraction % 10 == 0) {
            fraction /= 10;
            width--;
        }
        buf[pos] = '.';
        for (int i = width; i > 0; i--) {
            buf[pos + i] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        pos += width + 1;
    }

    /** {@code .ddddddddd} without trailing zeros, nothing for 0; {@code nanos} in [0, 10^9). */
    private void fraction(long nanos) {
        if (nanos == 0) {
            return;
        }
        int width = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            width--;
        }
        buf[pos] = '.';
        digits(buf, pos + 1, (int) nanos, width);
        pos += width + 1;
    }

    private void volume(double v) {
        if (v == Math.rint(v) && Math.abs(v) < MAX_WHOLE_VOLUME) {
            long whole = (long) v;
            if (whole < 0) {
                buf[pos++] = '-';
                whole = -whole;
            }
            wholeNumber(whole);
        } else {
            ascii(Double.toString(v));
        }
    }

    private void wholeNumber(long value) {
        int length = 1;
        while (length < 19 && value >= DecimalParser.POW10[length]) {
            length++;
        }
        for (int i = pos + length - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        pos += length;
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            buf[pos++] = (byte) text.charAt(i);
        }
    }

    private static void digits(byte[] target, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            target[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
