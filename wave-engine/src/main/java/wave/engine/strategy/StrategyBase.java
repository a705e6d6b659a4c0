package wave.engine.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import wave.domain.calendar.TradingCalendar;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.PortfolioView;
import wave.engine.clock.Timer;

/**
 * What every strategy has, whether it trades one instrument ({@link Strategy}) or many ({@link PortfolioStrategy}):
 * its parameters and id, the kernel's time and calendar, the account as a read-only view, scheduled callbacks, and
 * lines logged and values recorded with the outputs.
 *
 * @param <P> the parameter record type
 */
public abstract sealed class StrategyBase<P extends Record> permits Strategy, PortfolioStrategy {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final P params;
    private StrategyContext context;
    private StrategySchedule schedule;
    private StrategyId id;

    StrategyBase(P params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** The parameters. */
    public final P params() {
        return params;
    }

    /** This instance's id (available once the kernel has bound it). */
    public final StrategyId id() {
        return id;
    }

    // ---- queries ------------------------------------------------------------------------------------------

    /**
     * Current time on the kernel's clock, nanoseconds since the epoch (UTC): while a bar is handled, the time it became
     * known (a start-labelled bar's end, a daily bar's session close), not its label.
     */
    protected final long nowNanos() {
        return context.nowNanos();
    }

    /** The market's trading calendar (sessions, holidays, half days). */
    protected final TradingCalendar calendar() {
        return context.calendar();
    }

    /** True when the market is in a trading session at the kernel's current time (false at the close itself). */
    protected final boolean isMarketOpen() {
        return context.calendar().isOpen(now());
    }

    /**
     * When the current session closes, nanoseconds since the epoch (UTC): at the close itself (e.g. while a daily bar
     * is handled) that close, and when the market is closed the next one. Intraday strategies use it to flatten before
     * the close.
     */
    protected final long sessionCloseNanos() {
        TradingCalendar calendar = context.calendar();
        Instant now = now();
        Instant close = calendar.closeOf(now).orElseGet(() -> calendar.nextClose(now.minusNanos(1)));
        return close.getEpochSecond() * NANOS_PER_SECOND + close.getNano();
    }

    private Instant now() {
        long nanos = context.nowNanos();
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    /** The account (cash, equity, all positions): a read-only view, always current. */
    protected final PortfolioView portfolio() {
        return context.portfolio();
    }

    // ---- log and record -------------------------------------------------------------------------------------

    /** Logs a line, stamped with the kernel's time (written to {@code log.txt} with a backtest's outputs). */
    protected final void log(String message) {
        context.note(new StrategyNote(context.nowNanos(), id, StrategyNote.LOG, Double.NaN, message));
    }

    /**
     * Records a value of a custom series (e.g. a hedge ratio or a signal strength), stamped with the kernel's time
     * (written to {@code records.csv} with a backtest's outputs).
     *
     * @throws IllegalArgumentException for the reserved name {@code log} or a blank name
     */
    protected final void record(String name, double value) {
        if (name.isBlank() || StrategyNote.LOG.equals(name)) {
            throw new IllegalArgumentException("record name must not be blank or 'log', got '" + name + "'");
        }
        context.note(new StrategyNote(context.nowNanos(), id, name, value, ""));
    }

    // ---- scheduling --------------------------------------------------------------------------------------

    /**
     * Runs {@code action} once at {@code atNanos} (nanoseconds since the epoch, UTC) on the kernel's clock: in a
     * backtest before the first data step at or after that time, live on the wall clock.
     */
    protected final Timer scheduleAt(long atNanos, Runnable action) {
        return schedule.at(atNanos, action);
    }

    /**
     * Runs {@code action} every {@code period}, the first time one period from now (from the first data step when
     * called before a backtest has any data, e.g. in {@code onStart}).
     */
    protected final void scheduleEvery(Duration period, Runnable action) {
        schedule.every(period, action);
    }

    /**
     * Runs {@code action} every trading day {@code beforeClose} before the session close of the market's calendar
     * (exchange time: half days and daylight saving included), e.g. {@code scheduleBeforeClose(Duration.ofMinutes(10),
     * this::rebalance)}.
     */
    protected final void scheduleBeforeClose(Duration beforeClose, Runnable action) {
        schedule.beforeClose(beforeClose, action);
    }

    // ---- framework ---------------------------------------------------------------------------------------------

    /** Binds the strategy to its id and the kernel, once. */
    final void bindBase(StrategyId value, StrategyContext kernel) {
        if (this.context != null) {
            throw new IllegalStateException("strategy " + this.id + " is already bound");
        }
        this.id = value;
        this.context = kernel;
        this.schedule = new StrategySchedule(kernel, value);
    }

    /** The kernel (for the subclasses' own helpers). */
    final StrategyContext context() {
        return context;
    }

    /** True once bound. */
    final boolean isBound() {
        return context != null;
    }
}
