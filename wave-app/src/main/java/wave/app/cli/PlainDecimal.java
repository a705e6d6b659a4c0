package wave.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import wave.app.report.AsciiWriter;

/**
 * Writes a double as a plain decimal (never an exponent) rounded half-even to {@value #SIGNIFICANT} significant
 * digits, without trailing zeros; the integer digits of a number at or above 1e10 are all kept. {@code 54.12345678912}
 * is written {@code 54.12345679}, {@code 0.000123456789012} {@code 0.000123456789}, {@code 1e20}
 * {@code 100000000000000000000}. Infinities are {@code inf} and {@code -inf}; the caller writes NaN as an empty
 * cell.
 *
 * <p>The usual magnitudes (1e-5 to 1e15) take a fast path in {@code long} arithmetic that allocates nothing;
 * near a rounding tie and outside that span the exact decimal value is rounded with {@link BigDecimal}.
 */
final class PlainDecimal {
    static final int SIGNIFICANT = 10;
    private static final long[] POWERS = new long[19];
    private static final double[] DOUBLE_POWERS = new double[23];
    private static final long LOWEST = 1_000_000_000L; // 10^(SIGNIFICANT - 1)
    private static final long BEYOND = 10_000_000_000L; // 10^SIGNIFICANT
    private static final MathContext[] CONTEXTS = new MathContext[400];

    static {
        long p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
        double d = 1;
        for (int i = 0; i < DOUBLE_POWERS.length; i++) {
            DOUBLE_POWERS[i] = d; // exact up to 1e22
            d *= 10;
        }
    }

    private PlainDecimal() {
    }

    /** Appends {@code value}; must not be NaN. */
    static void write(AsciiWriter w, double value) {
        if (value == 0.0) {
            w.ch('0');
            return;
        }
        if (Double.isInfinite(value)) {
            w.text(value > 0 ? "inf" : "-inf");
            return;
        }
        double a = Math.abs(value);
        if (a >= 1e-5 && a < 1e15 && fast(w, value < 0, a)) {
            return;
        }
        w.text(slow(value));
    }

    /** The reference rounding, used off the fast path: exact decimal, then half-even to the significant digits. */
    static String slow(double value) {
        if (value == 0.0) {
            return "0";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        BigDecimal exact = new BigDecimal(value);
        int integerDigits = exact.precision() - exact.scale();
        int digits = Math.max(SIGNIFICANT, integerDigits);
        MathContext context = digits < CONTEXTS.length ? context(digits) : new MathContext(digits, RoundingMode.HALF_EVEN);
        return exact.round(context).stripTrailingZeros().toPlainString();
    }

    private static MathContext context(int digits) {
        MathContext c = CONTEXTS[digits];
        if (c == null) {
            c = new MathContext(digits, RoundingMode.HALF_EVEN);
            CONTEXTS[digits] = c;
        }
        return c;
    }

    /** Writes {@code a} (1e-5 <= a < 1e15) unless it sits within 1e-5 of a rounding tie; returns whether it did. */
    private static boolean fast(AsciiWriter w, boolean negative, double a) {
        int exponent = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(0, SIGNIFICANT - 1 - exponent);
        long digits = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            double scaled = a * DOUBLE_POWERS[decimals];
            double fraction = scaled - Math.floor(scaled);
            if (decimals > 0 && Math.abs(fraction - 0.5) < 1e-5) {
                return false;
            }
            digits = (long) Math.rint(scaled);
            if (decimals > 0 && digits >= BEYOND) {
                decimals--; // log10 rounded up, or rounding carried into an extra digit
            } else if (digits < LOWEST && decimals < 18 && decimals < DOUBLE_POWERS.length - 1) {
                decimals++; // log10 rounded down
            } else {
                break;
            }
        }
        if (decimals > 0 && (digits >= BEYOND || digits < LOWEST)) {
            return false;
        }
        if (negative) {
            w.ch('-');
        }
        long unit = POWERS[decimals];
        w.integer(digits / unit);
        long fraction = digits % unit;
        if (fraction != 0) {
            int width = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            w.ch('.');
            for (int i = width - 1; i >= 0; i--) {
                w.ch((char) ('0' + fraction / POWERS[i] % 10));
            }
        }
        return true;
    }
}
