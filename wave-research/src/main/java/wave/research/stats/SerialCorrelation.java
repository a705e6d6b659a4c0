package wave.research.stats;

import org.hipparchus.special.Gamma;

/** Tests of serial correlation in a return series: Ljung-Box and Durbin-Watson. */
public final class SerialCorrelation {
    private SerialCorrelation() {
    }

    /**
     * Ljung-Box test of the hypothesis that the first {@code lags} autocorrelations are all 0:
     * {@code Q = n (n + 2) sum_(k=1..h) rho_k^2 / (n - k)}, chi-squared with {@code h} degrees of freedom, where
     * {@code rho_k = sum_(t=k+1..n) (x_t - mean)(x_(t-k) - mean) / sum_(t=1..n) (x_t - mean)^2} (as statsmodels'
     * {@code acorr_ljungbox}). NaN statistics when the series is constant.
     *
     * @param returns per-period returns, more than {@code lags} values, finite
     * @param lags    h, at least 1
     */
    public static TestResult ljungBox(double[] returns, int lags) {
        if (lags < 1) {
            throw new IllegalArgumentException("lags must be at least 1, got " + lags);
        }
        Samples.requireFinite("returns", returns, lags + 1);
        int n = returns.length;
        double mean = SampleMoments.of(returns).mean();
        double denominator = 0;
        for (double r : returns) {
            denominator += (r - mean) * (r - mean);
        }
        if (denominator == 0) {
            return new TestResult(Double.NaN, lags, Double.NaN);
        }
        double sum = 0;
        for (int k = 1; k <= lags; k++) {
            double covariance = 0;
            for (int t = k; t < n; t++) {
                covariance += (returns[t] - mean) * (returns[t - k] - mean);
            }
            double rho = covariance / denominator;
            sum += rho * rho / (n - k);
        }
        double q = (double) n * (n + 2) * sum;
        // The chi-squared survival function is the regularised upper incomplete gamma function Q(h/2, q/2).
        return new TestResult(q, lags, Gamma.regularizedGammaQ(lags / 2.0, q / 2));
    }

    /**
     * Durbin-Watson statistic of the returns' residuals about their mean, {@code e_t = r_t - mean}:
     * {@code DW = sum_(t=2..n) (e_t - e_(t-1))^2 / sum_(t=1..n) e_t^2}, in [0, 4]; about {@code 2 (1 - rho_1)}, so 2
     * means no first-order autocorrelation, below 2 positive, above 2 negative. NaN when the series is constant.
     *
     * @param returns per-period returns, at least 2 values, finite
     */
    public static double durbinWatson(double[] returns) {
        Samples.requireFinite("returns", returns, 2);
        double mean = SampleMoments.of(returns).mean();
        double squares = 0;
        double differences = 0;
        for (int t = 0; t < returns.length; t++) {
            double e = returns[t] - mean;
            squares += e * e;
            if (t > 0) {
                double d = returns[t] - returns[t - 1];
                differences += d * d;
            }
        }
        return squares > 0 ? differences / squares : Double.NaN;
    }
}
