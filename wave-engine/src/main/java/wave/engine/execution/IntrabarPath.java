package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;

/**
 * The assumed order in which a bar traded its prices, used when several working orders are reached inside the same
 * bar (which fills first, and so which side of a one-cancels-other pair or bracket wins).
 */
public enum IntrabarPath {
    /**
     * The conservative default: in-bar fills happen in the order the orders reached the venue, and a bracket sends
     * its stop-loss before its take-profit, so a bar that reaches both exits fills the stop-loss (the worse outcome
     * for the position).
     */
    ADVERSE,
    /**
     * Open, then the extreme nearer the open (the high on a tie), then the other extreme, then the close: in-bar
     * fills happen in the order this path reaches their prices (ties in arrival order).
     */
    NEAREST_EXTREME_FIRST;

    /**
     * How far along the path (in raw price distance travelled from the open) the price {@code priceRaw} is first
     * reached; only meaningful for prices inside the bar's range.
     */
    static long distanceTo(long priceRaw, Bar bar) {
        long open = bar.openRaw();
        long high = bar.highRaw();
        long low = bar.lowRaw();
        boolean highFirst = high - open <= open - low;
        long first = highFirst ? high : low;
        long second = highFirst ? low : high;
        if (between(priceRaw, open, first)) {
            return Math.abs(priceRaw - open);
        }
        return FixedPoint.addPrice(Math.abs(first - open), Math.abs(priceRaw - first), "intrabar path");
    }

    private static boolean between(long price, long a, long b) {
        return price >= Math.min(a, b) && price <= Math.max(a, b);
    }
}
