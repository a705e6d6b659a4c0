package wave.engine.algo;

import java.util.ArrayList;
import java.util.List;
import wave.domain.money.FixedPoint;

/**
 * The child orders of a parent order, and what could not be placed within its participation cap.
 *
 * <p>{@link #plan} spreads a total over slices by weight, exactly: the cumulative target after slice {@code i} is
 * {@code total x (w_0 + ... + w_i) / (w_0 + ... + w_n)}, rounded half-even then down to a whole lot, the last slice's
 * target being the total; each slice's child is its target less the one before. A cap then limits each child to its
 * slice's cap; what a cap holds back is carried into the next slice, and what is still held back after the last slice is
 * {@link #unplacedRaw()}. Slices with nothing to send have no child.
 *
 * @param children     the child orders, in time order
 * @param unplacedRaw  the quantity the caps left unplaced, raw (0 when the whole total is scheduled)
 */
public record ChildSchedule(List<ChildOrder> children, long unplacedRaw) {
    /** Copies the children. */
    public ChildSchedule {
        children = List.copyOf(children);
    }

    /**
     * Plans a total over slices.
     *
     * @param totalRaw   the parent's quantity, raw, a whole number of lots
     * @param atNanos    each slice's time, nanoseconds since the epoch (UTC), increasing
     * @param weights    each slice's weight (1 each for TWAP, expected volume for VWAP), >= 0, not all 0
     * @param capsRaw    each slice's largest child, raw quantity, or null for no cap
     * @param lotRaw     the instrument's lot size, raw
     * @throws IllegalArgumentException naming the argument that does not fit
     */
    public static ChildSchedule plan(long totalRaw, long[] atNanos, long[] weights, long[] capsRaw, long lotRaw) {
        check(totalRaw, atNanos, weights, capsRaw, lotRaw);
        long weightSum = 0;
        for (long weight : weights) {
            weightSum = Math.addExact(weightSum, weight);
        }
        List<ChildOrder> children = new ArrayList<>();
        long cumulativeWeight = 0;
        long targetBefore = 0;
        long carried = 0;
        for (int i = 0; i < atNanos.length; i++) {
            cumulativeWeight += weights[i];
            long target = i == atNanos.length - 1 ? totalRaw
                    : FixedPoint.floorToUnit(FixedPoint.scale(totalRaw, cumulativeWeight, weightSum), lotRaw);
            long wanted = target - targetBefore + carried;
            targetBefore = target;
            long child = capsRaw == null ? wanted : Math.min(wanted, capsRaw[i]);
            carried = wanted - child;
            if (child > 0) {
                children.add(new ChildOrder(atNanos[i], child));
            }
        }
        return new ChildSchedule(children, carried);
    }

    /** The quantity scheduled (the children's sum), raw. */
    public long scheduledRaw() {
        long sum = 0;
        for (ChildOrder child : children) {
            sum = FixedPoint.addQuantity(sum, child.quantityRaw(), "scheduled quantity");
        }
        return sum;
    }

    private static void check(long totalRaw, long[] atNanos, long[] weights, long[] capsRaw, long lotRaw) {
        if (lotRaw <= 0 || totalRaw <= 0 || totalRaw % lotRaw != 0) {
            throw new IllegalArgumentException("parent quantity must be a positive whole number of lots ("
                    + FixedPoint.formatQuantity(lotRaw) + "), got " + FixedPoint.formatQuantity(totalRaw));
        }
        if (atNanos.length == 0) {
            throw new IllegalArgumentException("a schedule needs at least one slice");
        }
        if (weights.length != atNanos.length || capsRaw != null && capsRaw.length != atNanos.length) {
            throw new IllegalArgumentException("one weight" + (capsRaw == null ? "" : " and one cap") + " per slice: "
                    + atNanos.length + " slices, " + weights.length + " weights"
                    + (capsRaw == null ? "" : ", " + capsRaw.length + " caps"));
        }
        boolean anyWeight = false;
        for (int i = 0; i < atNanos.length; i++) {
            if (i > 0 && atNanos[i] <= atNanos[i - 1]) {
                throw new IllegalArgumentException("slice times must increase: slice " + i + " at " + atNanos[i]
                        + " ns is not after " + atNanos[i - 1] + " ns");
            }
            if (weights[i] < 0) {
                throw new IllegalArgumentException("slice " + i + ": weight must be >= 0, got " + weights[i]);
            }
            anyWeight |= weights[i] > 0;
        }
        if (!anyWeight) {
            throw new IllegalArgumentException("every slice has weight 0 (no expected volume in the window)");
        }
    }
}
