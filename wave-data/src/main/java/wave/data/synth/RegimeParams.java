package wave.data.synth;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Markov chain of {@link Regime}s, shared by all instruments, and how returns behave in each.
 *
 * @param transition 3 x 3 per-bar transition probabilities, {@code transition[from][to]} indexed by
 *                   {@link Regime#ordinal()}; each row sums to 1 (copied in and out)
 * @param behaviours the behaviour of every regime
 * @param initial    the regime of the first bar
 */
public record RegimeParams(double[][] transition, Map<Regime, RegimeBehaviour> behaviours, Regime initial) {
    private static final double SUM_TOLERANCE = 1e-9;

    /** Validates the matrix and that every regime has a behaviour. */
    public RegimeParams {
        int n = Regime.values().length;
        Objects.requireNonNull(transition, "transition");
        if (transition.length != n) {
            throw new IllegalArgumentException("transition matrix must be " + n + " x " + n);
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (transition[i] == null || transition[i].length != n) {
                throw new IllegalArgumentException("transition matrix must be " + n + " x " + n);
            }
            copy[i] = transition[i].clone();
            double sum = 0;
            for (double p : copy[i]) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("transition probabilities must be in [0, 1], got " + p);
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("transition row " + Regime.values()[i] + " sums to " + sum + ", not 1");
            }
        }
        transition = copy;
        behaviours = Map.copyOf(Objects.requireNonNull(behaviours, "behaviours"));
        for (Regime regime : Regime.values()) {
            if (!behaviours.containsKey(regime)) {
                throw new IllegalArgumentException("no behaviour for regime " + regime);
            }
        }
        Objects.requireNonNull(initial, "initial");
    }

    /** One regime forever, with neutral behaviour: plain GARCH (plus jumps) returns. */
    public static RegimeParams none() {
        Map<Regime, RegimeBehaviour> neutral = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            neutral.put(regime, RegimeBehaviour.NEUTRAL);
        }
        return new RegimeParams(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, neutral, Regime.MEAN_REVERTING);
    }

    /**
     * Regimes that persist: each bar the regime changes with probability {@code switchProbabilityPerBar}, to
     * either other regime with equal chance. Starts {@link Regime#MEAN_REVERTING}.
     */
    public static RegimeParams sticky(double switchProbabilityPerBar, RegimeBehaviour trending,
                                      RegimeBehaviour meanReverting, RegimeBehaviour volatileRegime) {
        double stay = 1 - switchProbabilityPerBar;
        double move = switchProbabilityPerBar / 2;
        Map<Regime, RegimeBehaviour> behaviours = new EnumMap<>(Regime.class);
        behaviours.put(Regime.TRENDING, trending);
        behaviours.put(Regime.MEAN_REVERTING, meanReverting);
        behaviours.put(Regime.VOLATILE, volatileRegime);
        return new RegimeParams(new double[][] {{stay, move, move}, {move, stay, move}, {move, move, stay}},
                behaviours, Regime.MEAN_REVERTING);
    }

    /** A copy of the transition matrix. */
    @Override
    public double[][] transition() {
        double[][] copy = new double[transition.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = transition[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegimeParams o && Arrays.deepEquals(transition, o.transition)
                && behaviours.equals(o.behaviours) && initial == o.initial;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(transition), behaviours, initial);
    }

    @Override
    public String toString() {
        return "RegimeParams[transition=" + Arrays.deepToString(transition) + ", behaviours=" + behaviours
                + ", initial=" + initial + "]";
    }
}
