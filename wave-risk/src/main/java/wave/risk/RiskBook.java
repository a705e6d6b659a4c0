package wave.risk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import wave.domain.instrument.InstrumentId;

/**
 * What the risk engine keeps between orders: the equity at the start of the trading day and of the (ISO, Monday)
 * week, the equity peak, the orders sent in the last minute and in the day, the day's fills, the run of losing round
 * trips and the latest signal confidence per instrument. Days and weeks are those of the calendar's zone; their bounds
 * are recomputed only when time leaves them, so the per-order path allocates nothing.
 */
public final class RiskBook {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private final ZoneId zone;
    private final long[] recentOrders;
    private int recentNext;
    private long dayStartNanos = Long.MAX_VALUE;
    private long dayEndNanos = Long.MIN_VALUE;
    private long weekStartNanos = Long.MAX_VALUE;
    private long weekEndNanos = Long.MIN_VALUE;
    private long dayStartEquityRaw;
    private long weekStartEquityRaw;
    private long peakEquityRaw;
    private long lastEquityRaw = Long.MIN_VALUE;
    private int ordersToday;
    private int tradesToday;
    private int lossStreak;
    private final Map<InstrumentId, Double> confidence = new HashMap<>();

    /**
     * A book for a market in {@code zone} keeping the times of up to {@code ordersPerMinute} recent orders.
     *
     * @param ordersPerMinute the per-minute limit (0: none kept)
     */
    public RiskBook(ZoneId zone, int ordersPerMinute) {
        this.zone = zone;
        this.recentOrders = new long[ordersPerMinute];
        Arrays.fill(recentOrders, Long.MIN_VALUE);
    }

    /**
     * Moves to {@code nowNanos} with the account's current equity: a new day or week starts its loss count from the
     * equity last seen before it (the previous close; the current equity on the first call), and the day's counters
     * from 0; the peak follows the equity.
     *
     * @return 0 when still in the same day, 1 when a new day began, 2 when a new week began too
     */
    public int advance(long nowNanos, long equityRaw) {
        int rolled = 0;
        long previous = lastEquityRaw == Long.MIN_VALUE ? equityRaw : lastEquityRaw;
        lastEquityRaw = equityRaw;
        peakEquityRaw = Math.max(peakEquityRaw, previous);
        if (nowNanos < dayStartNanos || nowNanos >= dayEndNanos) {
            LocalDate day = Instant.ofEpochSecond(Math.floorDiv(nowNanos, 1_000_000_000L)).atZone(zone).toLocalDate();
            dayStartNanos = nanos(day.atStartOfDay(zone));
            dayEndNanos = nanos(day.plusDays(1).atStartOfDay(zone));
            dayStartEquityRaw = previous;
            ordersToday = 0;
            tradesToday = 0;
            rolled = 1;
            if (nowNanos < weekStartNanos || nowNanos >= weekEndNanos) {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weekStartNanos = nanos(monday.atStartOfDay(zone));
                weekEndNanos = nanos(monday.plusWeeks(1).atStartOfDay(zone));
                weekStartEquityRaw = previous;
                rolled = 2;
            }
        }
        peakEquityRaw = Math.max(peakEquityRaw, equityRaw);
        return rolled;
    }

    private static long nanos(ZonedDateTime time) {
        return time.toEpochSecond() * 1_000_000_000L;
    }

    /** Counts an order sent at {@code nowNanos}. */
    public void orderSent(long nowNanos) {
        ordersToday++;
        if (recentOrders.length > 0) {
            recentOrders[recentNext] = nowNanos;
            recentNext = (recentNext + 1) % recentOrders.length;
        }
    }

    /** Counts a fill. */
    public void tradeBooked() {
        tradesToday++;
    }

    /** Records a closed round trip: a loss extends the losing streak, a gain ends it. */
    public void roundTripClosed(long pnlRaw) {
        lossStreak = pnlRaw < 0 ? lossStreak + 1 : 0;
    }

    /** Records the confidence of the latest signal on {@code instrument}. */
    public void signal(InstrumentId instrument, double value) {
        confidence.put(instrument, value);
    }

    /** Confidence of the latest signal on {@code instrument}, or NaN when none was seen. */
    public double confidence(InstrumentId instrument) {
        Double value = confidence.get(instrument);
        return value == null ? Double.NaN : value;
    }

    /** Orders sent in the 60 seconds up to {@code nowNanos} (at most the per-minute limit). */
    public int ordersInLastMinute(long nowNanos) {
        int count = 0;
        for (long t : recentOrders) {
            if (t != Long.MIN_VALUE && t > nowNanos - MINUTE_NANOS) {
                count++;
            }
        }
        return count;
    }

    /** Orders sent since the day began. */
    public int ordersToday() {
        return ordersToday;
    }

    /** Fills booked since the day began. */
    public int tradesToday() {
        return tradesToday;
    }

    /** Losing round trips in a row, up to now. */
    public int lossStreak() {
        return lossStreak;
    }

    /** Start of the next day in the calendar's zone, nanoseconds since the epoch (UTC). */
    public long dayEndNanos() {
        return dayEndNanos;
    }

    /** Start of the next week (Monday) in the calendar's zone, nanoseconds since the epoch (UTC). */
    public long weekEndNanos() {
        return weekEndNanos;
    }

    /** Equity at the start of the day, raw. */
    public long dayStartEquityRaw() {
        return dayStartEquityRaw;
    }

    /** Equity at the start of the week, raw. */
    public long weekStartEquityRaw() {
        return weekStartEquityRaw;
    }

    /** Highest equity seen, raw. */
    public long peakEquityRaw() {
        return peakEquityRaw;
    }

    /** Loss since the day's start as a % of its start equity (negative for a gain). */
    public double dailyLossPct(long equityRaw) {
        return lossPct(dayStartEquityRaw, equityRaw);
    }

    /** Loss since the week's start as a % of its start equity (negative for a gain). */
    public double weeklyLossPct(long equityRaw) {
        return lossPct(weekStartEquityRaw, equityRaw);
    }

    /** Drawdown from the peak, %. */
    public double drawdownPct(long equityRaw) {
        return lossPct(peakEquityRaw, equityRaw);
    }

    private static double lossPct(long startRaw, long equityRaw) {
        return startRaw <= 0 ? 0 : 100.0 * (startRaw - equityRaw) / startRaw;
    }
}
