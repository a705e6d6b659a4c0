package wave.research.metrics;

import java.util.List;
import java.util.Objects;
import org.hipparchus.util.KthSelector;
import org.hipparchus.util.PivotingStrategy;
import wave.domain.portfolio.ClosedTrade;

/**
 * Computes a {@link PerformanceReport} from an equity curve and its trades.
 *
 * <p>Returns are simple per-bar returns {@code r_i = equity_i / equity_(i-1) - 1} for {@code i = 1..N}, where
 * {@code N = bars - 1}; {@code P} is {@link MetricsConfig#periodsPerYear()} and {@code rf} the annual risk-free
 * rate, whose per-bar share is {@code rf / P}. The formulas are given on each accessor of
 * {@link PerformanceReport} and in {@code docs/metrics.md}.
 *
 * <p>The computation is a few passes of plain loops over {@code double} arrays; it allocates the return array
 * and one copy for selecting the percentile. Thread-safe (stateless).
 */
public final class PerformanceMetrics {
    private static final double NANOS_PER_DAY = 86_400e9;

    private PerformanceMetrics() {
    }

    /**
     * Computes every metric of the report.
     *
     * @param in  the equity curve and trades (validated by its constructor)
     * @param cfg annualisation and VaR settings
     * @return the report; undefined statistics are {@link Double#NaN}
     */
    public static PerformanceReport compute(MetricsInput in, MetricsConfig cfg) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(cfg, "cfg");
        long[] ts = in.tsNanos();
        double[] equity = in.equity();
        int bars = equity.length;
        int n = bars - 1;
        double periods = cfg.periodsPerYear();
        double rfPerBar = cfg.riskFreeRateAnnual() / periods;
        double annualiser = Math.sqrt(periods);

        double[] returns = returns(equity);

