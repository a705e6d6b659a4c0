package wave.risk;

import java.util.Objects;
import java.util.Set;

/**
 * The pre-trade limits of the risk engine. A limit of {@code 0} is off. Percentages are of the account's equity
 * (in its base currency) unless said otherwise: {@code 10} means 10%. Amounts are raw fixed point in the account's
 * base currency; quantities raw fixed point units.
 *
 * @param maxPositionPctOfEquity       largest position value after an order, % of equity
 * @param maxPositionValueRaw          largest position value after an order, raw base currency
 * @param maxGrossExposurePctOfEquity  largest sum of absolute position values, % of equity
 * @param maxNetExposurePctOfEquity    largest absolute (longs minus shorts) value, % of equity
 * @param maxOrderPctOfEquity          largest order notional, % of equity ("2% per trade")
 * @param maxOrderNotionalRaw          largest order notional, raw base currency
 * @param maxOrderQuantityRaw          largest order quantity, raw units
 * @param maxPctOfAverageDailyVolume   largest order quantity, % of the instrument's average daily volume
 * @param priceBandPct                 largest distance of a limit or stop price from the last price, % of the last
 * @param maxOrdersPerMinute           orders sent in any 60 seconds
 * @param maxOrdersPerDay              orders sent in a trading day
 * @param maxTradesPerDay              fills booked in a trading day
 * @param dailyLossPct                 loss since the day's start, % of that start's equity, from which only orders
 *                                     that reduce exposure pass
 * @param weeklyLossPct                loss since the week's start (ISO week), % of that start's equity, likewise
 * @param drawdownWarningPct           drawdown from the equity peak, %, that publishes a warning
 * @param drawdownHaltPct              drawdown from the equity peak, %, from which only reductions pass
 * @param minConfidence                least confidence (0 to 1) of the latest signal on the instrument, for orders
 *                                     that increase exposure; instruments with no signal pass
 * @param restricted                   symbols no order may open or increase (any venue)
 * @param tradingHoursOnly             refuse orders while the instrument's market (the run's calendar) is closed
 * @param maxInstrumentPctOfGross      largest share of one instrument in the gross exposure after the order, %
 * @param maxSectorPctOfEquity         largest absolute value of one sector after the order, % of equity
 * @param maxLeverage                  largest gross exposure over equity after the order (e.g. 1.5)
 */
public record RiskLimits(double maxPositionPctOfEquity, long maxPositionValueRaw, double maxGrossExposurePctOfEquity,
                         double maxNetExposurePctOfEquity, double maxOrderPctOfEquity, long maxOrderNotionalRaw,
                         long maxOrderQuantityRaw, double maxPctOfAverageDailyVolume, double priceBandPct,
                         int maxOrdersPerMinute, int maxOrdersPerDay, int maxTradesPerDay, double dailyLossPct,
                         double weeklyLossPct, double drawdownWarningPct, double drawdownHaltPct, double minConfidence,
                         Set<String> restricted, boolean tradingHoursOnly, double maxInstrumentPctOfGross,
                         double maxSectorPctOfEquity, double maxLeverage) {
    /** Checks every limit is 0 (off) or positive, and the confidence is at most 1. */
    public RiskLimits {
        restricted = Set.copyOf(Objects.requireNonNull(restricted, "restricted"));
        double[] values = {maxPositionPctOfEquity, maxGrossExposurePctOfEquity, maxNetExposurePctOfEquity,
                maxOrderPctOfEquity, maxPctOfAverageDailyVolume, priceBandPct, dailyLossPct, weeklyLossPct,
                drawdownWarningPct, drawdownHaltPct, minConfidence, maxInstrumentPctOfGross, maxSectorPctOfEquity,
                maxLeverage, maxPositionValueRaw, maxOrderNotionalRaw, maxOrderQuantityRaw, maxOrdersPerMinute,
                maxOrdersPerDay, maxTradesPerDay};
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("risk limits must be 0 (off) or positive, got " + value);
            }
        }
        if (minConfidence > 1) {
            throw new IllegalArgumentException("min confidence must be in [0, 1], got " + minConfidence);
        }
    }
}
