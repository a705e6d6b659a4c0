package wave.app.paper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.kernel.inbound.InboundQueueFullException;
import wave.engine.market.HistoricalFeed;

/**
 * Replays bars onto the kernel's inbound queue from its own thread, in the order a backtest steps through them (by
 * availability time, {@link HistoricalFeed}), each as an {@link InboundEvent.BarReplayed} carrying the time it became
 * known. It paces itself against the wall clock ({@code barsPerSecond}; infinite: no waiting), skips the bars a resumed
 * session already processed, and ends the session with a {@link Command.Shutdown} when the data ends. Bars are never
 * dropped: a full queue is waited on.
 */
public final class ReplayFeeder implements Runnable {
    /** What the kernel is told when the feed ends. */
    public static final String END_OF_FEED = "end of the feed";
    private static final long PUT_TIMEOUT_MS = 1_000;

    private final List<BarSeries> series;
    private final TradingCalendar calendar;
    private final Map<InstrumentId, Long> processedUntil;
    private final double barsPerSecond;
    private final InboundQueue inbound;
    private volatile boolean stopped;
    private volatile long sent;
    private volatile long skipped;

    /**
     * @param calendar       the session's calendar (when daily bars become known)
     * @param processedUntil per instrument, the label of the last bar the session processed before (nanoseconds since the
     *                       epoch, UTC); bars at or before it are skipped
     * @param barsPerSecond  pace, bars per second of wall-clock time, > 0 ({@link Double#POSITIVE_INFINITY}: no pacing)
     */
    public ReplayFeeder(List<BarSeries> series, TradingCalendar calendar, Map<InstrumentId, Long> processedUntil,
                        double barsPerSecond, InboundQueue inbound) {
        if (!(barsPerSecond > 0)) {
            throw new IllegalArgumentException("replay speed must be > 0 bars per second, got " + barsPerSecond);
        }
        this.series = List.copyOf(series);
        this.calendar = calendar;
        this.processedUntil = Map.copyOf(processedUntil);
        this.barsPerSecond = barsPerSecond;
        this.inbound = inbound;
    }

    @Override
    public void run() {
        HistoricalFeed feed = new HistoricalFeed(series, calendar);
        long start = System.nanoTime();
        while (!stopped && feed.advance()) {
            for (int i = 0; i < feed.updatedCount() && !stopped; i++) {
                Bar bar = feed.bar(feed.updatedInstrument(i));
                if (bar.tsNanos() <= processedUntil.getOrDefault(bar.instrument(), Long.MIN_VALUE)) {
                    skipped++;
                    continue;
                }
                if (Double.isFinite(barsPerSecond)) {
                    waitUntil(start + (long) (sent * 1e9 / barsPerSecond));
                }
                if (deliver(new InboundEvent.BarReplayed(bar.snapshot(), feed.availableNanos()))) {
                    sent++;
                }
            }
        }
        if (!stopped) {
            deliver(new Command.Shutdown(END_OF_FEED));
        }
    }

    /** Stops replaying (any thread); the kernel is stopped separately. */
    public void stop() {
        stopped = true;
    }

    /** Bars put on the queue so far. */
    public long sent() {
        return sent;
    }

    /** Bars skipped because the session had processed them before a restart. */
    public long skipped() {
        return skipped;
    }

    private void waitUntil(long dueNanos) {
        for (long left = dueNanos - System.nanoTime(); left > 0 && !stopped; left = dueNanos - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, 50_000_000L));
        }
    }

    private boolean deliver(InboundEvent event) {
        while (!stopped) {
            try {
                inbound.put(event, PUT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                return true;
            } catch (InboundQueueFullException e) {
                // the kernel is busy: keep waiting unless the session is stopping
            }
        }
        return false;
    }
}
