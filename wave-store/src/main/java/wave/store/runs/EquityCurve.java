package wave.store.runs;

import java.util.Arrays;

/**
 * A run's equity curve: one point per time step.
 *
 * @param tsNanos   time of each step, nanoseconds since the epoch (UTC), the bar's label time
 * @param equityRaw account equity at each step, fixed point (units of 10^-9 of the account currency)
 * @param cashRaw   cash at each step, fixed point (units of 10^-9 of the account currency)
 */
public record EquityCurve(long[] tsNanos, long[] equityRaw, long[] cashRaw) {
    /** Requires three arrays of one length. The arrays are used as given, not copied. */
    public EquityCurve {
        if (tsNanos == null || equityRaw == null || cashRaw == null) {
            throw new IllegalArgumentException("times, equity and cash are required");
        }
        if (tsNanos.length != equityRaw.length || tsNanos.length != cashRaw.length) {
            throw new IllegalArgumentException("times, equity and cash differ in length: " + tsNanos.length + ", "
                    + equityRaw.length + ", " + cashRaw.length);
        }
    }

    /** Number of points. */
    public int size() {
        return tsNanos.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EquityCurve other && Arrays.equals(tsNanos, other.tsNanos)
                && Arrays.equals(equityRaw, other.equityRaw) && Arrays.equals(cashRaw, other.cashRaw);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(tsNanos) + Arrays.hashCode(equityRaw)) + Arrays.hashCode(cashRaw);
    }

    @Override
    public String toString() {
        return "EquityCurve[" + size() + " points]";
    }
}
