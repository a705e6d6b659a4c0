package wave.spec;

import java.util.function.DoubleSupplier;

/**
 * Stop-loss, take-profit and trailing-stop levels of a position, long or short, checked against each bar's close.
 * Percentage levels are fractions of the entry fill price (the position's average price after the entry fill); the
 * percentage trailing level follows the best close since the entry (the highest for a long, the lowest for a
 * short), the entry price included. ATR levels are price distances of {@code k x ATR}: the stop is set from the
 * ATR at the close of the bar that placed the entry order (the last ATR known when the entry fills at the next
 * open); the ATR trailing level starts there and moves, at each bar's close after it was compared, to
 * {@code close -/+ k x ATR} of that bar when that is better. A breach only signals: the strategy then closes the
 * position at market, which fills at the next bar's open.
 */
final class StopRules {
    private final double stopLossPct;
    private final double takeProfitPct;
    private final double trailingPct;
    private final double stopAtr;
    private final double trailingAtr;
    private final DoubleSupplier atr;
    private double lastAtr = Double.NaN;
    private double entry = Double.NaN;
    private double extreme = Double.NaN;
    private double atrStop = Double.NaN;
    private double atrTrail = Double.NaN;

    /**
     * Levels as percentages (5.0 means 5 %) and ATR multiples, NaN for a level not used.
     *
     * @param atr the ATR of the current bar (price units), or null when no ATR level is used
     */
    StopRules(double stopLossPct, double takeProfitPct, double trailingStopPct, double stopAtr, double trailingAtr,
              DoubleSupplier atr) {
        this.stopLossPct = stopLossPct;
        this.takeProfitPct = takeProfitPct;
        this.trailingPct = trailingStopPct;
        this.stopAtr = stopAtr;
        this.trailingAtr = trailingAtr;
        this.atr = atr;
    }

    /** Notes the ATR at this bar's close, the one an entry placed now is measured with. */
    void barClosed() {
        if (atr != null) {
            lastAtr = atr.getAsDouble();
        }
    }

    /**
     * Records an entry fill.
     *
     * @param averagePrice the position's average price after the fill
     * @param opened       true when the fill opened the position (the trailing levels restart)
     * @param isLong       true for a long position, false for a short one
     */
    void onEntry(double averagePrice, boolean opened, boolean isLong) {
        entry = averagePrice;
        if (!opened && !Double.isNaN(extreme)) {
            extreme = isLong ? Math.max(extreme, averagePrice) : Math.min(extreme, averagePrice);
            return;
        }
        extreme = averagePrice;
        double sign = isLong ? -1 : 1;
        atrStop = averagePrice + sign * stopAtr * lastAtr;
        atrTrail = averagePrice + sign * trailingAtr * lastAtr;
    }

    /** Forgets the position. */
    void onFlat() {
        entry = Double.NaN;
        extreme = Double.NaN;
        atrStop = Double.NaN;
        atrTrail = Double.NaN;
    }

    /**
     * Feeds a close while long; true when it breaches a level. Percentages are compared as
     * {@code close x 100 <= entry x (100 - pct)} (and likewise for the others) so that round levels are exact: a
     * 10 % stop from 100 triggers at a close of 90.
     */
    boolean breachedLong(double close) {
        if (Double.isNaN(entry)) {
            return false;
        }
        if (close > extreme) {
            extreme = close;
        }
        double scaled = close * 100;
        boolean breached = scaled <= entry * (100 - stopLossPct)
                || scaled >= entry * (100 + takeProfitPct)
                || scaled <= extreme * (100 - trailingPct)
                || close <= atrStop || close <= atrTrail;
        if (!Double.isNaN(trailingAtr)) {
            atrTrail = Math.max(atrTrail, close - trailingAtr * atr.getAsDouble());
        }
        return breached;
    }

    /** Feeds a close while short; true when it breaches a level (the mirror of {@link #breachedLong}). */
    boolean breachedShort(double close) {
        if (Double.isNaN(entry)) {
            return false;
        }
        if (close < extreme) {
            extreme = close;
        }
        double scaled = close * 100;
        boolean breached = scaled >= entry * (100 + stopLossPct)
                || scaled <= entry * (100 - takeProfitPct)
                || scaled >= extreme * (100 + trailingPct)
                || close >= atrStop || close >= atrTrail;
        if (!Double.isNaN(trailingAtr)) {
            atrTrail = Math.min(atrTrail, close + trailingAtr * atr.getAsDouble());
        }
        return breached;
    }
}
