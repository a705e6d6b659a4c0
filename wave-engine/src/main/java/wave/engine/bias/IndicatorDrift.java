package wave.engine.bias;

/**
 * How one indicator output computed from a later start differs from the same output computed on the whole history.
 *
 * @param output                 the output's name, e.g. {@code Ema.value}; with a registration number when a
 *                               strategy registers two indicators of one class ({@code Ema#2.value})
 * @param warmupBars             the indicator's declared warm-up ({@code warmupPeriod()})
 * @param startBar               the first bar fed in the later run (0-based index into the whole history)
 * @param maxRelativeDifference  the largest relative difference {@code |later - full| / |full|} once warmed up
 * @param barsNeeded             bars fed from {@code startBar} until the value agrees within the tolerance and keeps
 *                               agreeing to the end, or -1 when it never does
 */
public record IndicatorDrift(String output, int warmupBars, int startBar, double maxRelativeDifference, int barsNeeded) {
    /** True when more history than the declared warm-up is needed for the value to agree with the full history. */
    public boolean dependsOnHistory() {
        return barsNeeded < 0 || barsNeeded > warmupBars;
    }
}
