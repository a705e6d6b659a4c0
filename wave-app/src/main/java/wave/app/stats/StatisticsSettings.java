package wave.app.stats;

/**
 * What the statistics of a run are computed with.
 *
 * @param periodsPerYear            periods a year of the run's returns (252 for daily bars), positive
 * @param lags                      Ljung-Box lags, at least 1
 * @param resamples                 bootstrap resamples, 0 for no bootstrap intervals
 * @param confidence                the intervals' coverage, a fraction in (0, 1)
 * @param seed                      seed of the resampling generator ({@code L64X128MixRandom})
 * @param trials                    configurations tried to find this one (the deflated Sharpe ratio's N), at least 1
 * @param trialSharpeVarianceAnnual variance of those trials' annualised Sharpe ratios, {@code >= 0}
 */
public record StatisticsSettings(double periodsPerYear, int lags, int resamples, double confidence, long seed, int trials,
                                 double trialSharpeVarianceAnnual) {
    /** Default lags: 10 (Ljung-Box). */
    public static final int DEFAULT_LAGS = 10;

    /** Validates the ranges named on the components. */
    public StatisticsSettings {
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periods per year must be positive, got " + periodsPerYear);
        }
        if (lags < 1) {
            throw new IllegalArgumentException("--lags must be at least 1, got " + lags);
        }
        if (resamples < 0) {
            throw new IllegalArgumentException("--bootstrap must be 0 or more resamples, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("--confidence must be a fraction in (0, 1), e.g. 0.95, got " + confidence);
        }
        if (trials < 1) {
            throw new IllegalArgumentException("--trials must be at least 1, got " + trials);
        }
        if (!(trialSharpeVarianceAnnual >= 0) || Double.isInfinite(trialSharpeVarianceAnnual)) {
            throw new IllegalArgumentException("--trial-sharpe-variance must be >= 0, got " + trialSharpeVarianceAnnual);
        }
        if (trials > 1 && trialSharpeVarianceAnnual == 0) {
            throw new IllegalArgumentException("--trials " + trials + " needs --trial-sharpe-variance: the variance of "
                    + "the trials' annualised Sharpe ratios");
        }
    }

    /** The cheap statistics only (no bootstrap), one trial: what {@code backtest --out} writes. */
    public static StatisticsSettings cheap(double periodsPerYear) {
        return new StatisticsSettings(periodsPerYear, DEFAULT_LAGS, 0, 0.95, 0, 1, 0);
    }
}
