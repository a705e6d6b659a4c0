package wave.indicators;

/**
 * Tracks the cross of series {@code a} over series {@code b}, one pair of values per update.
 *
 * <p>An up-cross happens at an update where {@code a > b} and the most recent earlier update
 * with {@code a != b} had {@code a < b}; a down-cross is the mirror. Updates where {@code a} and
 * {@code b} are equal (within a relative {@link #TIE_TOLERANCE}) neither cross nor change the remembered side, so {@code a - b} going
 * {@code -1, 0, 0, +1} up-crosses at {@code +1} and {@code -1, 0, -1} never crosses. Updates
 * where either value is NaN (e.g. an indicator still warming up) report no cross and are
 * otherwise ignored. The first side ever seen is no cross.
 */
public final class Crossover {
    /**
     * Relative distance below which {@code a} and {@code b} count as equal. Running sums such as TA-Lib's SMA
     * drift by about 1e-15 relative over thousands of bars, so an exact tie of two averages can come out as a
     * difference of that size; treating it as a cross would trade on rounding noise.
     */
    public static final double TIE_TOLERANCE = 1e-12;

    /** {@code -1} if a was last below b, {@code +1} if above, 0 if never different. */
    private int side;
    private boolean crossedAbove;
    private boolean crossedBelow;

    /** Feeds the next pair of values. */
    public void update(double a, double b) {
        crossedAbove = false;
        crossedBelow = false;
        if (Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
            return;
        }
        if (a > b) {
            crossedAbove = side < 0;
            side = 1;
        } else if (a < b) {
            crossedBelow = side > 0;
            side = -1;
        }
    }

    /** Whether the last update crossed {@code a} above {@code b}. */
    public boolean crossedAbove() {
        return crossedAbove;
    }

    /** Whether the last update crossed {@code a} below {@code b}. */
    public boolean crossedBelow() {
        return crossedBelow;
    }

    /** Forgets the remembered side and the last cross. */
    public void reset() {
        side = 0;
        crossedAbove = false;
        crossedBelow = false;
    }

    /**
     * The crosses of {@code a} over {@code b} along two whole series, with the semantics of
     * {@link #update}.
     *
     * @return per index {@code +1} for an up-cross, {@code -1} for a down-cross, else {@code 0}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static byte[] signals(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "a and b must have the same length, were " + a.length + " and " + b.length);
        }
        byte[] out = new byte[a.length];
        Crossover crossover = new Crossover();
        for (int i = 0; i < a.length; i++) {
            crossover.update(a[i], b[i]);
            out[i] = (byte) (crossover.crossedAbove() ? 1 : crossover.crossedBelow() ? -1 : 0);
        }
        return out;
    }
}
