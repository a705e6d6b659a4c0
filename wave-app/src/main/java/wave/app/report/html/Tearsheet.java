package wave.app.report.html;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML tearsheet of a run: one self-contained page (inline CSS and SVG, no script, nothing downloaded) with the
 * metrics beside the benchmark's, equity against the buy-and-hold benchmark, drawdown, a monthly returns heatmap,
 * rolling Sharpe ratio and volatility, the distribution of per-bar returns, attribution by instrument (and by sector
 * given a sector map) and the trade list.
 */
public final class Tearsheet {
    private static final String STRATEGY = TearsheetCharts.STRATEGY;
    private static final String BENCHMARK = TearsheetCharts.BENCHMARK;

    private Tearsheet() {
    }

    /** The page for {@code data}; {@code sectors} (symbol to sector, may be empty) adds attribution by sector. */
    public static String render(TearsheetData data, Map<String, String> sectors) {
        StringBuilder html = new StringBuilder(256 * 1024);
        String title = "Wave tearsheet: " + data.title();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1000px;color:#222}\n")
                .append("h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}p.note{color:#555;font-size:.85rem}\n")
                .append("svg{background:#fff;border:1px solid #ddd}svg text{font-size:11px;fill:#444}\n")
                .append("svg .plot{fill:none;stroke:#ccc}svg .zero{stroke:#999;stroke-dasharray:3 3}\n")
                .append("svg polyline{fill:none;stroke-width:1.5;stroke-linejoin:round}\n")
                .append("table{border-collapse:collapse;font-size:.85rem}th,td{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        metrics(html, data);
        long[] ts = data.tsNanos();
        if (ts.length < 2) {
            html.append("<p>The run has fewer than two equity points: nothing to chart.</p>\n");
        } else {
            charts(html, data);
        }
        for (InstrumentPrices p : data.prices()) {
            PriceChart.append(html, p, data);
        }
        attribution(html, "attribution", "Attribution by instrument", "instrument", Attribution.byInstrument(data));
        if (!sectors.isEmpty()) {
            attribution(html, "attribution-sectors", "Attribution by sector", "sector", Attribution.bySector(data, sectors));
        }
        trades(html, data);
        html.append("<p class=\"note\">Times in UTC. Metrics as computed by wave-research for the run; written by <code>wave report</code>.</p>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static void metrics(StringBuilder html, TearsheetData data) {
        html.append("<h2 id=\"metrics\">Metrics</h2>\n<table>\n<thead><tr><th>metric</th><th>strategy</th>");
        boolean benchmark = !data.benchmarkMetrics().isEmpty();
        if (benchmark) {
            html.append("<th>buy and hold ").append(Html.escape(data.benchmarkName())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Object> e : data.metrics().entrySet()) {
            html.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td>").append(Html.escape(String.valueOf(e.getValue()))).append("</td>");
            if (benchmark) {
                html.append("<td>").append(Html.escape(String.valueOf(data.benchmarkMetrics().get(e.getKey())))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void charts(StringBuilder html, TearsheetData data) {
        TearsheetCharts c = TearsheetCharts.of(data);
        html.append("<h2 id=\"equity\">Equity</h2>\n<p class=\"note\"><span style=\"color:").append(STRATEGY).append("\">&#9632; strategy</span> ")
                .append(data.benchmark() != null ? "<span style=\"color:" + BENCHMARK + "\">&#9632; buy and hold " + Html.escape(data.benchmarkName())
                        + ", scaled to the starting equity</span>" : "(no benchmark curve: the run's data file is not readable)")
                .append(", in ").append(Html.escape(data.currency())).append("</p>\n")
                .append(Svg.lines("equity-chart", c.x(), c.equity(), c.start(), c.end(), false));
        html.append("<h2 id=\"drawdown\">Drawdown</h2>\n")
                .append(Svg.lines("drawdown-chart", c.x(), List.of(new Svg.Line("drawdown", c.drawdown(), TearsheetCharts.DRAWDOWN)), c.start(), c.end(), true));
        monthly(html, c.monthly());
        html.append("<h2 id=\"rolling\">Rolling Sharpe ratio and volatility</h2>\n<p class=\"note\">Trailing windows of ").append(c.window())
                .append(" bars, annualised as the run's metrics.</p>\n")
                .append(Svg.lines("rolling-sharpe-chart", c.x(), List.of(new Svg.Line("Sharpe ratio", c.sharpe(), STRATEGY)), c.start(), c.end(), false))
                .append(Svg.lines("rolling-volatility-chart", c.x(), List.of(new Svg.Line("annual volatility", c.volatility(), TearsheetCharts.VOLATILITY)),
                        c.start(), c.end(), true));
        html.append("<h2 id=\"distribution\">Return distribution</h2>\n<p class=\"note\">").append(c.returns().length).append(" per-bar returns in ")
                .append(TearsheetSeries.HISTOGRAM_BINS).append(" bins.</p>\n")
                .append(Svg.bars("returns-histogram", c.histogram(), STRATEGY, percent(c.minReturn()), percent(c.maxReturn())));
    }

    private static void monthly(StringBuilder html, Map<YearMonth, Double> returns) {
        html.append("<h2 id=\"monthly\">Monthly returns</h2>\n<table class=\"heatmap\">\n<thead><tr><th>year</th>");
        for (int m = 1; m <= 12; m++) {
            html.append("<th>").append(m).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int first = returns.keySet().stream().mapToInt(YearMonth::getYear).min().orElse(0);
        int last = returns.keySet().stream().mapToInt(YearMonth::getYear).max().orElse(-1);
        for (int y = first; y <= last; y++) {
            html.append("<tr><td>").append(y).append("</td>");
            for (int m = 1; m <= 12; m++) {
                Double r = returns.get(YearMonth.of(y, m));
                html.append(r == null ? "<td></td>" : "<td style=\"background:" + heat(r) + "\">" + percent(r) + "</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void attribution(StringBuilder html, String id, String title, String key, List<String[]> rows) {
        html.append("<h2 id=\"").append(id).append("\">").append(title).append("</h2>\n<p class=\"note\">From the closed trades; ")
                .append("share of the total net P&amp;L of closed trades.</p>\n");
        table(html, TearsheetTables.attributionHeader(key), rows);
    }

    private static void table(StringBuilder html, String[] header, List<String[]> rows) {
        html.append("<table>\n<thead><tr>");
        for (String h : header) {
            html.append("<th>").append(Html.escape(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void trades(StringBuilder html, TearsheetData data) {
        List<String[]> rows = data.tradeRows();
        html.append("<h2 id=\"trades\">Trades</h2>\n<p class=\"note\">").append(rows.size()).append(" closed trades.</p>\n");
        table(html, data.tradeHeader(), rows);
    }

    /** Green for gains, red for losses, stronger up to 10% either way. */
    private static String heat(double r) {
        double a = Math.min(1, Math.abs(r) / 0.10) * 0.8 + 0.1;
        return String.format(Locale.ROOT, r >= 0 ? "rgba(30,150,60,%.2f)" : "rgba(210,50,40,%.2f)", a);
    }

    static String percent(double r) {
        return String.format(Locale.ROOT, "%.2f%%", r * 100);
    }
}