        // Pass 1: mean return.
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += returns[i];
        }
        double mean = sum / n;

        // Pass 2: central moments about the mean, and the downside below the per-bar risk-free rate.
        double sumSq = 0;
        double sumCube = 0;
        double sumFourth = 0;
        double downsideSq = 0;
        for (int i = 0; i < n; i++) {
            double d = returns[i] - mean;
            double d2 = d * d;
            sumSq += d2;
            sumCube += d2 * d;
            sumFourth += d2 * d2;
            double excess = returns[i] - rfPerBar;
            if (excess < 0) {
                downsideSq += excess * excess;
            }
        }
        double std = n > 1 ? Math.sqrt(sumSq / (n - 1)) : Double.NaN;
        double annualVolatility = std * annualiser;
        double sharpe = std > 0 ? (mean - rfPerBar) / std * annualiser : Double.NaN;
        double downsideDeviation = Math.sqrt(downsideSq / n);
        double sortino = downsideDeviation > 0 ? (mean - rfPerBar) / downsideDeviation * annualiser : Double.NaN;
        double m2 = sumSq / n;
        double m3 = sumCube / n;
        double m4 = sumFourth / n;
        double skew = m2 > 0 ? m3 / Math.pow(m2, 1.5) : Double.NaN;
        double excessKurtosis = m2 > 0 ? m4 / (m2 * m2) - 3 : Double.NaN;

        // prod(1 + r_i) telescopes to equity_last / equity_first; the ratio is the exactly rounded product.
        double growth = equity[n] / equity[0];
        double totalReturn = growth - 1;
        double cagr = Math.pow(growth, cfg.perYearExponent(n)) - 1;

        Drawdown drawdown = maxDrawdown(ts, equity);
        double calmar = drawdown.depth() > 0 ? cagr / drawdown.depth() : Double.NaN;

        // Historical VaR / CVaR: the percentile from two order statistics found by selection (O(n), no sort).
        double quantile = percentile(returns, 1 - cfg.varConfidence());
        double tailSum = 0;
        int tailCount = 0;
        for (int i = 0; i < n; i++) {
            if (returns[i] <= quantile) {
                tailSum += returns[i];
                tailCount++;
            }
        }
        // 0.0 - x rather than -x: a flat curve reports 0.0, not -0.0.
        double valueAtRisk = 0.0 - quantile;
        double conditionalValueAtRisk = 0.0 - tailSum / tailCount;

        double equitySum = 0;
        for (int i = 0; i < bars; i++) {
            equitySum += equity[i];
        }
        double meanEquity = equitySum / bars;

        // Trade statistics (net of fees).
        List<ClosedTrade> trades = in.trades();
        int count = trades.size();
        int wins = 0;
        int losses = 0;
        double winSum = 0;
        double lossSum = 0;
        double pnlSum = 0;
        double best = Double.NaN;
        double worst = Double.NaN;
        for (int i = 0; i < count; i++) {
            double pnl = trades.get(i).netPnl();
            pnlSum += pnl;
            if (pnl > 0) {
                wins++;
                winSum += pnl;
            } else if (pnl < 0) {
                losses++;
                lossSum += pnl;
            }
            if (i == 0 || pnl > best) {
                best = pnl;
            }
            if (i == 0 || pnl < worst) {
                worst = pnl;
            }
        }
        double winRate = count > 0 ? (double) wins / count : Double.NaN;
        double profitFactor = profitFactor(winSum, lossSum);
        double averageWin = wins > 0 ? winSum / wins : Double.NaN;
        double averageLoss = losses > 0 ? lossSum / losses : Double.NaN;
        double expectancy = count > 0 ? pnlSum / count : Double.NaN;

        return new PerformanceReport(bars, ts[0], ts[n], equity[0], equity[n],
                totalReturn, cagr, annualVolatility, sharpe, sortino,
                drawdown, calmar, valueAtRisk, conditionalValueAtRisk, skew, excessKurtosis,
                count, winRate, profitFactor, averageWin, averageLoss, expectancy, best, worst,
                (double) in.barsInMarket() / bars, in.tradedNotional() / meanEquity, in.totalFees(), cfg);
    }

    /** Simple returns {@code equity[i] / equity[i-1] - 1} (fractions), {@code bars - 1} of them. */
    public static double[] returns(double[] equity) {
        double[] r = new double[equity.length - 1];
        for (int i = 1; i < equity.length; i++) {
            r[i - 1] = equity[i] / equity[i - 1] - 1;
        }
        return r;
    }

    /**
     * Percentile with linear interpolation between the order statistics {@code x} (numpy's default):
     * {@code h = (n - 1) p}, {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}.
     *
     * <p>The two order statistics are found by selection on a copy (O(n), no sort).
     *
     * @param values the values, at least one, in any order (not changed)
     * @param p      the fraction in [0, 1]
     * @return the interpolated percentile, in the unit of the values
     */
    public static double percentile(double[] values, double p) {
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        double[] work = values.clone();
        KthSelector selector = new KthSelector(PivotingStrategy.MEDIAN_OF_3);
        double low = selector.select(work, null, Math.min(lo, values.length - 1));
        if (lo >= values.length - 1) {
            return low;
        }
        // after selecting the lo-th value, everything above index lo is >= it: the next order statistic is their minimum
        double next = Double.POSITIVE_INFINITY;
        for (int i = lo + 1; i < work.length; i++) {
            next = Math.min(next, work[i]);
        }
        return low + (h - lo) * (next - low);
    }

    /** Gross winning over |gross losing| net pnl: +Infinity with wins and no loss, NaN with neither. */
    static double profitFactor(double winSum, double lossSum) {
        if (lossSum < 0) {
            return winSum / -lossSum;
        }
        return winSum > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /** Largest relative decline from a running peak, with its dates and duration. */
    static Drawdown maxDrawdown(long[] ts, double[] equity) {
        int bars = equity.length;
        double peak = equity[0];
        int peakIndex = 0;
        double depth = 0;
        int ddPeak = 0;
        int ddTrough = 0;
        for (int i = 1; i < bars; i++) {
            double e = equity[i];
            if (e >= peak) {
                peak = e;
                peakIndex = i;
            } else {
                double dd = (peak - e) / peak;
                if (dd > depth) {
                    depth = dd;
                    ddPeak = peakIndex;
                    ddTrough = i;
                }
            }
        }
        if (depth == 0) {
            return new Drawdown(0, 0, ts[0], 0, ts[0], 0, ts[0], 0, 0);
        }
        double peakValue = equity[ddPeak];
        int recovery = -1;
        for (int i = ddTrough + 1; i < bars; i++) {
            if (equity[i] >= peakValue) {
                recovery = i;
                break;
            }
        }
        int end = recovery >= 0 ? recovery : bars - 1;
        return new Drawdown(depth, ddPeak, ts[ddPeak], ddTrough, ts[ddTrough],
                recovery >= 0 ? Integer.valueOf(recovery) : null, recovery >= 0 ? Long.valueOf(ts[recovery]) : null,
                end - ddPeak, (ts[end] - ts[ddPeak]) / NANOS_PER_DAY);
    }
}
