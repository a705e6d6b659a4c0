package wave.research.metrics;

import wave.domain.market.BarSpec;

/**
 * How statistics are annualised and which tail is measured.
 *
 * @param periodsPerYear     bars per year used to annualise (252 for daily bars; see {@link BarSpec#periodsPerYear()}),
 *                           must be positive and finite
 * @param riskFreeRateAnnual annual risk-free rate as a fraction (0.02 = 2% a year); one bar's share is
 *                           {@code riskFreeRateAnnual / periodsPerYear}
 * @param varConfidence      confidence level of value at risk as a fraction in (0, 1), e.g. 0.95; the loss
 *                           quantile measured is {@code 1 - varConfidence}
 * @param yearsElapsed       years the returns span for the CAGR, or NaN to count them as
 *                           {@code returns / periodsPerYear} (set by {@link Annualisation} for data with holes)
 */
public record MetricsConfig(double periodsPerYear, double riskFreeRateAnnual, double varConfidence, double yearsElapsed) {
    /** Validates the ranges named on the components. */
    public MetricsConfig {
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periodsPerYear must be positive and finite, got " + periodsPerYear);
        }
        if (!Double.isFinite(riskFreeRateAnnual)) {
            throw new IllegalArgumentException("riskFreeRateAnnual must be finite, got " + riskFreeRateAnnual);
        }
        if (!(varConfidence > 0 && varConfidence < 1)) {
            throw new IllegalArgumentException("varConfidence must be in (0, 1), got " + varConfidence);
        }
        if (!Double.isNaN(yearsElapsed) && !(yearsElapsed > 0 && Double.isFinite(yearsElapsed))) {
            throw new IllegalArgumentException("yearsElapsed must be positive and finite (or NaN), got " + yearsElapsed);
        }
    }

    /** Years counted from the returns ({@code returns / periodsPerYear}). */
    public MetricsConfig(double periodsPerYear, double riskFreeRateAnnual, double varConfidence) {
        this(periodsPerYear, riskFreeRateAnnual, varConfidence, Double.NaN);
    }

    /** Daily bars: 252 periods a year, no risk-free rate, 95% VaR. */
    public static MetricsConfig daily() {
        return forBars(BarSpec.DAY_1);
    }

    /** Bars of the given length ({@link BarSpec#periodsPerYear()}), no risk-free rate, 95% VaR. */
    public static MetricsConfig forBars(BarSpec spec) {
        return new MetricsConfig(spec.periodsPerYear(), 0.0, 0.95);
    }

    /** The same configuration with another annual risk-free rate (a fraction). */
    public MetricsConfig withRiskFreeRateAnnual(double rate) {
        return new MetricsConfig(periodsPerYear, rate, varConfidence, yearsElapsed);
    }

    /** The same configuration with another VaR confidence level (a fraction in (0, 1)). */
    public MetricsConfig withVarConfidence(double confidence) {
        return new MetricsConfig(periodsPerYear, riskFreeRateAnnual, confidence, yearsElapsed);
    }

    /**
     * The same configuration with another count of periods a year (e.g. {@code --periods-per-year}); years elapsed,
     * when set, keep their length in time.
     */
    public MetricsConfig withPeriodsPerYear(double periods) {
        return new MetricsConfig(periods, riskFreeRateAnnual, varConfidence, yearsElapsed);
    }

    /** The exponent that turns the total growth into a yearly rate: {@code 1 / years}. */
    double perYearExponent(int returns) {
        return Double.isNaN(yearsElapsed) ? periodsPerYear / returns : 1 / yearsElapsed;
    }
}
