package wave.spec.model;

/**
 * Exits measured from the entry fill price, evaluated on each bar's close, for long and short positions. The
 * percentage levels are percentages of the entry price (5.0 means 5 %); the ATR levels are multiples of the
 * average true range (price units) over {@code atrPeriod} bars. Each is null when not used. The levels below are
 * those of a long position; a short position's mirror them (above the entry for a stop, below for a target).
 *
 * @param stopLossPct     exit when the close is at or below {@code entry x (1 - pct / 100)}
 * @param takeProfitPct   exit when the close is at or above {@code entry x (1 + pct / 100)}
 * @param trailingStopPct exit when the close is at or below {@code peak x (1 - pct / 100)}, where the peak is the
 *                        highest of the entry price and the closes since the entry
 * @param stopAtr         exit when the close is at or below {@code entry - k x ATR}, the ATR of the bar whose
 *                        close placed the entry order
 * @param trailingAtr     exit when the close is at or below the trailing level: {@code entry - k x ATR} as for
 *                        {@code stopAtr}, then raised at each bar's close to {@code close - k x ATR} (that bar's
 *                        ATR) when higher, the new level applying from the next bar
 * @param atrPeriod       the ATR's period in bars, an integer parameter; null when no ATR level is used
 */
public record RiskSpec(Value stopLossPct, Value takeProfitPct, Value trailingStopPct, Value stopAtr, Value trailingAtr,
                       Value atrPeriod) {
    /** No stops. */
    public static RiskSpec none() {
        return new RiskSpec(null, null, null, null, null, null);
    }

    /** True when no stop is set. */
    public boolean isEmpty() {
        return stopLossPct == null && takeProfitPct == null && trailingStopPct == null && stopAtr == null
                && trailingAtr == null;
    }

    /** True when a level is a multiple of the ATR. */
    public boolean usesAtr() {
        return stopAtr != null || trailingAtr != null;
    }
}
