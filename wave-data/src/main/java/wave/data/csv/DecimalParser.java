package wave.data.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Scales;

/**
 * Parses ASCII decimal numbers in place from a byte range, without creating a String on the fast path.
 *
 * <p>Failures return a sentinel ({@link #INVALID} or NaN) instead of throwing, so the caller can raise a
 * {@link DataFormatException} that names the file, line and column.
 */
final class DecimalParser {
    /** Returned by {@link #parseRaw} for text that is not a decimal number in the fixed-point range. */
    static final long INVALID = Long.MIN_VALUE;

    /** Powers of ten, {@code POW10[k] = 10^k} for k in [0, 18]. */
    static final long[] POW10 = new long[19];
    private static final double[] POW10_DOUBLE = new double[23];
    /** Largest integer part handled on the fast path: {@code intPart x 10^P + 10^P - 1 + 1} cannot overflow. */
    private static final long MAX_FAST_INT_PART = Long.MAX_VALUE / Scales.PRICE - 1;
    private static final long MAX_EXACT_DOUBLE_MANTISSA = 1L << 53;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        double p = 1;
        for (int i = 0; i < POW10_DOUBLE.length; i++) {
            POW10_DOUBLE[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {
    }

    /**
     * Parses {@code [start, end)} as a decimal ({@code -12.5}, {@code +3}, {@code .25}, {@code 7.}) into a raw
     * fixed-point price (x 10^{@link Scales#PRICE_DIGITS}), exactly; digits past the price scale are rounded half-even like
     * {@link FixedPoint#parsePrice}. Forms with an exponent ({@code 1.5E3}) go through {@link FixedPoint#parsePrice}.
     *
     * @return the raw value, or {@link #INVALID}
     */
    static long parseRaw(byte[] b, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long intPart = 0;
        int digits = 0;
        int c;
        while (i < end && (c = b[i] - '0') >= 0 && c <= 9) {
            if (intPart > MAX_FAST_INT_PART / 10 + 1) {
                return slowRaw(b, start, end);
            }
            intPart = intPart * 10 + c;
            digits++;
            i++;
        }
        long fraction = 0;
        int fractionDigits = 0;
        int firstDropped = 0;
        boolean droppedNonZero = false;
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && (c = b[i] - '0') >= 0 && c <= 9) {
                if (fractionDigits < Scales.PRICE_DIGITS) {
                    fraction = fraction * 10 + c;
                    fractionDigits++;
                } else if (fractionDigits == Scales.PRICE_DIGITS) {
                    firstDropped = c;
                    fractionDigits++;
                } else {
                    droppedNonZero |= c != 0;
                }
                digits++;
                i++;
            }
        }
        if (i < end) {
            return (b[i] == 'e' || b[i] == 'E') && digits > 0 ? slowRaw(b, start, end) : INVALID;
        }
        if (digits == 0) {
            return INVALID;
        }
        if (intPart > MAX_FAST_INT_PART) {
            return slowRaw(b, start, end);
        }
        int kept = Math.min(fractionDigits, Scales.PRICE_DIGITS);
        long raw = intPart * Scales.PRICE + fraction * POW10[Scales.PRICE_DIGITS - kept];
        if (firstDropped > 5 || (firstDropped == 5 && (droppedNonZero || (raw & 1) != 0))) {
            raw++;
        }
        return negative ? -raw : raw;
    }

    /**
     * Parses {@code [start, end)} as a decimal double ({@code 1500}, {@code -0.25}, {@code 7.00001}, {@code 1e6}).
     * Up to 15 significant digits are converted exactly on the fast path (correctly rounded); longer forms
     * and exponents use {@link Double#parseDouble}.
     *
     * @return the value, or NaN when the text is not a finite decimal number
     */
    static double parseDouble(byte[] b, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        int c;
        while (i < end && (c = b[i] - '0') >= 0 && c <= 9) {
            mantissa = mantissa * 10 + c;
            digits++;
            i++;
            if (digits > 17) {
                return slowDouble(b, start, end);
            }
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && (c = b[i] - '0') >= 0 && c <= 9) {
                mantissa = mantissa * 10 + c;
                digits++;
                fractionDigits++;
                i++;
                if (digits > 17) {
                    return slowDouble(b, start, end);
                }
            }
        }
        if (i < end) {
            return (b[i] == 'e' || b[i] == 'E') && digits > 0 ? slowDouble(b, start, end) : Double.NaN;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (mantissa >= MAX_EXACT_DOUBLE_MANTISSA || fractionDigits >= POW10_DOUBLE.length) {
            return slowDouble(b, start, end);
        }
        double value = fractionDigits == 0 ? mantissa : mantissa / POW10_DOUBLE[fractionDigits];
        return negative ? -value : value;
    }

    /**
     * True when {@code [start, end)} is a decimal number that {@link #parseRaw} refused because it is beyond the
     * fixed-point range (about 9.2 billion); for error messages only.
     */
    static boolean isOutOfRange(byte[] b, int start, int end) {
        String text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        if (!isPlainNumberText(text)) {
            return false;
        }
        try {
            FixedPoint.priceFromBigDecimal(new BigDecimal(text));
            return false;
        } catch (NumberFormatException e) {
            return false;
        } catch (FixedPointOverflowException e) {
            return true;
        }
    }

    private static long slowRaw(byte[] b, int start, int end) {
        String text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        if (!isPlainNumberText(text)) {
            return INVALID;
        }
        try {
            return FixedPoint.parsePrice(text);
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    private static double slowDouble(byte[] b, int start, int end) {
        String text = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        if (!isPlainNumberText(text)) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Only digits, sign, point and exponent: keeps out what Java accepts beyond CSV numbers (NaN, 0x1p3, 1d). */
    private static boolean isPlainNumberText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E')) {
                return false;
            }
        }
        return true;
    }
}
