package wave.app.runs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wave.domain.money.FixedPoint;
import wave.store.runs.EquityCurve;
import wave.store.runs.RunRecord;
import wave.store.runs.StoredRun;

/**
 * The HTML page of {@code wave runs compare --html}: one self-contained file (inline CSS and SVG, no script, nothing
 * downloaded) with the two equity curves overlaid on one time axis and the comparison table below. Curves of runs with
 * the same currency and starting cash are drawn in money; otherwise both are drawn as the growth of 100. A curve is
 * thinned to its first, lowest, highest and last point per pixel column, so peaks and troughs survive any length.
 */
public final class EquityOverlayPage {
    /** Size of the chart in SVG user units (pixels at 100%). */
    static final int WIDTH = 960;
    static final int HEIGHT = 440;
    private static final int LEFT = 96;
    private static final int RIGHT = 24;
    private static final int TOP = 24;
    private static final int BOTTOM = 48;
    private static final String[] COLORS = {"#1f5fbf", "#d0452b"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private EquityOverlayPage() {
    }

    /** The page for two runs. */
    public static String render(RunComparison comparison) {
        StoredRun a = comparison.first();
        StoredRun b = comparison.second();
        boolean money = a.record().totals().currency().equals(b.record().totals().currency())
                && a.record().totals().initialCashRaw() == b.record().totals().initialCashRaw();
        StringBuilder html = new StringBuilder(64 * 1024);
        String title = "Wave: run " + a.id() + " and run " + b.id();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1000px;color:#222}\n")
                .append("h1{font-size:1.4rem}p.note{color:#555;font-size:.9rem}\n")
                .append("svg{background:#fff;border:1px solid #ddd}\n")
                .append("svg text{font-size:12px;fill:#444}svg .grid{stroke:#e6e6e6}svg .axis{stroke:#888}\n")
                .append("svg polyline{fill:none;stroke-width:1.5;stroke-linejoin:round}\n")
                .append("table{border-collapse:collapse;margin-top:1.5rem;font-size:.9rem}\n")
                .append("th,td{padding:.25rem .75rem;border-bottom:1px solid #eee;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}\n")
                .append(".run-a{color:").append(COLORS[0]).append("}.run-b{color:").append(COLORS[1]).append("}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p><span class=\"run-a\">&#9632; run ").append(a.id()).append("</span>: ").append(escape(describe(a)))
                .append("<br/><span class=\"run-b\">&#9632; run ").append(b.id()).append("</span>: ").append(escape(describe(b))).append("</p>\n");
        html.append(chart(a, b, money));
        html.append("<p class=\"note\">").append(money ? "Equity in " + escape(a.record().totals().currency())
                : "Growth of 100 (the runs differ in currency or starting cash)").append(", one point per bar; times in UTC.</p>\n");
        html.append("<table>\n<thead><tr><th></th><th class=\"run-a\">run ").append(a.id()).append("</th><th class=\"run-b\">run ")
                .append(b.id()).append("</th><th>difference</th></tr></thead>\n<tbody>\n");
        for (RunComparison.Row r : comparison.rows()) {
            html.append("<tr><td>").append(escape(r.label())).append("</td><td>").append(escape(r.first())).append("</td><td>")
                    .append(escape(r.second())).append("</td><td>").append(escape(r.difference())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Difference = run ").append(b.id()).append(" - run ").append(a.id())
                .append("; pp = percentage points. Written by <code>wave runs compare</code>.</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String describe(StoredRun run) {
        RunRecord r = run.record();
        List<String> instruments = r.data().stream().map(d -> d.instrument()).toList();
        return r.strategy() + " (" + RunText.params(r.configuration().parameters()) + ") on " + RunText.data(instruments)
                + ", " + r.equity().size() + " bars of " + r.totals().barLength() + ", recorded " + RunText.time(run.createdAt()) + " UTC";
    }

    /** The SVG chart: grid, axes with labels, and one polyline per run (class run-a, run-b). */
    static String chart(StoredRun a, StoredRun b, boolean money) {
        double[] ya = values(a.record().equity(), money);
        double[] yb = values(b.record().equity(), money);
        long[] ta = a.record().equity().tsNanos();
        long[] tb = b.record().equity().tsNanos();
        long tMin = Long.MAX_VALUE;
        long tMax = Long.MIN_VALUE;
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        for (long[] t : new long[][] {ta, tb}) {
            if (t.length > 0) {
                tMin = Math.min(tMin, t[0]);
                tMax = Math.max(tMax, t[t.length - 1]);
            }
        }
        for (double[] y : new double[][] {ya, yb}) {
            for (double v : y) {
                if (Double.isFinite(v)) {
                    vMin = Math.min(vMin, v);
                    vMax = Math.max(vMax, v);
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"Equity curves of run ")
                .append(a.id()).append(" and run ").append(b.id()).append("\">\n");
        if (tMin == Long.MAX_VALUE || vMin == Double.POSITIVE_INFINITY) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">no equity points recorded</text>\n</svg>\n");
            return svg.toString();
        }
        if (tMax == tMin) {
            tMax = tMin + 1;
        }
        double[] ticks = niceTicks(vMin, vMax, 6);
        double yLow = Math.min(vMin, ticks[0]);
        double yHigh = Math.max(vMax, ticks[ticks.length - 1]);
        if (yHigh == yLow) {
            yHigh = yLow + 1;
        }
        Scale scale = new Scale(tMin, tMax, yLow, yHigh);
        for (double tick : ticks) {
            double y = scale.y(tick);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\"/>\n");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.ROOT, "%,.0f", tick)).append("</text>\n");
        }
        boolean intraday = tMax - tMin < 3L * 86_400_000_000_000L;
        int xTicks = 6;
        for (int i = 0; i <= xTicks; i++) {
            long t = tMin + Math.round((double) (tMax - tMin) * i / xTicks);
            double x = scale.x(t);
            LocalDateTime time = LocalDateTime.ofInstant(MetricValues.instant(t), ZoneOffset.UTC);
            svg.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>\n");
            String anchor = i == 0 ? "start" : i == xTicks ? "end" : "middle";
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\" text-anchor=\"").append(anchor).append("\">")
                    .append((intraday ? DATE_TIME : DATE).format(time)).append("</text>\n");
        }
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(HEIGHT - BOTTOM)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>\n");
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>\n");
        polyline(svg, "run-a", COLORS[0], ta, ya, scale);
        polyline(svg, "run-b", COLORS[1], tb, yb, scale);
        svg.append("<text x=\"").append(LEFT + 12).append("\" y=\"").append(TOP + 16).append("\" style=\"fill:").append(COLORS[0])
                .append("\">run ").append(a.id()).append("</text>\n");
        svg.append("<text x=\"").append(LEFT + 12).append("\" y=\"").append(TOP + 32).append("\" style=\"fill:").append(COLORS[1])
                .append("\">run ").append(b.id()).append("</text>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Equity as money, or as the growth of 100 from the first point. */
    private static double[] values(EquityCurve curve, boolean money) {
        long[] raw = curve.equityRaw();
        double[] v = new double[raw.length];
        double first = raw.length == 0 ? 1 : FixedPoint.moneyToDouble(raw[0]);
        for (int i = 0; i < raw.length; i++) {
            v[i] = money ? FixedPoint.moneyToDouble(raw[i]) : FixedPoint.moneyToDouble(raw[i]) / first * 100;
        }
        return v;
    }

    private record Scale(long tMin, long tMax, double vMin, double vMax) {
        double x(long t) {
            return LEFT + (double) (t - tMin) / (tMax - tMin) * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            return HEIGHT - BOTTOM - (v - vMin) / (vMax - vMin) * (HEIGHT - TOP - BOTTOM);
        }
    }

    /** Points of one curve, thinned to the first, lowest, highest and last point of each pixel column. */
    static void polyline(StringBuilder svg, String cssClass, String color, long[] ts, double[] values, Scale scale) {
        if (ts.length == 0) {
            return;
        }
        svg.append("<polyline class=\"").append(cssClass).append("\" stroke=\"").append(color).append("\" points=\"");
        List<Integer> kept = thin(ts, values, scale);
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            if (k > 0) {
                svg.append(' ');
            }
            svg.append(fmt(scale.x(ts[i]))).append(',').append(fmt(scale.y(values[i])));
        }
        svg.append("\"/>\n");
    }

    static List<Integer> thin(long[] ts, double[] values, Scale scale) {
        List<Integer> kept = new ArrayList<>();
        int start = 0;
        while (start < ts.length) {
            long column = (long) Math.floor(scale.x(ts[start]));
            int end = start;
            int low = start;
            int high = start;
            while (end + 1 < ts.length && (long) Math.floor(scale.x(ts[end + 1])) == column) {
                end++;
                if (values[end] < values[low]) {
                    low = end;
                }
                if (values[end] > values[high]) {
                    high = end;
                }
            }
            int[] picks = {start, Math.min(low, high), Math.max(low, high), end};
            for (int p : picks) {
                if (kept.isEmpty() || kept.getLast() < p) {
                    kept.add(p);
                }
            }
            start = end + 1;
        }
        return kept;
    }

    /** About {@code count} round tick values (1, 2 or 5 times a power of ten apart) covering [min, max]. */
    static double[] niceTicks(double min, double max, int count) {
        double span = max - min;
        if (span <= 0) {
            span = Math.max(1, Math.abs(min) * 0.1);
            min -= span / 2;
            max += span / 2;
        }
        double raw = span / (count - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10);
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
