package wave.engine.algo;

import java.util.Arrays;

/** Time-weighted average price: a parent split into equal children at equal intervals. */
public final class Twap {
    private Twap() {
    }

    /**
     * Equal children at {@code start + i x (end - start) / slices}, i = 0 .. slices - 1 (see {@link ChildSchedule#plan}
     * for the rounding to lots).
     *
     * @param totalRaw    the parent's quantity, raw, a whole number of lots
     * @param startNanos  the first child's time, nanoseconds since the epoch (UTC)
     * @param endNanos    the end of the window (no child at it), nanoseconds since the epoch (UTC)
     * @param slices      number of children, >= 1
     * @param lotRaw      the instrument's lot size, raw
     * @param capOrNull   a participation cap, or null
     */
    public static ChildSchedule schedule(long totalRaw, long startNanos, long endNanos, int slices, long lotRaw,
                                         ParticipationCap capOrNull) {
        if (slices < 1 || endNanos - startNanos < slices) {
            throw new IllegalArgumentException("TWAP needs at least one slice and a window of at least one ns per slice, got "
                    + slices + " slices over " + (endNanos - startNanos) + " ns");
        }
        long[] at = new long[slices];
        for (int i = 0; i < slices; i++) {
            at[i] = startNanos + (endNanos - startNanos) / slices * i
                    + (endNanos - startNanos) % slices * i / slices;
        }
        long[] weights = new long[slices];
        Arrays.fill(weights, 1);
        return ChildSchedule.plan(totalRaw, at, weights, capOrNull == null ? null : capOrNull.capsRaw(at, lotRaw), lotRaw);
    }
}
