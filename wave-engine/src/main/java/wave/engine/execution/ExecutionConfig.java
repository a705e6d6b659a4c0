package wave.engine.execution;

import java.time.Duration;
import java.util.Objects;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;

/**
 * How realistic the simulated venue's execution is. The defaults keep the classic next-bar behaviour: no extra
 * latency, no volume cap, no slippage. See {@code docs/backtest-assumptions.md}.
 *
 * @param latencyBars            extra bars an order takes to reach the venue: an order placed while bar t is
 *                               handled reaches it with bar {@code t + 1 + latencyBars} of its instrument; >= 0
 * @param maxVolumeParticipation largest fraction of a bar's volume the account's orders in that instrument may fill
 *                               together on that bar, rounded down to whole lots, in (0, 1]; 1 means no cap at all
 * @param slippage               price move against each fill
 * @param calendar               the market's sessions: DAY orders end at the close of the session they reached the
 *                               venue in, and strategies ask it whether the market is open; the default is 24/7 with one
 *                               session per UTC day
 * @param fillAtSignalClose      opt-in lookahead: market orders fill at the close of the bar whose handling placed
 *                               them instead of the next bar's open (backtrader's "cheat on close"); a run with it
 *                               uses a price the strategy could not have traded at and says so in a warning
 * @param intrabarPath           the assumed order of prices inside a bar, deciding which of several orders reached
 *                               in one bar fills first ({@link IntrabarPath#ADVERSE} by default)
 * @param latency                a delay in time before orders reach the venue, for intraday data: an order placed when
 *                               a bar closes arrives that long after, so it is matched from the first bar that starts
 *                               at or after its arrival ({@code ceil(latency / bar length)} extra bars, and at least
 *                               {@code latencyBars}); zero by default
 * @param sizingPrice            where percent and all-in orders are turned into a quantity: at the fill price by the
 *                               venue ({@link SizingPrice#FILL}, the default) or at the signal bar's close when they are
 *                               placed ({@link SizingPrice#SIGNAL_CLOSE}, backtrader's default)
 * @param slippageOutsideBar     whether slippage may move a fill's price beyond its bar's range; by default (false) a
 *                               buy fills at most at the bar's high and a sell at least at its low, and the slippage
 *                               that did not fit is reported apart ({@code BacktestResult.slippageBeyondBarRaw()})
 */
