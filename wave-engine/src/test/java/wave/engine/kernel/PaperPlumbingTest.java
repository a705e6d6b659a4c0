package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.market.OhlcvBar;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.StrategyId;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.engine.journal.InMemoryJournal;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.kernel.inbound.InboundQueueFullException;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/** The kernel on the system clock, fed by other threads through its inbound queue, as paper trading runs it. */
class PaperPlumbingTest {
    static final StrategyId ID = new StrategyId("paper");
    static final long T0 = 1_767_225_600_000_000_000L; // 2026-01-01T00:00Z
    static final long MINUTE = 60_000_000_000L;

    /** Rests a far limit buy on every bar and records what the kernel hands it, and on which thread. */
    static final class Recorder extends Strategy<Recorder.Params> {
        record Params() {
        }

        final List<Long> barTimes = Collections.synchronizedList(new ArrayList<>());
        final List<Signal> signals = Collections.synchronizedList(new ArrayList<>());
        final List<OrderEvent> events = Collections.synchronizedList(new ArrayList<>());
        final List<OrderTicket> tickets = Collections.synchronizedList(new ArrayList<>());
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        Recorder() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            threads.add(Thread.currentThread().getName());
            barTimes.add(bar.tsNanos());
            tickets.add(limit(OrderSide.BUY, Quantity.of(1), Price.of("1")));
        }

        @Override
        protected void onSignal(Signal signal) {
            threads.add(Thread.currentThread().getName());
            signals.add(signal);
        }

