package wave.risk;

import java.util.Locale;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;

/** Builds the denials of the risk rules: the config key that broke, then the numbers. Only called on a refusal. */
final class Denials {
    private Denials() {
    }

    /** A denial whose message starts with the risk key ({@code risk.max_position_pct: ...}). */
    static Denial of(DenyReason reason, String key, String message) {
        return new Denial(reason, "risk." + key + ": " + message);
    }

    /** An amount, raw, with grouping and two decimals ({@code 12,500.00}). */
    static String money(long raw) {
        return String.format(Locale.ROOT, "%,.2f", FixedPoint.moneyToDouble(raw));
    }

    /** A percentage with two decimals ({@code 12.50%}). */
    static String pct(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    /** A limit as configured ({@code 10%}, {@code 2.5%}). */
    static String limitPct(double value) {
        return String.format(Locale.ROOT, "%s%%", plain(value));
    }

    /** A number without trailing zeros ({@code 10}, {@code 0.7}). */
    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
