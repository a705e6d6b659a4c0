package wave.engine.port;

import wave.domain.instrument.InstrumentId;

/**
 * The kernel's way to receive market data in paper and live trading: it subscribes to the instruments of its session
 * when its event loop starts and unsubscribes when it stops; the client delivers what it receives, from its own
 * threads, to the {@link MarketDataSink} it was built with (the kernel's inbound queue). In a backtest the kernel polls
 * a {@code MarketFeed} on its own thread instead, which keeps the replay free of allocation.
 */
public interface MarketDataClient {
    /** No subscriptions: bars reach the inbound queue some other way (a test, a recorded session). */
    MarketDataClient NONE = new MarketDataClient() {
        @Override
        public void subscribe(InstrumentId instrument) {
        }

        @Override
        public void unsubscribe(InstrumentId instrument) {
        }
    };

    /** Starts delivering the instrument's completed bars (at the client's bar length) to the sink. Must not block. */
    void subscribe(InstrumentId instrument);

    /** Stops delivering the instrument's data; what is already in the sink stays there. Must not block. */
    void unsubscribe(InstrumentId instrument);
}
