package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.order.StrategyId;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.port.MarketDataClient;
import wave.engine.port.MarketDataSink;
import wave.engine.strategy.Strategy;

/** The kernel subscribes its instruments at a market data client when its loop starts; the bars reach the strategies. */
class MarketDataClientTest {
    static final StrategyId ID = new StrategyId("md");

    /** Publishes a fixed number of bars per subscription from its own thread. */
    static final class ThreadedFeed implements MarketDataClient {
        final MarketDataSink sink;
        final int bars;
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        volatile boolean subscribed;

        ThreadedFeed(MarketDataSink sink, int bars) {
            this.sink = sink;
            this.bars = bars;
        }

        @Override
        public void subscribe(InstrumentId instrument) {
            calls.add("subscribe " + instrument);
            subscribed = true;
            Thread.ofPlatform().name("feed").start(() -> {
                for (int i = 0; i < bars && subscribed; i++) {
                    while (!sink.onBar(PaperPlumbingTest.bar(i))) {
                        Thread.onSpinWait();
                    }
                }
            });
        }

        @Override
        public void unsubscribe(InstrumentId instrument) {
            calls.add("unsubscribe " + instrument);
            subscribed = false;
        }
    }

    /** Records the bars it sees and the threads it sees them on. */
    static final class Watcher extends Strategy<Watcher.Params> {
        record Params() {
        }

        final List<Long> barTimes = Collections.synchronizedList(new ArrayList<>());
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        Watcher() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            barTimes.add(bar.tsNanos());
            threads.add(Thread.currentThread().getName());
        }
    }

    @Test
    void barsOfASubscribedInstrumentReachTheStrategiesOnTheKernelThread() throws InterruptedException {
        Watcher watcher = new Watcher();
        Kernel kernel = LiveKernels.paper(ID, watcher);
        InboundQueue inbound = new InboundQueue(16);
        ThreadedFeed feed = new ThreadedFeed(inbound.marketDataSink(), 200);
        kernel.useMarketData(feed);
        Thread kernelThread = Thread.ofPlatform().name("kernel").start(() -> kernel.runLive(inbound));

        await().atMost(Duration.ofSeconds(5)).until(() -> watcher.barTimes.size() == 200);
        inbound.put(new Command.Shutdown("test over"), 1, TimeUnit.SECONDS);
        kernelThread.join(5_000);

        assertThat(kernelThread.isAlive()).isFalse();
        assertThat(feed.calls).containsExactly("subscribe " + LiveKernels.ACME, "unsubscribe " + LiveKernels.ACME);
        assertThat(watcher.barTimes).isSorted().doesNotHaveDuplicates();
        assertThat(watcher.threads).containsExactly("kernel");
    }

    @Test
    void aFullQueueDropsMarketDataAndCountsIt() {
        InboundQueue inbound = new InboundQueue(2);
        MarketDataSink sink = inbound.marketDataSink();
        assertThat(sink.onBar(PaperPlumbingTest.bar(0))).isTrue();
        assertThat(sink.onBar(PaperPlumbingTest.bar(1))).isTrue();
        assertThat(sink.onBar(PaperPlumbingTest.bar(2))).isFalse();
        assertThat(inbound.refusedCount()).isEqualTo(1);
    }
}
