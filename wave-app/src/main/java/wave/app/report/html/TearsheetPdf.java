package wave.app.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The tearsheet as a PDF (PDFBox, landscape A4): the same sections as the HTML page, the charts drawn as vector lines
 * from the same {@link TearsheetCharts} series.
 */
public final class TearsheetPdf {
    private TearsheetPdf() {
    }

    /** Writes the PDF of {@code data} to {@code file}; {@code sectors} (may be empty) adds attribution by sector. */
    public static void write(TearsheetData data, Map<String, String> sectors, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PdfCanvas pdf = new PdfCanvas(doc)) {
                pdf.heading("Wave tearsheet: " + data.title(), 14, 0);
                pdf.heading("Metrics", 11, 40);
                pdf.table(TearsheetTables.metricsHeader(data), TearsheetTables.metricsRows(data), new float[] {180, 160, 160});
                if (data.tsNanos().length < 2) {
                    pdf.note("The run has fewer than two equity points: nothing to chart.");
                } else {
                    charts(pdf, data);
                }
                pdf.newPage();
                float[] columns = {160, 80, 100, 100, 110};
                pdf.heading("Attribution by instrument", 11, 40);
                pdf.table(TearsheetTables.attributionHeader("instrument"), Attribution.byInstrument(data), columns);
                if (!sectors.isEmpty()) {
                    pdf.heading("Attribution by sector", 11, 40);
                    pdf.table(TearsheetTables.attributionHeader("sector"), Attribution.bySector(data, sectors), columns);
                }
                List<String[]> trades = data.tradeRows();
                pdf.newPage();
                pdf.heading("Trades", 11, 30);
                pdf.note(trades.size() + " closed trades.");
                String[] header = data.tradeHeader();
                float[] widths = new float[header.length];
                Arrays.fill(widths, (PdfCanvas.PAGE.getWidth() - 72) / Math.max(1, header.length));
                pdf.table(header, trades, widths);
                pdf.note("Times in UTC. Metrics as computed by wave-research for the run; written by wave report.");
            }
            doc.save(file.toFile());
        }
    }

    private static void charts(PdfCanvas pdf, TearsheetData data) throws IOException {
        TearsheetCharts c = TearsheetCharts.of(data);
        pdf.heading("Equity", 11, 170);
        pdf.note(data.benchmark() != null ? "strategy (blue), buy and hold " + data.benchmarkName() + " (grey, scaled to the starting equity), in "
                + data.currency() : "strategy, in " + data.currency() + " (no benchmark curve: the run's data file is not readable)");
        pdf.lines(c.x(), c.equity(), c.start(), c.end(), false);
        pdf.heading("Drawdown", 11, 170);
        pdf.lines(c.x(), List.of(new Svg.Line("drawdown", c.drawdown(), TearsheetCharts.DRAWDOWN)), c.start(), c.end(), true);
        pdf.newPage();
        pdf.heading("Monthly returns", 11, 40);
        pdf.table(TearsheetTables.monthlyHeader(), TearsheetTables.monthlyRows(c.monthly()), TearsheetTables.monthlyWidths());
        pdf.newPage();
        pdf.heading("Rolling Sharpe ratio and volatility", 11, 180);
        pdf.note("Trailing windows of " + c.window() + " bars, annualised as the run's metrics.");
        pdf.lines(c.x(), List.of(new Svg.Line("Sharpe ratio", c.sharpe(), TearsheetCharts.STRATEGY)), c.start(), c.end(), false);
        pdf.lines(c.x(), List.of(new Svg.Line("annual volatility", c.volatility(), TearsheetCharts.VOLATILITY)), c.start(), c.end(), true);
        pdf.newPage();
        pdf.heading("Return distribution", 11, 180);
        pdf.note(c.returns().length + " per-bar returns in " + TearsheetSeries.HISTOGRAM_BINS + " bins.");
        pdf.bars(c.histogram(), TearsheetCharts.STRATEGY, Tearsheet.percent(c.minReturn()), Tearsheet.percent(c.maxReturn()));
        for (InstrumentPrices prices : data.prices()) {
            long[] ts = prices.tsNanos();
            if (ts.length >= 2) {
                pdf.newPage();
                pdf.heading("Price: " + prices.instrument(), 11, 180);
                pdf.note("Close (grey)" + (prices.overlays().isEmpty() ? "" : " and the strategy's indicators "
                        + prices.overlays().stream().map(InstrumentPrices.Overlay::name).toList())
                        + "; the trades' entries and exits are marked in the HTML report.");
                pdf.lines(Arrays.stream(ts).asDoubleStream().toArray(), PriceChart.lines(prices), TearsheetCharts.date(ts[0]),
                        TearsheetCharts.date(ts[ts.length - 1]), false);
            }
        }
    }
}
