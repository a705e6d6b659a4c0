package wave.spec.model;

/**
 * Exits measured from the entry fill price, evaluated on each bar's close; each is a percentage of the entry price
 * (5.0 means 5 %), or null when not used.
 *
 * @param stopLossPct     exit when the close is at or below {@code entry x (1 - pct / 100)}
 * @param takeProfitPct   exit when the close is at or above {@code entry x (1 + pct / 100)}
 * @param trailingStopPct exit when the close is at or below {@code peak x (1 - pct / 100)}, where the peak is the
 *                        highest of the entry price and the closes since the entry
 */
public record RiskSpec(Value stopLossPct, Value takeProfitPct, Value trailingStopPct) {
    /** No stops. */
    public static RiskSpec none() {
        return new RiskSpec(null, null, null);
    }

    /** True when no stop is set. */
    public boolean isEmpty() {
        return stopLossPct == null && takeProfitPct == null && trailingStopPct == null;
    }
}
