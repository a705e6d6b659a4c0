package wave.spec.model;

/**
 * A sizing model of a spec's {@code [sizing]} table ({@code model = "..."}). Each parameter is a literal checked when
 * read or a {@code $parameter} checked when bound. Each sizes an entry as a fraction of equity with the engine's
 * models in {@code wave.engine.strategy.sizing}.
 */
public sealed interface SizingModel {
    /** {@code model = "fixed-fractional"}: {@code fraction} of equity, (0, 1]. */
    record FixedFractional(Value fraction) implements SizingModel {
    }

    /**
     * {@code model = "volatility-target"}: {@code target_vol / vol} of equity, capped at {@code cap}; vol is the
     * sample standard deviation of the last {@code volPeriod} close-to-close returns times sqrt({@code barsPerYear}).
     */
    record VolatilityTarget(Value targetVol, Value volPeriod, Value barsPerYear, Value cap) implements SizingModel {
    }

    /**
     * {@code model = "atr-risk"}: a stop {@code atrMultiple} ATRs away loses {@code riskPct} % of equity.
     */
    record AtrRisk(Value riskPct, Value atrMultiple, Value atrPeriod) implements SizingModel {
    }

    /** {@code model = "kelly"}: fractional Kelly for a win rate and payoff ratio, capped at {@code cap}. */
    record Kelly(Value winRate, Value payoff, Value kellyFraction, Value cap) implements SizingModel {
    }

    /**
     * {@code correlation = { strength = ..., lookback = ... }} beside a model: the model's size shrinks by
     * {@code 1 - strength x max(0, rho_max)}, rho_max the largest correlation of the instrument's last {@code lookback}
     * returns with those of a position the account holds.
     */
    record Correlation(Value strength, Value lookback) {
    }
}
