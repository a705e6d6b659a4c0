package wave.llm.signal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the horizon the model states ({@code "5d"}, {@code "2 weeks"}, {@code "1mo"}, {@code "4h"}, {@code "P5D"})
 * as a duration: days are calendar days, a week 7 days, a month 30 days, a year 365 days.
 */
public final class Horizons {
    private static final Pattern SHORT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)");

    private Horizons() {
    }

    /** The horizon as a positive duration, or empty when the text is none of the forms above. */
    public static Optional<Duration> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            long minutes = switch (unit.charAt(0)) {
                case 'm' -> unit.startsWith("mo") ? 30L * 24 * 60 : 1;
                case 'h' -> 60;
                case 'd' -> 24 * 60;
                case 'w' -> 7L * 24 * 60;
                default -> 365L * 24 * 60;
            };
            long total = Math.round(amount * minutes);
            return total > 0 ? Optional.of(Duration.ofMinutes(total)) : Optional.empty();
        }
        try {
            Duration d = t.startsWith("p") && !t.contains("t") && t.endsWith("d")
                    ? Duration.ofDays(Long.parseLong(t.substring(1, t.length() - 1))) : Duration.parse(t.toUpperCase(Locale.ROOT));
            return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
