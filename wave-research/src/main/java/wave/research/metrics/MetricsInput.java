package wave.research.metrics;

import java.util.List;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.ClosedTrade;

/**
 * What the metrics are computed from: an equity curve sampled once per bar, and the trades of the run.
 *
 * <p>The arrays are used as given, not copied (metrics run inside optimisation loops): do not change them
 * afterwards.
 *
 * @param tsNanos        bar timestamps, nanoseconds since the epoch (UTC), strictly increasing
 * @param equity         account equity at each bar (cash plus marked positions), in the account currency; every
 *                       value positive and finite; same length as {@code tsNanos}, at least 2 bars
 * @param trades         closed round trips of the run (may be empty); their money is raw fixed point
 * @param totalFees      all fees paid during the run, in the account currency, {@code >= 0}
 * @param tradedNotional sum of |quantity x price| over all fills, in the account currency, {@code >= 0}
 * @param barsInMarket   number of bars with an open position, in {@code [0, bars]}
 */
public record MetricsInput(long[] tsNanos, double[] equity, List<ClosedTrade> trades, double totalFees,
                           double tradedNotional, int barsInMarket) {

    /** Validates the input; messages name the offending field and bar. */
    public MetricsInput {
        if (tsNanos == null || equity == null) {
            throw new IllegalArgumentException("tsNanos and equity are required, got "
                    + (tsNanos == null ? "null" : "an array") + " and " + (equity == null ? "null" : "an array"));
        }
        if (tsNanos.length != equity.length) {
            throw new IllegalArgumentException("tsNanos and equity must have the same length, got "
                    + tsNanos.length + " timestamps and " + equity.length + " equity values");
        }
        if (equity.length < 2) {
            throw new IllegalArgumentException("at least 2 bars are needed, got " + equity.length);
        }
        for (int i = 0; i < equity.length; i++) {
            double e = equity[i];
            if (!(e > 0) || Double.isInfinite(e)) {
                throw new IllegalArgumentException("equity must be positive and finite, got " + e + " at bar " + i);
            }
            if (i > 0 && tsNanos[i] <= tsNanos[i - 1]) {
                throw new IllegalArgumentException("tsNanos must be strictly increasing, got " + tsNanos[i]
                        + " at bar " + i + " after " + tsNanos[i - 1]);
            }
        }
        if (trades == null) {
            throw new IllegalArgumentException("trades must not be null (use List.of() when there are none)");
        }
        trades = List.copyOf(trades);
        if (!(totalFees >= 0) || Double.isInfinite(totalFees)) {
            throw new IllegalArgumentException("totalFees must be >= 0 and finite, got " + totalFees);
        }
        if (!(tradedNotional >= 0) || Double.isInfinite(tradedNotional)) {
            throw new IllegalArgumentException("tradedNotional must be >= 0 and finite, got " + tradedNotional);
        }
        if (barsInMarket < 0 || barsInMarket > equity.length) {
            throw new IllegalArgumentException("barsInMarket must be in [0, " + equity.length + "], got " + barsInMarket);
        }
    }

    /**
     * Buying at the first close and holding to the last: equity is the close series itself, there are no trades
     * or fees, and every bar is in the market.
     *
     * @param tsNanos bar timestamps, nanoseconds since the epoch (UTC)
     * @param closes  close prices, positive
     */
    public static MetricsInput buyAndHold(long[] tsNanos, double[] closes) {
        return new MetricsInput(tsNanos, closes, List.of(), 0.0, 0.0, closes == null ? 0 : closes.length);
    }

    /**
     * Holding one unit bought at the first close, on the basis an account holds it: a split multiplies the units on
     * its ex-date, and each cash dividend per (post-split) unit is kept as cash, not reinvested — as a backtest's
     * account receives it. Equity is units x close + dividends received; for a series without corporate actions it is
     * the close series ({@link #buyAndHold(long[], double[])}).
     *
     * @param series the bars, with their corporate actions if any
     */
    public static MetricsInput buyAndHold(BarSeries series) {
        double[] closes = series.closes();
        if (!series.hasCorporateActions()) {
            return buyAndHold(series.timestamps(), closes);
        }
        double[] equity = new double[closes.length];
        double units = 1;
        double cash = 0;
        for (int i = 0; i < closes.length; i++) {
            if (i > 0) {
                units *= FixedPoint.ratioToDouble(series.splitRatioRaw(i));
                cash += units * FixedPoint.priceToDouble(series.dividendRaw(i));
            }
            equity[i] = units * closes[i] + cash;
        }
        return new MetricsInput(series.timestamps(), equity, List.of(), 0.0, 0.0, closes.length);
    }

    /** Number of bars (equity samples). */
    public int bars() {
        return equity.length;
    }
}
