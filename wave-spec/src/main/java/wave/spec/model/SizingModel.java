package wave.spec.model;

/**
 * A sizing model of a spec's {@code [sizing]} table ({@code model = "..."}), its parameters checked when read. Each
 * sizes an entry as a fraction of equity with the engine's models in {@code wave.engine.strategy.sizing}.
 */
public sealed interface SizingModel {
    /** {@code model = "fixed-fractional"}: {@code fraction} of equity, (0, 1]. */
    record FixedFractional(double fraction) implements SizingModel {
    }

    /**
     * {@code model = "volatility-target"}: {@code target_vol / vol} of equity, capped at {@code cap}; vol is the
     * sample standard deviation of the last {@code volPeriod} close-to-close returns times sqrt({@code barsPerYear}).
     */
    record VolatilityTarget(double targetVol, int volPeriod, int barsPerYear, double cap) implements SizingModel {
    }

    /**
     * {@code model = "atr-risk"}: a stop {@code atrMultiple} ATRs away loses {@code riskPct} % of equity.
     */
    record AtrRisk(double riskPct, double atrMultiple, int atrPeriod) implements SizingModel {
    }

    /** {@code model = "kelly"}: fractional Kelly for a win rate and payoff ratio, capped at {@code cap}. */
    record Kelly(double winRate, double payoff, double kellyFraction, double cap) implements SizingModel {
    }
}