public record ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage,
                              TradingCalendar calendar, boolean fillAtSignalClose, IntrabarPath intrabarPath,
                              Duration latency, SizingPrice sizingPrice, boolean slippageOutsideBar) {
    /** Validates the values. */
    public ExecutionConfig {
        Objects.requireNonNull(slippage, "slippage");
        Objects.requireNonNull(sizingPrice, "sizingPrice");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(intrabarPath, "intrabarPath");
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must be >= 0, got " + latency);
        }
        if (latencyBars < 0) {
            throw new IllegalArgumentException("latency must be >= 0 bars, got " + latencyBars);
        }
        if (!(maxVolumeParticipation > 0 && maxVolumeParticipation <= 1)) {
            throw new IllegalArgumentException("max volume participation must be in (0, 1], got " + maxVolumeParticipation);
        }
    }

    /** The given execution on a 24/7 market with one session per UTC day. */
    public ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage) {
        this(latencyBars, maxVolumeParticipation, slippage, ExchangeCalendars.crypto());
    }

    /** The given execution with next-bar fills. */
    public ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage, TradingCalendar calendar) {
        this(latencyBars, maxVolumeParticipation, slippage, calendar, false);
    }

    /** The given execution with the adverse intrabar path. */
    public ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage, TradingCalendar calendar,
                           boolean fillAtSignalClose) {
        this(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, IntrabarPath.ADVERSE);
    }

    /** The given execution without a time latency. */
    public ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage, TradingCalendar calendar,
                           boolean fillAtSignalClose, IntrabarPath intrabarPath) {
        this(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath, Duration.ZERO);
    }

    /** The given execution with fills kept within their bar's range. */
    public ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage, TradingCalendar calendar,
                           boolean fillAtSignalClose, IntrabarPath intrabarPath, Duration latency, SizingPrice sizingPrice) {
        this(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath, latency, sizingPrice,
                false);
    }

    /** The given execution with notional orders sized at the fill price. */
    public ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage, TradingCalendar calendar,
                           boolean fillAtSignalClose, IntrabarPath intrabarPath, Duration latency) {
        this(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath, latency, SizingPrice.FILL);
    }

    /** The warning a run with {@link #fillAtSignalClose()} prints. */
    public static final String LOOKAHEAD_WARNING = "WARNING: market orders fill at the close of the bar that produced "
            + "their signal (--fill-at-signal-close): this uses prices the strategy could not have traded at; results "
            + "are optimistic";

    /** No extra latency, no volume cap, no slippage, a 24/7 market. */
    public static ExecutionConfig defaults() {
        return new ExecutionConfig(0, 1, SlippageModel.none());
    }

    /** With another latency, in bars. */
    public ExecutionConfig withLatencyBars(int value) {
        return new ExecutionConfig(value, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath, latency, sizingPrice, slippageOutsideBar);
    }

    /** With another volume cap (a fraction of each bar's volume; 1 for none). */
    public ExecutionConfig withMaxVolumeParticipation(double value) {
        return new ExecutionConfig(latencyBars, value, slippage, calendar, fillAtSignalClose, intrabarPath, latency, sizingPrice, slippageOutsideBar);
    }

    /** With another slippage model. */
    public ExecutionConfig withSlippage(SlippageModel value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, value, calendar, fillAtSignalClose, intrabarPath, latency, sizingPrice, slippageOutsideBar);
    }

    /** With another market calendar (e.g. {@code ExchangeCalendars.nyse()}). */
    public ExecutionConfig withCalendar(TradingCalendar value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, slippage, value, fillAtSignalClose, intrabarPath, latency, sizingPrice, slippageOutsideBar);
    }

    /**
     * With market orders filled at the close of the bar that produced them: an explicit opt-in to lookahead, for
     * comparison with platforms that do this; see {@link #LOOKAHEAD_WARNING}.
     */
    public ExecutionConfig withFillAtSignalClose(boolean value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, slippage, calendar, value, intrabarPath, latency, sizingPrice, slippageOutsideBar);
    }

    /** With another assumed intrabar price path. */
    public ExecutionConfig withIntrabarPath(IntrabarPath value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, value, latency, sizingPrice, slippageOutsideBar);
    }

    /** With a latency in time (e.g. {@code Duration.ofMillis(250)}) on top of the latency in bars. */
    public ExecutionConfig withLatency(Duration value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath, value, sizingPrice, slippageOutsideBar);
    }

    /**
     * With percent and all-in orders sized at {@code value}: the fill price (the default) or the signal bar's close
     * (backtrader's default; the venue may then reject an order a gap up made unaffordable).
     */
    public ExecutionConfig withSizingPrice(SizingPrice value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath,
                latency, value, slippageOutsideBar);
    }

    /**
     * With slipped prices allowed beyond the bar's high (buys) or low (sells) when {@code value} is true; by default
     * they are kept within the bar.
     */
    public ExecutionConfig withSlippageOutsideBar(boolean value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, slippage, calendar, fillAtSignalClose, intrabarPath,
                latency, sizingPrice, value);
    }

    /**
     * Extra bars an order takes to reach the venue on bars of {@code barNanos} length (0 when unknown): the larger of
     * {@link #latencyBars()} and {@code ceil(latency / bar length)}.
     */
    public int extraBars(long barNanos) {
        long nanos = latency.toNanos();
        if (nanos == 0 || barNanos <= 0) {
            return latencyBars;
        }
        return (int) Math.max(latencyBars, Math.min(Integer.MAX_VALUE, (nanos + barNanos - 1) / barNanos));
    }

    /** True when fills are capped by the bars' volume. */
    public boolean capsVolume() {
        return maxVolumeParticipation < 1;
    }
}
