package wave.engine.account;

/**
 * A margin call: after marking at a bar's close the account's equity was below the maintenance requirement. Money is
 * raw fixed point (x 10^9) in the base currency.
 *
 * @param tsNanos          time of the bar whose close triggered it, nanoseconds since the epoch (UTC)
 * @param equityRaw        equity at the close (cash + positions at their marks)
 * @param requirementRaw   maintenance requirement: maintenance margin x gross exposure
 * @param grossExposureRaw sum of the absolute market values of the positions at the close
 * @param policy           the liquidation applied (its orders belong to the strategy id {@code margin-call})
 */
public record MarginCall(long tsNanos, long equityRaw, long requirementRaw, long grossExposureRaw, LiquidationPolicy policy) {
}
