package wave.app.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wave.research.metrics.PerformanceReport.Metric;
import wave.research.metrics.PerformanceReport.Unit;
import wave.research.metrics.PerformanceReport;
import wave.store.runs.MetricValue;

/** Converts between a {@link PerformanceReport}'s metrics and the store's {@link MetricValue}s, both ways exactly. */
public final class MetricValues {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private MetricValues() {
    }

    /** The report's metrics, in report order, as stored values (times become instants). */
    public static List<MetricValue> of(PerformanceReport report) {
        List<MetricValue> values = new ArrayList<>();
        for (Metric m : report.metrics()) {
            Object value = m.unit() == Unit.TIME && m.value() != null ? instant((Long) m.value()) : m.value();
            values.add(new MetricValue(m.key(), m.label(), m.unit().name().toLowerCase(Locale.ROOT), value));
        }
        return values;
    }

    /** Stored values back as report metrics, for {@link PerformanceReport#format(List)} (instants become nanoseconds). */
    public static List<Metric> toMetrics(List<MetricValue> values) {
        List<Metric> metrics = new ArrayList<>(values.size());
        for (MetricValue v : values) {
            Object value = v.value() instanceof Instant t ? nanos(t) : v.value();
            metrics.add(new Metric(v.name(), v.label(), unit(v), value));
        }
        return metrics;
    }

    /** The report unit of a stored value. */
    public static Unit unit(MetricValue value) {
        return Unit.valueOf(value.unit().toUpperCase(Locale.ROOT));
    }

    /** A stored value as {@link PerformanceReport#toMap()} has it: times as ISO-8601 text, everything else as is. */
    public static Object jsonValue(MetricValue value) {
        return value.value() instanceof Instant t ? t.toString() : value.value();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS_PER_SECOND), t.getNano());
    }
}