        @Override
        protected void onOrderEvent(OrderEvent event) {
            threads.add(Thread.currentThread().getName());
            events.add(event);
        }
    }

    static OhlcvBar bar(int i) {
        long price = FixedPoint.priceOfUnits(100);
        return new OhlcvBar(LiveKernels.ACME, T0 + i * MINUTE, price, price, price, price, 1_000);
    }

    static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return t;
    }

    @Test
    void barsSignalsAndCancelAllFromThreeThreadsAreAllHandledOnTheKernelThreadInArrivalOrder() throws Exception {
        Recorder strategy = new Recorder();
        Kernel kernel = LiveKernels.paper(ID, strategy);
        InMemoryJournal journal = new InMemoryJournal();
        kernel.useJournal(journal);
        InboundQueue inbound = new InboundQueue(64);
        Thread kernelThread = start("kernel", () -> kernel.runLive(inbound));
        CountDownLatch go = new CountDownLatch(1);

        Thread feed = start("feed", () -> {
            await(go);
            for (int i = 0; i < 300; i++) {
                inbound.put(new InboundEvent.BarReceived(bar(i)), 5, TimeUnit.SECONDS);
            }
        });
        Thread analyst = start("analyst", () -> {
            await(go);
            for (int i = 0; i < 100; i++) {
                Signal s = Signal.of("model:test", LiveKernels.ACME, SignalDirection.LONG, 0.8, Duration.ofHours(1), T0 + i);
                inbound.put(new InboundEvent.SignalReceived(s), 5, TimeUnit.SECONDS);
            }
        });
        Thread operator = start("operator", () -> {
            await(go);
            for (int i = 0; i < 5; i++) {
                inbound.put(new Command.CancelAll("operator " + i), 5, TimeUnit.SECONDS);
                Thread.onSpinWait();
            }
        });
        go.countDown();
        feed.join();
        analyst.join();
        operator.join();
        inbound.put(new Command.CancelAll("final"), 5, TimeUnit.SECONDS);
        inbound.put(new Command.Shutdown("test over"), 5, TimeUnit.SECONDS);
        kernelThread.join(10_000);

        assertThat(kernelThread.isAlive()).isFalse();
        assertThat(strategy.threads).containsExactly("kernel");
        // every bar, in the order the feed sent them; every signal, in the analyst's order
        assertThat(strategy.barTimes).hasSize(300).isSorted().doesNotHaveDuplicates();
        assertThat(strategy.signals).extracting(Signal::asOfNanos).hasSize(100).isSorted();
        // every command journaled before it was applied, in arrival order: the operator's five, then the last
        List<String> cancels = journal.entries().stream().map(InMemoryJournal.Entry::entry)
                .filter(Command.CancelAll.class::isInstance).map(e -> ((Command.CancelAll) e).reason()).toList();
        assertThat(cancels).containsExactly("operator 0", "operator 1", "operator 2", "operator 3", "operator 4", "final");
        assertThat(journal.entries()).extracting(InMemoryJournal.Entry::entry).filteredOn(Signal.class::isInstance).hasSize(100);
        // the final cancel-all canceled whatever was still working: no order is left open, each ended once
        assertThat(strategy.tickets).hasSize(300).allSatisfy(t -> assertThat(t.status()).isEqualTo(OrderStatus.CANCELED));
        assertThat(strategy.events).filteredOn(OrderCanceled.class::isInstance).hasSize(300)
                .allSatisfy(e -> assertThat(((OrderCanceled) e).reason()).startsWith("cancel all: "));
        assertThat(inbound.refusedCount()).isZero();
    }

    @Test
    void aHundredMillisecondTimerFiresTenTimesASecondOnTheSystemClock() throws Exception {
        List<Long> fired = Collections.synchronizedList(new ArrayList<>());
        long[] startNanos = new long[1];
        Strategy<Recorder.Params> ticking = new Strategy<>(new Recorder.Params()) {
            @Override
            protected void onStart() {
                startNanos[0] = nowNanos();
                scheduleEvery(Duration.ofMillis(100), () -> fired.add(nowNanos()));
            }
        };
        Kernel kernel = LiveKernels.paper(ID, ticking);
        InboundQueue inbound = new InboundQueue(16);
        Thread kernelThread = start("kernel", () -> kernel.runLive(inbound));
        Thread.sleep(1_500);
        inbound.put(new Command.Shutdown("test over"), 1, TimeUnit.SECONDS);
        kernelThread.join(5_000);

        long inFirstSecond = fired.stream().filter(t -> t - startNanos[0] <= 1_000_000_000L).count();
        assertThat(inFirstSecond).isBetween(9L, 11L);
        // each firing happened at or after its due time (100 ms apart from the start)
        for (int i = 0; i < Math.min(10, fired.size()); i++) {
            assertThat(fired.get(i) - startNanos[0]).isGreaterThanOrEqualTo((i + 1) * 100_000_000L);
        }
    }

    @Test
    void aFullQueueRefusesOffersAtOnceAndTimesOutPutsWithoutLosingWhatItHolds() {
        InboundQueue inbound = new InboundQueue(4);
        assertThat(inbound.capacity()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(inbound.offer(new InboundEvent.BarReceived(bar(i)))).isTrue();
        }
        // market data: refused at once and counted
        assertThat(inbound.offer(new InboundEvent.BarReceived(bar(4)))).isFalse();
        assertThat(inbound.refusedCount()).isEqualTo(1);
        // commands and signals: wait for room, then fail loudly
        long before = System.nanoTime();
        assertThatThrownBy(() -> inbound.put(new Command.CancelAll("x"), 50, TimeUnit.MILLISECONDS))
                .isInstanceOf(InboundQueueFullException.class)
                .hasMessage("kernel inbound queue full (4 events) for 50 ms; not queued: CancelAll");
        assertThat(System.nanoTime() - before).isGreaterThanOrEqualTo(50_000_000L);
        assertThat(inbound.refusedCount()).isEqualTo(2);
        // what it holds is intact and in order; once there is room a put goes through
        assertThat(((InboundEvent.BarReceived) inbound.poll()).bar()).isEqualTo(bar(0));
        inbound.put(new Command.CancelAll("y"), 50, TimeUnit.MILLISECONDS);
        assertThat(((InboundEvent.BarReceived) inbound.poll()).bar()).isEqualTo(bar(1));
        assertThat(((InboundEvent.BarReceived) inbound.poll()).bar()).isEqualTo(bar(2));
        assertThat(((InboundEvent.BarReceived) inbound.poll()).bar()).isEqualTo(bar(3));
        assertThat(inbound.poll()).isEqualTo(new Command.CancelAll("y"));
        assertThat(inbound.poll()).isNull();
        assertThatThrownBy(() -> new InboundQueue(1)).hasMessage("inbound queue capacity must be >= 2, got 1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
