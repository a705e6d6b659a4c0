package wave.engine.algo;

/** Volume-weighted average price: one child per bar of the window, sized by its bar's expected share of the volume. */
public final class Vwap {
    private Vwap() {
    }

    /**
     * A child every {@code barNanos} from {@code start}, sized in proportion to the expected volume (rounded to whole
     * units) of the bar holding its time, from {@code profile}; a time no bar of the history holds (outside its
     * sessions) gets none. Start at a bar's start so that each child trades in the bar it was sized for: the simulated
     * venue fills a child at the open of the first bar that started at or after it was sent
     * (docs/execution-algorithms.md). See {@link ChildSchedule#plan} for the rounding to lots and the
     * cap's carry.
     *
     * @param totalRaw    the parent's quantity, raw, a whole number of lots
     * @param startNanos  the first child's time, nanoseconds since the epoch (UTC)
     * @param endNanos    the end of the window (no child at it), nanoseconds since the epoch (UTC)
     * @param barNanos    the bar length, nanoseconds
     * @param profile     expected volume of each bar
     * @param lotRaw      the instrument's lot size, raw
     * @param capOrNull   a participation cap, or null
     */
    public static ChildSchedule schedule(long totalRaw, long startNanos, long endNanos, long barNanos, VolumeProfile profile,
                                         long lotRaw, ParticipationCap capOrNull) {
        if (barNanos <= 0 || endNanos <= startNanos) {
            throw new IllegalArgumentException("VWAP needs a positive bar length and a window that ends after it starts, got "
                    + barNanos + " ns bars over " + (endNanos - startNanos) + " ns");
        }
        int slices = (int) Math.min(Integer.MAX_VALUE, (endNanos - startNanos + barNanos - 1) / barNanos);
        long[] at = new long[slices];
        long[] weights = new long[slices];
        for (int i = 0; i < slices; i++) {
            at[i] = startNanos + barNanos * i;
            weights[i] = Math.round(profile.expectedVolume(at[i]));
        }
        return ChildSchedule.plan(totalRaw, at, weights, capOrNull == null ? null : capOrNull.capsRaw(at, lotRaw), lotRaw);
    }
}
