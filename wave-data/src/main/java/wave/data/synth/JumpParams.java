package wave.data.synth;

/**
 * Merton-style jumps added to the log return of a bar: with probability {@code intensityPerBar} a jump of
 * normal log size {@code N(meanLogSize, stdLogSize^2)} occurs, independently per instrument.
 *
 * @param intensityPerBar probability of a jump in one bar, in [0, 1]
 * @param meanLogSize     mean jump in log price (e.g. -0.02 for a 2% average drop)
 * @param stdLogSize      standard deviation of the jump in log price ({@code >= 0})
 */
public record JumpParams(double intensityPerBar, double meanLogSize, double stdLogSize) {
    /** No jumps. */
    public static final JumpParams NONE = new JumpParams(0, 0, 0);

    /** Validates the ranges. */
    public JumpParams {
        if (!(intensityPerBar >= 0 && intensityPerBar <= 1)) {
            throw new IllegalArgumentException("jump intensity per bar must be in [0, 1], got " + intensityPerBar);
        }
        if (!Double.isFinite(meanLogSize) || !(stdLogSize >= 0) || !Double.isFinite(stdLogSize)) {
            throw new IllegalArgumentException("jump sizes must be finite with std >= 0, got " + meanLogSize + ", " + stdLogSize);
        }
    }
}
