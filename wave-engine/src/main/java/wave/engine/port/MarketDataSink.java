package wave.engine.port;

import wave.domain.market.OhlcvBar;

/**
 * Where a {@link MarketDataClient} delivers data: in paper and live trading, the kernel's inbound queue
 * ({@code InboundQueue.marketDataSink}), which drops and counts what does not fit rather than block a feed thread.
 */
@FunctionalInterface
public interface MarketDataSink {
    /**
     * Takes a completed bar, at the time it became known. Any thread; never blocks.
     *
     * @return false when it was dropped (the queue is full)
     */
    boolean onBar(OhlcvBar bar);
}
