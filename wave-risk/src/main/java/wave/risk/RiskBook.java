package wave.risk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;

/**
 * What the risk engine keeps between orders: the equity at the start of the trading day and of the (ISO, Monday)
 * week, the equity peak, the orders sent in the last minute and in the day, the day's fills, the run of losing round
 * trips and the latest signal confidence per instrument. Days are the calendar's sessions, weeks Monday to Sunday of
 * their dates; their bounds are recomputed only when time leaves them, so the per-order path allocates nothing.
 */
public final class RiskBook {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private final TradingCalendar calendar;
    private final long[] recentOrders;
    private int recentNext;
    private long dayStartNanos = Long.MAX_VALUE;
    private long dayEndNanos = Long.MIN_VALUE;
    private LocalDate weekMonday;
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
     * A book for a market trading on {@code calendar}, keeping the times of up to {@code ordersPerMinute} recent orders.
     *
     * @param ordersPerMinute the per-minute limit (0: none kept)
     */
    public RiskBook(TradingCalendar calendar, int ordersPerMinute) {
        this.calendar = calendar;
        this.recentOrders = new long[ordersPerMinute];
        Arrays.fill(recentOrders, Long.MIN_VALUE);
    }

    /**
     * Moves to {@code nowNanos} with the account's current equity: a new trading day or week starts its loss count from
     * the equity last seen before it (the previous close; the current equity on the first call), and the day's
     * counters from 0; the peak follows the equity. The trading day of a time is the session whose close is the first
     * at or after it, so a daily bar's label (midnight UTC), the session's hours and its close all belong to that
     * session's date, and the hours after a close to the next session.
     *
     * @return 0 when still in the same day, 1 when a new day began, 2 when a new week began too
     */
    public int advance(long nowNanos, long equityRaw) {
        int rolled = 0;
        long previous = lastEquityRaw == Long.MIN_VALUE ? equityRaw : lastEquityRaw;
        lastEquityRaw = equityRaw;
        peakEquityRaw = Math.max(peakEquityRaw, previous);
        if (nowNanos <= dayStartNanos || nowNanos > dayEndNanos) {
            Instant close = calendar.nextClose(instant(nowNanos - 1));
            LocalDate day = instant(nanos(close) - 1).atZone(calendar.zone()).toLocalDate(); // a midnight close ends the day before
            dayStartNanos = nanos(calendar.session(calendar.previousTradingDay(day)).orElseThrow().close().toInstant());
            dayEndNanos = nanos(close);
            dayStartEquityRaw = previous;
            ordersToday = 0;
            tradesToday = 0;
            rolled = 1;
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!monday.equals(weekMonday)) {
                weekMonday = monday;
                LocalDate last = day;
                while (calendar.nextTradingDay(last).isBefore(monday.plusWeeks(1))) {
                    last = calendar.nextTradingDay(last);
                }
                weekEndNanos = nanos(calendar.session(last).orElseThrow().close().toInstant());
                weekStartEquityRaw = previous;
                rolled = 2;
            }
        }
        return rolled;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
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

    /** True when the per-minute limit is reached: the oldest of the last {@code limit} orders is less than 60 s old. */
    public boolean isMinuteFull(long nowNanos) {
        if (recentOrders.length == 0) {
            return false;
        }
        long oldest = recentOrders[recentNext];
        return oldest != Long.MIN_VALUE && oldest > nowNanos - MINUTE_NANOS;
    }

    /** Orders sent in the 60 seconds up to {@code nowNanos} (at most the per-minute limit); a loop, for messages. */
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

    /** Close of the current trading day's session (the next day starts just after), nanoseconds since the epoch (UTC). */
    public long dayEndNanos() {
        return dayEndNanos;
    }

    /** Close of the week's last session (the next week starts just after), nanoseconds since the epoch (UTC). */
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
