package wave.app.paper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.app.journal.EquitySnapshots;
import wave.app.journal.StoreJournal;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.AccountEvent;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.journal.InMemoryJournal;
import wave.engine.kernel.KernelListener;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.order.OrderIds;
import wave.risk.RiskListener;
import wave.risk.TradingStateChanged;
import wave.store.Store;
import wave.store.journal.JournalRecord;

/**
 * One paper session: a backtest's kernel (strategy, simulated exchange, pre-trade checks) run through the live event
 * loop, fed by a {@link ReplayFeeder}, journaled in the store. Starting an existing session resumes it: its journal is
 * replayed into the fresh kernel (orders, cash, positions, marks, the strategies' saved states), client order ids
 * continue after the last one, and the bars it processed (the last {@code PositionMarked} per instrument) are not
 * replayed into the strategies again.
 */
public final class PaperSession implements AutoCloseable {
    /** Kernel time between two journaled equity snapshots. */
    public static final Duration SNAPSHOT_EVERY = Duration.ofHours(1);
    private static final int INBOUND_CAPACITY = 4_096;

    private final String name;
    private final Backtest backtest;
    private final StoreJournal journal;
    private final InboundQueue inbound;
    private final ReplayFeeder feeder;
    private final int replayedRecords;
    private volatile String stopReason;

    private PaperSession(String name, Backtest backtest, StoreJournal journal, InboundQueue inbound, ReplayFeeder feeder,
                         int replayedRecords) {
        this.name = name;
        this.backtest = backtest;
        this.journal = journal;
        this.inbound = inbound;
        this.feeder = feeder;
        this.replayedRecords = replayedRecords;
    }

    /**
     * Opens session {@code name} in {@code store} (resuming it when it has a journal) for {@code backtest}, a fresh
     * backtest of the session's strategy and settings over {@code series}, which the feeder replays at
     * {@code barsPerSecond}.
     *
     * @param name a session tag (letters, digits, {@code _}): it also prefixes the client order ids
     * @throws IllegalArgumentException when the session was started with another strategy, parameters or cash
     */
    public static PaperSession open(Store store, String name, Backtest backtest, List<BarSeries> series,
                                    TradingCalendar calendar, double barsPerSecond, PaperSessionStarted start) {
        List<JournalRecord> records = store.journal().read(name);
        List<InMemoryJournal.Entry> entries = StoreJournal.entries(records);
        Map<InstrumentId, Long> processed = new HashMap<>();
        for (InMemoryJournal.Entry entry : entries) {
            switch (entry.entry()) {
                case PaperSessionStarted first -> requireSameSession(name, first, start);
                case AccountEvent.PositionMarked mark -> processed.merge(mark.instrument(), mark.tsNanos(), Math::max);
                default -> { }
            }
        }
        backtest.kernel().useOrderIds(new OrderIds(name, 0)); // replaying the journal continues the sequence
        if (!entries.isEmpty()) {
            backtest.kernel().replay(entries);
        }
        StoreJournal journal = new StoreJournal(store.journal().appender(name));
        try {
            backtest.journal(journal);
            backtest.listen(new EquitySnapshots(journal, backtest.kernel().portfolio(), SNAPSHOT_EVERY.toNanos()));
            journal.append(start.tsNanos(), start);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        InboundQueue inbound = new InboundQueue(INBOUND_CAPACITY);
        return new PaperSession(name, backtest, journal, inbound,
                new ReplayFeeder(series, calendar, processed, barsPerSecond, inbound), entries.size());
    }

    private static void requireSameSession(String name, PaperSessionStarted first, PaperSessionStarted now) {
        if (!first.strategy().equals(now.strategy()) || !first.params().equals(now.params())
                || first.initialCashRaw() != now.initialCashRaw() || !first.currency().equals(now.currency())) {
            throw new IllegalArgumentException("paper session " + name + " was started with strategy " + first.strategy() + " "
                    + first.params() + " and cash " + FixedPoint.formatMoney(first.initialCashRaw()) + " " + first.currency().code()
                    + "; resume it with the same (got " + now.strategy() + " " + now.params() + ", cash "
                    + FixedPoint.formatMoney(now.initialCashRaw()) + " " + now.currency().code() + "), or start another --session");
        }
    }

    /** Journals the risk engine's trading-state changes (halts, breaker trips, resumes) before they are acted on. */
    public RiskListener riskJournal() {
        return new RiskListener() {
            @Override
            public void onStateChanged(TradingStateChanged event) {
                journal.append(event.tsNanos(), event);
            }
        };
    }

    /**
     * Runs until the feed ends or {@link #stop} is called, on the calling thread (the kernel thread); the feeder runs
     * on a thread of its own. At the end the strategies' states are journaled and the orders still working are
     * canceled (as at the end of a backtest's data).
     *
     * @return the orders, fills and equity of this run (since the start or resume)
     */
    public BacktestResult run() throws InterruptedException {
        backtest.listen(new KernelListener() {
            @Override
            public void onCommand(Command command, long tsNanos) {
                if (command instanceof Command.Shutdown shutdown) {
                    stopReason = shutdown.reason();
                }
            }
        });
        Thread feed = Thread.ofPlatform().name("paper-feed-" + name).daemon().start(feeder);
        try {
            return backtest.runLive(inbound);
        } finally {
            feeder.stop();
            feed.join();
        }
    }

    /** Asks the session to stop after the event it is handling (any thread, e.g. a signal handler), saying why. */
    public void stop(String why) {
        stopReason = why;
        feeder.stop();
        backtest.kernel().requestStop();
    }

    /**
     * Why the session stopped: {@link ReplayFeeder#END_OF_FEED}, the reason of a shutdown command or of {@link #stop}; null
     * while it runs.
     */
    public String stopReason() {
        return stopReason;
    }

    /** The kernel's inbound queue (commands and signals from other threads). */
    public InboundQueue inbound() {
        return inbound;
    }

    /** The session's name. */
    public String name() {
        return name;
    }

    /** Journal records replayed when the session opened (0 for a new session). */
    public int replayedRecords() {
        return replayedRecords;
    }

    /** The feeder (bars sent and skipped). */
    public ReplayFeeder feeder() {
        return feeder;
    }

    /** Records in the session's journal. */
    public long journalRecords() {
        return journal.records();
    }

    /** The wall-clock time now, as a journal time stamp for records that have no kernel time. */
    public static long wallClockNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Closes the journal's connection. */
    @Override
    public void close() {
        journal.close();
    }
}
