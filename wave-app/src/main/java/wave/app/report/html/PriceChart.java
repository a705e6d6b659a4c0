package wave.app.report.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The price chart of one instrument: its close line, the strategy's indicators on the price scale, and the run's trade
 * entries (green) and exits (red) marked.
 */
final class PriceChart {
    private static final String ENTRY = "#1e963c";
    private static final String EXIT = "#d2322a";
    private static final String[] OVERLAY_COLORS = {"#e08a00", "#7a3db8", "#0a8a8a", "#b8336a"};

    private PriceChart() {
    }

    /** Appends the section of {@code prices} (nothing when it has fewer than two bars). */
    static void append(StringBuilder html, InstrumentPrices prices, TearsheetData data) {
        long[] ts = prices.tsNanos();
        if (ts.length < 2) {
            return;
        }
        List<Svg.Marker> markers = markers(prices, data);
        String id = "price-" + prices.instrument().replaceAll("[^A-Za-z0-9]", "-");
        html.append("<h2 id=\"").append(id).append("\">Price: ").append(Html.escape(prices.instrument())).append("</h2>\n<p class=\"note\">Close, ")
                .append("<span style=\"color:").append(ENTRY).append("\">&#9679; entries</span> and <span style=\"color:").append(EXIT)
                .append("\">&#9679; exits</span> of its ").append(markers.size() / 2).append(" closed trades.</p>\n")
                .append(Svg.lines(id + "-chart", Arrays.stream(ts).asDoubleStream().toArray(),
                        lines(prices), markers,
                        TearsheetCharts.date(ts[0]), TearsheetCharts.date(ts[ts.length - 1]), false));
    }

    /** The close, then each indicator drawn over it. */
    static List<Svg.Line> lines(InstrumentPrices prices) {
        List<Svg.Line> lines = new ArrayList<>();
        lines.add(new Svg.Line(prices.instrument(), prices.closes(), TearsheetCharts.BENCHMARK));
        for (int i = 0; i < prices.overlays().size(); i++) {
            InstrumentPrices.Overlay overlay = prices.overlays().get(i);
            lines.add(new Svg.Line(overlay.name(), overlay.values(), OVERLAY_COLORS[i % OVERLAY_COLORS.length]));
        }
        return lines;
    }

    private static List<Svg.Marker> markers(InstrumentPrices prices, TearsheetData data) {
        List<String> header = Arrays.asList(data.tradeHeader());
        int instrument = header.indexOf("instrument");
        int[] time = {header.indexOf("entry_time"), header.indexOf("exit_time")};
        int[] price = {header.indexOf("entry_price"), header.indexOf("exit_price")};
        List<Svg.Marker> markers = new ArrayList<>();
        for (String[] row : data.tradeRows()) {
            if (!row[instrument].equals(prices.instrument())) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                markers.add(new Svg.Marker(RunDirectoryReader.nanos(row[time[k]]), Double.parseDouble(row[price[k]]), k == 0 ? ENTRY : EXIT,
                        (k == 0 ? "entry " : "exit ") + row[time[k]] + " at " + row[price[k]]));
            }
        }
        return markers;
    }
}
