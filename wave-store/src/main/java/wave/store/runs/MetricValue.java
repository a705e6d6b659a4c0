package wave.store.runs;

import java.time.Instant;
import java.util.Set;

/**
 * One stored metric, self-describing so that a run recorded by an older Wave still shows as it was computed.
 *
 * @param name  key as in {@code summary.json}, e.g. {@code sharpe_ratio}
 * @param label human name, e.g. {@code Sharpe ratio}
 * @param unit  how to read and show the value: {@code count} (an {@link Integer}), {@code time} (an {@link Instant}),
 *              or for a {@link Double}: {@code money} (account currency), {@code fraction} (0.25 = 25%),
 *              {@code ratio}, {@code days} or {@code number}
 * @param value the value, or null when undefined (e.g. a drawdown that has not recovered); doubles may be NaN or infinite
 */
public record MetricValue(String name, String label, String unit, Object value) {
    /** The units a metric may have. */
    public static final Set<String> UNITS = Set.of("count", "time", "money", "fraction", "ratio", "days", "number");

    /** Checks that the value's type fits the unit. */
    public MetricValue {
        if (name == null || name.isBlank() || label == null) {
            throw new IllegalArgumentException("name and label are required");
        }
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("metric " + name + ": unit '" + unit + "' not understood; expected one of "
                    + String.join(", ", UNITS.stream().sorted().toList()));
        }
        boolean fits = switch (value) {
            case null -> true;
            case Integer ignored -> unit.equals("count");
            case Instant ignored -> unit.equals("time");
            case Double ignored -> !unit.equals("count") && !unit.equals("time");
            default -> false;
        };
        if (!fits) {
            throw new IllegalArgumentException("metric " + name + ": a " + value.getClass().getSimpleName()
                    + " does not fit unit " + unit + " (count: Integer, time: Instant, others: Double)");
        }
    }

    /** The value as a finite double, or null (for counts, finite numbers; null for times, NaN, infinities and null). */
    public Double finiteNumber() {
        return switch (value) {
            case Integer i -> i.doubleValue();
            case Double d when Double.isFinite(d) -> d;
            case null, default -> null;
        };
    }
}
