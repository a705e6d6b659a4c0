package wave.engine.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.OhlcvBar;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.RejectReason;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.Portfolio;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.engine.clock.SystemClock;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.market.HistoricalFeed;
import wave.engine.market.InstrumentTable;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/**
 * What every {@link ExecutionClient} must do, checked through a kernel running its event loop ({@code runLive}) on its
 * own thread, as paper and live trading run it: orders are placed by a strategy on the kernel thread, the market trades
 * at prices the test chooses (a bar on the inbound queue, and the same price shown to the venue), and the assertions
 * read the kernel's end state (order statuses, filled quantities, average prices, cash and positions) on the kernel
 * thread. A venue may fill in parts, acknowledge late, repeat reports or deliver them out of order: the end states
 * must be the same. An implementation's test extends this class and supplies the {@link Venue}.
 */
abstract class ExecutionClientContract {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final StrategyId STRATEGY = new StrategyId("contract");
    static final long CASH = FixedPoint.moneyOfUnits(100_000);
    static final long T0 = 1_767_225_600_000_000_000L; // 2026-01-01T00:00Z
    static final long MINUTE = 60_000_000_000L;
    /** Bar volume: 12 shares, so a venue capping participation at one half fills at most 6 a bar. */
    static final long BAR_VOLUME = 12;

    /** An order the venue refuses, and how it says so. */
    record Refusal(OrderSide side, long quantity, RejectReason reason, String message) {
    }

    /** The venue under test: the execution client the kernel is built with, and what the test needs to drive it. */
    interface Venue extends AutoCloseable {
        /** Builds the client around the kernel's order manager (called once, by the kernel's constructor). */
        ExecutionClient client(OrderManager orders);

        /**
         * The market traded at the bar's price (open, high, low and close alike); the kernel receives the same bar right
         * after. A venue matching on the kernel's bars has nothing to do here.
         */
        void traded(OhlcvBar bar);

        /** Returns once every report the venue has sent so far (repeats included) is on the inbound queue. */
        void settle();

        /** An order this venue refuses. */
        Refusal refusal();

        @Override
        void close();
    }

    /** Creates the venue for one test, around the session's instruments and account and the kernel's inbound queue. */
    abstract Venue venue(InstrumentTable instruments, Portfolio portfolio, InboundQueue inbound);

    /** Runs actions on the kernel thread (each carried there by a signal) and records the order events it is given. */
    static final class Driver extends Strategy<Driver.Params> {
        record Params() {
        }

        final Queue<Runnable> actions = new ConcurrentLinkedQueue<>();
        final List<OrderEvent> events = Collections.synchronizedList(new ArrayList<>());

        Driver() {
            super(new Params());
        }

        @Override
        protected void onSignal(Signal signal) {
            Runnable action = actions.poll();
            if (action != null) {
                action.run();
            }
        }

        @Override
        protected void onOrderEvent(OrderEvent event) {
            events.add(event);
        }

        OrderTicket place(OrderRequest request) {
            return submit(request);
        }

        void cancelOrder(OrderTicket ticket) {
            cancel(ticket);
        }

        void modifyOrder(OrderTicket ticket, long quantity, String limit) {
            modify(ticket, Quantity.of(quantity), Price.of(limit), null);
        }
    }

    Portfolio portfolio;
    InboundQueue inbound;
    Venue venue;
    Kernel kernel;
    Driver driver;
    Thread kernelThread;
    int bars;

    @BeforeEach
    void startKernel() {
        InstrumentTable instruments = new InstrumentTable();
        instruments.add(Equity.usd(ACME));
        portfolio = new Portfolio(Currency.USD, CASH);
        inbound = new InboundQueue(1024);
        venue = venue(instruments, portfolio, inbound);
        kernel = new Kernel(new SystemClock(), new HistoricalFeed(List.of()), instruments, portfolio, venue::client,
                Sizing.fixed(1), 3);
        driver = new Driver();
        kernel.addStrategy(STRATEGY, ACME, driver);
        kernelThread = new Thread(() -> kernel.runLive(inbound), "kernel");
        kernelThread.start();
        trade("100"); // strategies place orders from their first bar on
    }

    @AfterEach
    void stopKernel() throws InterruptedException {
        inbound.put(new Command.Shutdown("test over"), 5, TimeUnit.SECONDS);
        kernelThread.join(10_000);
        venue.close();
        assertThat(kernelThread.isAlive()).as("kernel loop stopped").isFalse();
    }

    // ---- the contract ------------------------------------------------------------------------------------------

