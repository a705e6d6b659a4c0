package wave.data.synth;

/**
 * GARCH(1,1) variance of per-bar log returns: {@code h(t) = omega + alpha * e(t-1)^2 + beta * h(t-1)}, where
 * {@code e} is the previous bar's shock. Variances are per bar (log-return squared), so the unconditional
 * volatility per bar is {@code sqrt(omega / (1 - alpha - beta))}.
 *
 * @param omega constant term, per-bar variance ({@code > 0})
 * @param alpha weight of the last squared shock ({@code >= 0})
 * @param beta  weight of the last variance ({@code >= 0}); {@code alpha + beta < 1} for stationarity
 */
public record GarchParams(double omega, double alpha, double beta) {
    /** Validates positivity and stationarity. */
    public GarchParams {
        if (!(omega > 0) || !Double.isFinite(omega)) {
            throw new IllegalArgumentException("GARCH omega must be > 0, got " + omega);
        }
        if (!(alpha >= 0) || !(beta >= 0)) {
            throw new IllegalArgumentException("GARCH alpha and beta must be >= 0, got " + alpha + ", " + beta);
        }
        if (!(alpha + beta < 1)) {
            throw new IllegalArgumentException("GARCH needs alpha + beta < 1 to be stationary, got " + (alpha + beta));
        }
    }

    /** Parameters whose unconditional volatility per bar is {@code volatilityPerBar} (e.g. 0.012 = 1.2%). */
    public static GarchParams ofVolatility(double volatilityPerBar, double alpha, double beta) {
        if (!(volatilityPerBar > 0)) {
            throw new IllegalArgumentException("volatility per bar must be > 0, got " + volatilityPerBar);
        }
        return new GarchParams(volatilityPerBar * volatilityPerBar * (1 - alpha - beta), alpha, beta);
    }

    /** Long-run variance per bar, {@code omega / (1 - alpha - beta)}. */
    public double unconditionalVariance() {
        return omega / (1 - alpha - beta);
    }
}
