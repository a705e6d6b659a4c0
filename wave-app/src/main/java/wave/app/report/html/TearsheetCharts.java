package wave.app.report.html;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import wave.research.metrics.PerformanceReport;

/**
 * The series every rendering of the tearsheet draws (the HTML page's SVG and the PDF's vector charts), computed once
 * from a run's data so the two show the same numbers.
 *
 * @param x          the time of each sample as a double (nanoseconds), the charts' shared horizontal axis
 * @param start      the first date, labelling the left end
 * @param end        the last date, labelling the right end
 * @param equity     the strategy's equity, and the benchmark's when there is one
 * @param drawdown   equity over its running peak, minus one
 * @param monthly    the return of each calendar month
 * @param window     bars per rolling window
 * @param sharpe     rolling Sharpe ratio (NaN before the first full window)
 * @param volatility rolling annual volatility (NaN before the first full window)
 * @param returns    per-bar returns
 * @param histogram  counts of {@code returns} in {@link TearsheetSeries#HISTOGRAM_BINS} bins
 */
record TearsheetCharts(double[] x, String start, String end, List<Svg.Line> equity, double[] drawdown,
                       Map<YearMonth, Double> monthly, int window, double[] sharpe, double[] volatility, double[] returns,
                       double[] histogram) {
    static final String STRATEGY = "#1f5fbf";
    static final String BENCHMARK = "#888888";
    static final String DRAWDOWN = "#d0452b";
    static final String VOLATILITY = "#7a3fb0";

    /** The series of {@code data}, which must have at least two equity points. */
    static TearsheetCharts of(TearsheetData data) {
        long[] ts = data.tsNanos();
        List<Svg.Line> equity = new ArrayList<>(List.of(new Svg.Line("strategy", data.equity(), STRATEGY)));
        if (data.benchmark() != null) {
            equity.add(new Svg.Line("buy and hold " + data.benchmarkName(), data.benchmark(), BENCHMARK));
        }
        int window = TearsheetSeries.window(ts.length);
        PerformanceReport[] rolling = TearsheetSeries.rolling(ts, data.equity(), window, TearsheetSeries.config(data.metrics()));
        double[] sharpe = new double[ts.length];
        double[] vol = new double[ts.length];
        for (int i = 0; i < ts.length; i++) {
            sharpe[i] = rolling[i] == null ? Double.NaN : rolling[i].sharpe();
            vol[i] = rolling[i] == null ? Double.NaN : rolling[i].annualVolatility();
        }
        double[] returns = TearsheetSeries.returns(data.equity());
        return new TearsheetCharts(Arrays.stream(ts).asDoubleStream().toArray(), date(ts[0]), date(ts[ts.length - 1]), equity,
                TearsheetSeries.drawdown(data.equity()), TearsheetSeries.monthlyReturns(ts, data.equity()), window, sharpe, vol,
                returns, TearsheetSeries.histogram(returns, TearsheetSeries.HISTOGRAM_BINS));
    }

    /** The smallest per-bar return. */
    double minReturn() {
        return Arrays.stream(returns).min().orElse(0);
    }

    /** The largest per-bar return. */
    double maxReturn() {
        return Arrays.stream(returns).max().orElse(0);
    }

    /** The UTC date of {@code tsNanos}, as yyyy-MM-dd. */
    static String date(long tsNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(tsNanos, 1_000_000_000L)).toString().substring(0, 10);
    }
}
