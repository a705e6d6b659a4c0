package wave.app.cli;

import java.math.BigDecimal;
import java.util.Locale;
import wave.engine.execution.SlippageModel;

/**
 * Parses the execution options of {@code wave backtest} ({@code --latency-bars}, {@code --max-volume-pct},
 * {@code --slippage}). A bad value is an {@link IllegalArgumentException} whose one-line message names the option
 * and its valid forms.
 */
final class ExecutionOptions {
    /** Number of close-to-close returns in the volatility window of {@code --slippage sqrt:<k>}. */
    static final int SQRT_WINDOW_BARS = 20;

    /** The valid forms of {@code --slippage}, as error messages list them. */
    static final String SLIPPAGE_FORMS = "none, bps:<basis points>, spread-bps:<basis points> or sqrt:<k>";

    private ExecutionOptions() {
    }

    /** {@code --latency-bars}: a whole number of bars, >= 0. */
    static int latencyBars(String text) {
        String t = text.strip();
        try {
            int value = Integer.parseInt(t);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("--latency-bars '" + text + "' is not valid; expected a whole number of bars >= 0");
    }

    /** {@code --max-volume-pct}: a percentage in (0, 100], returned as a fraction in (0, 1]. */
    static double participation(String text) {
        BigDecimal percent = decimal(text);
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("--max-volume-pct '" + text
                    + "' is not valid; expected a percentage of each bar's volume in (0, 100]");
        }
        return percent.doubleValue() / 100;
    }

    /** {@code --slippage}: {@code none}, {@code bps:5}, {@code spread-bps:10} or {@code sqrt:0.5}. */
    static SlippageModel slippage(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return SlippageModel.none();
        }
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        BigDecimal value = colon < 0 ? null : decimal(t.substring(colon + 1));
        return switch (kind) {
            case "bps" -> SlippageModel.fixedBps(inRange(text, value, 10_000, "bps:<basis points> with 0 <= bps < 10000"));
            case "spread-bps" -> SlippageModel.halfSpread(inRange(text, value, 20_000,
                    "spread-bps:<basis points> with 0 <= spread < 20000"));
            case "sqrt" -> SlippageModel.squareRootImpact(inRange(text, value, Double.POSITIVE_INFINITY, "sqrt:<k> with k >= 0"),
                    SQRT_WINDOW_BARS);
            default -> throw new IllegalArgumentException("--slippage '" + text + "' not understood; expected " + SLIPPAGE_FORMS);
        };
    }

    private static double inRange(String text, BigDecimal value, double limit, String expected) {
        if (value == null || value.signum() < 0 || !(value.doubleValue() < limit)) {
            throw new IllegalArgumentException("--slippage '" + text + "' is not valid; expected " + expected);
        }
        return value.doubleValue();
    }

    /** A plain decimal number, or null (no NaN, infinities or type suffixes). */
    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
