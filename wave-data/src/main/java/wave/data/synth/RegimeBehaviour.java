package wave.data.synth;

/**
 * How log returns behave in one regime.
 *
 * @param driftPerBar         log-return drift per bar; in {@link Regime#TRENDING} its sign is drawn at the
 *                            start of each trending spell
 * @param meanReversionPerBar fraction in [0, 1) of the log-price deviation from the regime's starting level
 *                            removed each bar
 * @param volMultiplier       multiplier of the GARCH volatility ({@code > 0})
 */
public record RegimeBehaviour(double driftPerBar, double meanReversionPerBar, double volMultiplier) {
    /** No drift, no mean reversion, plain GARCH volatility. */
    public static final RegimeBehaviour NEUTRAL = new RegimeBehaviour(0, 0, 1);

    /** Validates the ranges. */
    public RegimeBehaviour {
        if (!Double.isFinite(driftPerBar)) {
            throw new IllegalArgumentException("drift must be finite, got " + driftPerBar);
        }
        if (!(meanReversionPerBar >= 0 && meanReversionPerBar < 1)) {
            throw new IllegalArgumentException("mean reversion per bar must be in [0, 1), got " + meanReversionPerBar);
        }
        if (!(volMultiplier > 0) || !Double.isFinite(volMultiplier)) {
            throw new IllegalArgumentException("vol multiplier must be > 0, got " + volMultiplier);
        }
    }
}
