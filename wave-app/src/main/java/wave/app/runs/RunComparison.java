package wave.app.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wave.research.metrics.PerformanceReport.Unit;
import wave.research.metrics.PerformanceReport;
import wave.store.runs.MetricValue;
import wave.store.runs.RunRecord;
import wave.store.runs.StoredRun;

/**
 * Two runs side by side: what they ran and every metric of either, with the difference (second minus first) where
 * both are numbers. Used by the terminal table and the HTML page of {@code wave runs compare}.
 *
 * @param first  the first run (the baseline of the difference)
 * @param second the second run
 */
public record RunComparison(StoredRun first, StoredRun second) {

    /**
     * One line of the comparison.
     *
     * @param label      what it is
     * @param first      the first run's value as shown
     * @param second     the second run's value as shown
     * @param difference second minus first as shown ("" when not numeric); fractions in percentage points (pp)
     */
    public record Row(String label, String first, String second, String difference) {
    }

    /** The runs' descriptions (strategy, parameters, data, bars, final equity), then every metric of either run. */
    public List<Row> rows() {
        RunRecord a = first.record();
        RunRecord b = second.record();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Strategy", a.strategy(), b.strategy(), ""));
        rows.add(new Row("Parameters", RunText.params(a.configuration().parameters()), RunText.params(b.configuration().parameters()), ""));
        rows.add(new Row("Data", data(a), data(b), ""));
        rows.add(new Row("Recorded (UTC)", RunText.time(first.createdAt()), RunText.time(second.createdAt()), ""));
        rows.add(new Row("Final equity", RunText.money(a.totals().finalEquityRaw()) + " " + a.totals().currency(),
                RunText.money(b.totals().finalEquityRaw()) + " " + b.totals().currency(),
                a.totals().currency().equals(b.totals().currency())
                        ? signedMoney(b.totals().finalEquityRaw() - a.totals().finalEquityRaw()) : ""));
        Map<String, MetricValue> left = byName(a.metrics());
        Map<String, MetricValue> right = byName(b.metrics());
        Map<String, MetricValue> all = new LinkedHashMap<>(left);
        right.forEach(all::putIfAbsent);
        for (MetricValue m : all.values()) {
            MetricValue x = left.get(m.name());
            MetricValue y = right.get(m.name());
            Unit unit = MetricValues.unit(m);
            rows.add(new Row(m.label(), shown(unit, x), shown(unit, y), difference(unit, x, y)));
        }
        return rows;
    }

    /** The terminal table: a title line, then label, first, second and difference columns. */
    public String text() {
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"", "run " + first.id(), "run " + second.id(), "difference"});
        for (Row r : rows()) {
            table.add(new String[] {r.label(), r.first(), r.second(), r.difference()});
        }
        return "Runs " + first.id() + " and " + second.id() + " (difference = run " + second.id() + " - run " + first.id()
                + "; pp = percentage points)\n\n" + RunText.table(table, new boolean[] {true, false, false, false}).stripTrailing();
    }

    private static String data(RunRecord run) {
        List<String> instruments = run.data().stream().map(d -> d.instrument()).toList();
        return RunText.data(instruments) + ", " + String.format(Locale.ROOT, "%,d", run.equity().size()) + " x " + run.totals().barLength();
    }

    private static Map<String, MetricValue> byName(List<MetricValue> values) {
        Map<String, MetricValue> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.name(), v));
        return map;
    }

    private static String shown(Unit unit, MetricValue value) {
        return value == null ? "-" : PerformanceReport.formatValue(unit, MetricValues.toMetrics(List.of(value)).getFirst().value());
    }

    private static String difference(Unit unit, MetricValue x, MetricValue y) {
        if (x == null || y == null || unit == Unit.TIME) {
            return "";
        }
        Double a = x.finiteNumber();
        Double b = y.finiteNumber();
        if (a == null || b == null) {
            return "";
        }
        double d = b - a;
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%+d", Math.round(d));
            case MONEY -> String.format(Locale.ROOT, "%+,.2f", d);
            case FRACTION -> String.format(Locale.ROOT, "%+.2f pp", d * 100);
            case RATIO -> String.format(Locale.ROOT, "%+.3f", d);
            case DAYS -> String.format(Locale.ROOT, "%+.1f", d);
            default -> (d >= 0 ? "+" : "") + java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        };
    }

    private static String signedMoney(long raw) {
        return String.format(Locale.ROOT, "%+,.2f", wave.domain.money.FixedPoint.moneyToBigDecimal(raw));
    }
}
