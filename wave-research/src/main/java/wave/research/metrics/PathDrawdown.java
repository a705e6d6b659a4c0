package wave.research.metrics;

/**
 * The deepest and the longest drawdown of an equity path, found in one pass (for simulations, where dates do not
 * matter; {@link Drawdown} describes a run's deepest drawdown with its dates).
 *
 * <p>A drawdown starts at a running peak and lasts until the first point back at or above it (its recovery), or to
 * the last point when the path never recovers; its length is counted in steps from the peak, as
 * {@link Drawdown#durationBars()} is.
 *
 * @param maxDepth     largest {@code (peak - equity) / peak}, a fraction in [0, 1] for a positive path; 0 when the path
 *                     never falls below its running peak
 * @param longestSteps length of the longest drawdown in steps (bars, trades), 0 when there is none
 */
public record PathDrawdown(double maxDepth, int longestSteps) {

    /**
     * Scans {@code equity[0..length)}.
     *
     * @param equity equity values, positive (a value at or below 0 gives a depth of 1 or more)
     * @param length number of points to read, at least 1
     */
    public static PathDrawdown of(double[] equity, int length) {
        double peak = equity[0];
        int peakIndex = 0;
        boolean below = false;
        double depth = 0;
        int longest = 0;
        for (int i = 1; i < length; i++) {
            double e = equity[i];
            if (e >= peak) {
                if (below) {
                    longest = Math.max(longest, i - peakIndex);
                    below = false;
                }
                peak = e;
                peakIndex = i;
            } else {
                below = true;
                depth = Math.max(depth, (peak - e) / peak);
            }
        }
        if (below) {
            longest = Math.max(longest, length - 1 - peakIndex);
        }
        return new PathDrawdown(depth, longest);
    }
}