    @Test
    void aMarketOrderIsAcceptedAndFilledAtTheNextTrade() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(10))));
        trade("100");
        trade("100");
        awaitStatus(ticket, OrderStatus.FILLED);

        assertThat(onKernel(ticket::filledQuantityRaw)).isEqualTo(units(10));
        assertThat(onKernel(() -> ticket.order().averageFillPrice())).isEqualTo(Price.of("100"));
        assertThat(onKernel(() -> portfolio.position(ACME).quantityRaw())).isEqualTo(units(10));
        assertThat(onKernel(() -> portfolio.cashRaw(Currency.USD))).isEqualTo(CASH - units(1_000));
        assertThat(acceptedEventsOf(ticket)).isEqualTo(1);
    }

    @Test
    void aLimitOrderRestsThenCancels() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(5), Price.of("90"))));
        trade("100");
        awaitStatus(ticket, OrderStatus.ACCEPTED);

        onKernel(() -> driver.cancelOrder(ticket));
        awaitStatus(ticket, OrderStatus.CANCELED);
        trade("80");
        settle();

        assertThat(onKernel(ticket::status)).isEqualTo(OrderStatus.CANCELED);
        assertThat(onKernel(ticket::reason)).isEqualTo("canceled by strategy");
        assertThat(onKernel(ticket::filledQuantityRaw)).isZero();
        assertThat(onKernel(() -> portfolio.cashRaw(Currency.USD))).isEqualTo(CASH);
    }

    @Test
    void aModificationUpdatesTheWorkingOrder() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(5), Price.of("90"))));
        trade("100");
        awaitStatus(ticket, OrderStatus.ACCEPTED);

        onKernel(() -> driver.modifyOrder(ticket, 6, "95"));
        await().untilAsserted(() -> assertThat(onKernel(() -> List.of(ticket.quantityRaw(), ticket.limitPriceRaw())))
                .containsExactly(units(6), FixedPoint.parseQuantity("95")));
        assertThat(onKernel(ticket::status)).isEqualTo(OrderStatus.ACCEPTED);

        trade("94");
        awaitStatus(ticket, OrderStatus.FILLED);
        assertThat(onKernel(ticket::filledQuantityRaw)).isEqualTo(units(6));
        assertThat(onKernel(() -> ticket.order().averageFillPrice())).isEqualTo(Price.of("94"));
        assertThat(onKernel(() -> portfolio.position(ACME).quantityRaw())).isEqualTo(units(6));
    }

    @Test
    void aRefusedOrderEndsRejectedWithTheVenuesReason() {
        Refusal refusal = venue.refusal();
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.market(refusal.side(), Quantity.of(refusal.quantity()))));
        trade("100");
        awaitStatus(ticket, OrderStatus.REJECTED);
        settle();

        assertThat(onKernel(ticket::status)).isEqualTo(OrderStatus.REJECTED);
        assertThat(onKernel(() -> ticket.order().rejection().reason())).isEqualTo(refusal.reason());
        assertThat(onKernel(ticket::reason)).isEqualTo(refusal.message());
        assertThat(onKernel(() -> portfolio.position(ACME).quantityRaw())).isZero();
    }

    @Test
    void partialFillsSumToTheOrderQuantity() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(10))));
        trade("100");
        trade("100");
        awaitStatus(ticket, OrderStatus.FILLED);

        List<Long> fills = onKernel(() -> ticket.fills().stream().map(f -> f.quantityRaw()).toList());
        assertThat(fills).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fills.stream().mapToLong(Long::longValue).sum()).isEqualTo(units(10));
        assertThat(onKernel(ticket::filledQuantityRaw)).isEqualTo(units(10));
    }

    @Test
    void repeatedReportsAreAppliedOnce() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(10))));
        trade("100");
        trade("100");
        awaitStatus(ticket, OrderStatus.FILLED);
        settle();

        long filledInEvents = onKernel(() -> ticket.fills().stream().mapToLong(f -> f.quantityRaw()).sum());
        assertThat(filledInEvents).isEqualTo(units(10));
        assertThat(acceptedEventsOf(ticket)).isEqualTo(1);
        assertThat(onKernel(() -> portfolio.position(ACME).quantityRaw())).isEqualTo(units(10));
        assertThat(onKernel(() -> portfolio.cashRaw(Currency.USD))).isEqualTo(CASH - units(1_000));
    }

    @Test
    void reportsArrivingAfterTheEndLeaveTheOrderInItsTrueFinalState() {
        OrderTicket filled = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(4))));
        OrderTicket canceled = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(4), Price.of("90"))));
        trade("100");
        awaitStatus(filled, OrderStatus.FILLED);
        onKernel(() -> driver.cancelOrder(canceled));
        awaitStatus(canceled, OrderStatus.CANCELED);
        // a cancel requested after the fill changes nothing
        onKernel(() -> driver.cancelOrder(filled));
        settle();

        assertThat(onKernel(filled::status)).isEqualTo(OrderStatus.FILLED);
        assertThat(onKernel(filled::filledQuantityRaw)).isEqualTo(units(4));
        assertThat(onKernel(canceled::status)).isEqualTo(OrderStatus.CANCELED);
        assertThat(onKernel(canceled::reason)).isEqualTo("canceled by strategy");
        assertThat(onKernel(canceled::filledQuantityRaw)).isZero();
        assertThat(onKernel(() -> portfolio.position(ACME).quantityRaw())).isEqualTo(units(4));
    }

    @Test
    void cancelAllCancelsEveryWorkingOrder() {
        OrderTicket first = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(2), Price.of("90"))));
        OrderTicket second = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(3), Price.of("91"))));
        trade("100");
        awaitStatus(first, OrderStatus.ACCEPTED);
        awaitStatus(second, OrderStatus.ACCEPTED);

        inbound.put(new Command.CancelAll("test"), 5, TimeUnit.SECONDS);
        awaitStatus(first, OrderStatus.CANCELED);
        awaitStatus(second, OrderStatus.CANCELED);
        assertThat(onKernel(() -> List.of(first.reason(), second.reason()))).containsOnly("cancel all: test");
    }

    @Test
    void queriesReportTheOrdersPositionsAndCashTheKernelHolds() {
        OrderTicket bought = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(10))));
        trade("100");
        trade("100");
        OrderTicket resting = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(5), Price.of("90"))));
        trade("100");
        awaitStatus(bought, OrderStatus.FILLED);
        awaitStatus(resting, OrderStatus.ACCEPTED);
        settle();

        List<OrderStatusReport> open = query(() -> kernel.execution().queryOpenOrders());
        assertThat(open).singleElement().satisfies(r -> {
            assertThat(r.clientOrderId()).isEqualTo(resting.id());
            assertThat(r.status()).isEqualTo(OrderStatus.ACCEPTED);
            assertThat(r.side()).isEqualTo(OrderSide.BUY);
            assertThat(r.quantityRaw()).isEqualTo(units(5));
            assertThat(r.filledQuantityRaw()).isZero();
            assertThat(r.limitPriceRaw()).isEqualTo(FixedPoint.parsePrice("90"));
        });
        Optional<OrderStatusReport> filled = query(() -> kernel.execution().queryOrder(bought.id()));
        assertThat(filled).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(onKernel(bought::status));
            assertThat(r.filledQuantityRaw()).isEqualTo(onKernel(bought::filledQuantityRaw));
            assertThat(r.averagePriceRaw()).isEqualTo(onKernel(() -> bought.order().averageFillPrice().raw()));
        });
        assertThat(query(() -> kernel.execution().queryOrder(new ClientOrderId("NONE", 1)))).isEmpty();
        assertThat(query(() -> kernel.execution().queryPositions())).singleElement().satisfies(p -> {
            assertThat(p.instrument()).isEqualTo(ACME);
            assertThat(p.quantityRaw()).isEqualTo(onKernel(() -> portfolio.position(ACME).quantityRaw()));
        });
        AccountReport account = query(() -> kernel.execution().queryAccount());
        assertThat(account.cashRaw(Currency.USD)).isEqualTo(onKernel(() -> portfolio.cashRaw(Currency.USD)))
                .isEqualTo(CASH - units(1_000));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static long units(long n) {
        return FixedPoint.moneyOfUnits(n);
    }

    /** The market trades at {@code price}: the venue sees it, then the kernel gets the bar. */
    void trade(String price) {
        long p = FixedPoint.parsePrice(price);
        OhlcvBar bar = new OhlcvBar(ACME, T0 + bars++ * MINUTE, p, p, p, p, BAR_VOLUME);
        venue.traded(bar);
        inbound.put(new InboundEvent.BarReceived(bar), 5, TimeUnit.SECONDS);
    }

    /** Every report the venue sent so far is applied. */
    void settle() {
        venue.settle();
        onKernel(() -> null);
    }

    /** Runs {@code action} on the kernel thread and returns its result. */
    <T> T onKernel(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        driver.actions.add(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        inbound.put(new InboundEvent.SignalReceived(Signal.of("test", ACME, SignalDirection.FLAT, 0, Duration.ofMinutes(1), T0)),
                5, TimeUnit.SECONDS);
        return result.orTimeout(5, TimeUnit.SECONDS).join();
    }

    void onKernel(Runnable action) {
        onKernel(() -> {
            action.run();
            return null;
        });
    }

    /** Asks the venue on the kernel thread, then waits for the answer off it. */
    <T> T query(Supplier<CompletableFuture<T>> question) {
        return onKernel(question).orTimeout(5, TimeUnit.SECONDS).join();
    }

    void awaitStatus(OrderTicket ticket, OrderStatus status) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(onKernel(ticket::status)).isEqualTo(status));
    }

    long acceptedEventsOf(OrderTicket ticket) {
        return onKernel(() -> driver.events.stream()
                .filter(e -> e instanceof OrderAccepted && e.orderId().equals(ticket.id())).count());
    }
}
