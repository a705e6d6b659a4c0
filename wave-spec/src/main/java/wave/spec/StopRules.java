package wave.spec;

/**
 * Stop-loss, take-profit and trailing-stop levels of a long position, checked against each bar's close. Levels
 * are fractions of the entry fill price (the position's average price after the entry fill); the trailing level
 * follows the highest of the entry price and the closes since. A breach only signals: the strategy then closes
 * the position at market, which fills at the next bar's open.
 */
final class StopRules {
    private final double stopLossPct;
    private final double takeProfitPct;
    private final double trailingPct;
    private double entry = Double.NaN;
    private double peak = Double.NaN;

    /**
     * Levels as percentages (5.0 means 5 %), NaN for a level not used.
     */
    StopRules(double stopLossPct, double takeProfitPct, double trailingStopPct) {
        this.stopLossPct = stopLossPct;
        this.takeProfitPct = takeProfitPct;
        this.trailingPct = trailingStopPct;
    }

    /**
     * Records an entry fill.
     *
     * @param averagePrice the position's average price after the fill
     * @param opened       true when the fill opened the position (the trailing peak restarts)
     */
    void onEntry(double averagePrice, boolean opened) {
        entry = averagePrice;
        peak = opened || Double.isNaN(peak) ? averagePrice : Math.max(peak, averagePrice);
    }

    /** Forgets the position. */
    void onFlat() {
        entry = Double.NaN;
        peak = Double.NaN;
    }

    /**
     * Feeds a close while long; true when it breaches a level. Compared as {@code close x 100 <= entry x (100 - pct)}
     * (and likewise for the others) so that round levels are exact: a 10 % stop from 100 triggers at a close of 90.
     */
    boolean breachedLong(double close) {
        if (Double.isNaN(entry)) {
            return false;
        }
        if (close > peak) {
            peak = close;
        }
        double scaled = close * 100;
        return scaled <= entry * (100 - stopLossPct)
                || scaled >= entry * (100 + takeProfitPct)
                || scaled <= peak * (100 - trailingPct);
    }
}
