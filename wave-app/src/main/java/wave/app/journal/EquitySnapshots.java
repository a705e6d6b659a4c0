package wave.app.journal;

import wave.domain.portfolio.Portfolio;
import wave.engine.journal.Journal;
import wave.engine.kernel.KernelListener;

/**
 * Journals an {@link EquitySnapshot} after the first step and then after each step at least {@code intervalNanos} of
 * kernel time after the last snapshot, and one at the end of the session.
 */
public final class EquitySnapshots implements KernelListener {
    private final Journal journal;
    private final Portfolio portfolio;
    private final long intervalNanos;
    private long lastNanos = Long.MIN_VALUE;

    /**
     * @param intervalNanos kernel time between snapshots, nanoseconds, > 0
     */
    public EquitySnapshots(Journal journal, Portfolio portfolio, long intervalNanos) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("equity snapshot interval must be > 0 ns, got " + intervalNanos);
        }
        this.journal = journal;
        this.portfolio = portfolio;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public void onStep(long tsNanos) {
        if (lastNanos == Long.MIN_VALUE || tsNanos - lastNanos >= intervalNanos) {
            snapshot(tsNanos);
        }
    }

    @Override
    public void onEnd(long tsNanos) {
        snapshot(tsNanos);
    }

    private void snapshot(long tsNanos) {
        lastNanos = tsNanos;
        journal.append(tsNanos, new EquitySnapshot(tsNanos, portfolio.baseCurrency(), portfolio.equityRaw(), portfolio.cashRaw()));
    }
}
