package wave.research.metrics;

/**
 * The largest peak-to-trough decline of an equity curve.
 *
 * <p>The peak is the latest bar at which the running maximum was reached before the trough (a return to exactly
 * the old high starts a new drawdown); the trough is the first bar with the largest relative decline; the
 * recovery is the first bar after the trough whose equity is {@code >=} the peak's. When the equity never falls
 * below its running maximum, {@code depth} is 0 and peak, trough and recovery are all the first bar with zero
 * durations.
 *
 * @param depth          {@code (peak - trough) / peak}, a fraction in {@code [0, 1)}; 0.25 means a 25% decline
 * @param peakIndex      bar index of the peak
 * @param peakTsNanos    time of the peak, nanoseconds since the epoch (UTC)
 * @param troughIndex    bar index of the trough
 * @param troughTsNanos  time of the trough, nanoseconds since the epoch (UTC)
 * @param recoveryIndex  bar index of the recovery, {@code null} if the equity never got back to the peak
 * @param recoveryTsNanos time of the recovery, nanoseconds since the epoch (UTC), {@code null} if not recovered
 * @param durationBars   bars from the peak to the recovery, or to the last bar if not recovered
 * @param durationDays   calendar days (24-hour days, fractional for intraday bars) from the peak to the recovery,
 *                       or to the last bar if not recovered
 */
public record Drawdown(double depth, int peakIndex, long peakTsNanos, int troughIndex, long troughTsNanos,
                       Integer recoveryIndex, Long recoveryTsNanos, int durationBars, double durationDays) {

    /** Checks that the recovery index and time are both present or both absent. */
    public Drawdown {
        if ((recoveryIndex == null) != (recoveryTsNanos == null)) {
            throw new IllegalArgumentException("recoveryIndex and recoveryTsNanos must both be set or both be null, got "
                    + recoveryIndex + " and " + recoveryTsNanos);
        }
    }

    /** True if the equity got back to the peak after the trough (always true when {@code depth} is 0). */
    public boolean recovered() {
        return recoveryIndex != null;
    }
}
