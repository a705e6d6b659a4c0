package wave.engine.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.OhlcvBar;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.money.Scales;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.RejectReason;
import wave.domain.order.TradeId;
import wave.domain.order.VenueOrderId;

/**
 * A broker-like asynchronous execution client for tests. It keeps its own book, cash and positions on its own thread
 * ({@code fake-venue}), matches market and limit orders against the prices it is told the market traded at, and reports
 * as unreliably as real venues can, while staying truthful about what happened:
 * <ul>
 *   <li>it acknowledges late: an order's {@code Accepted} report goes out after its first fill, its cancellation or
 *       its modification, or when the market next trades without filling it;</li>
 *   <li>it fills in parts: every fill is two executions (half of the open quantity in whole units, then the rest);</li>
 *   <li>it repeats itself: every report is delivered a second time, a little later, from a second thread
 *       ({@code fake-venue-echo}), so repeats land among the reports that follow;</li>
 *   <li>it rejects on demand: orders above a maximum quantity, orders without a quantity, and types other than market
 *       and limit.</li>
 * </ul>
 * Venue order ids are {@code FAKE-1}, {@code FAKE-2}, ...; trade ids {@code T-1}, {@code T-2}, ...; times are the
 * wall clock in nanoseconds since the epoch (UTC), strictly increasing.
 */
final class FakeAsyncExecutionClient implements ExecutionClient, AutoCloseable {
    private static final long ECHO_DELAY_NANOS = 200_000;

    /** The venue's state of one order (venue thread only). */
    private static final class FakeOrder {
        final SubmitOrder terms;
        final VenueOrderId venueId;
        OrderStatus status = OrderStatus.SUBMITTED;
        boolean acknowledged;
        long quantityRaw;
        long limitPriceRaw;
        long filledRaw;
        long filledNotionalRaw;

        FakeOrder(SubmitOrder terms, VenueOrderId venueId) {
            this.terms = terms;
            this.venueId = venueId;
            this.quantityRaw = terms.quantityRaw();
            this.limitPriceRaw = terms.limitPriceRaw();
        }

        boolean working() {
            return status == OrderStatus.SUBMITTED || status == OrderStatus.ACCEPTED || status == OrderStatus.PARTIALLY_FILLED;
        }
    }

    private final ExecutorService venue = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-venue"));
    private final ExecutorService echo = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-venue-echo"));
    private final ExecutionReportSink sink;
    private final Currency currency;
    private final long maxQuantityRaw;
    private final Map<ClientOrderId, FakeOrder> book = new LinkedHashMap<>();
    private final Map<InstrumentId, Long> positions = new LinkedHashMap<>();
    private long cashRaw;
    private long venueIds;
    private long tradeIds;
    private long lastNanos;

    /**
     * A venue reporting to {@code sink}.
     *
     * @param cashRaw        the account's cash at the start, raw, in {@code currency}
     * @param maxQuantityRaw largest order it takes, raw; larger ones are rejected
     */
    FakeAsyncExecutionClient(ExecutionReportSink sink, Currency currency, long cashRaw, long maxQuantityRaw) {
        this.sink = sink;
        this.currency = currency;
        this.cashRaw = cashRaw;
        this.maxQuantityRaw = maxQuantityRaw;
    }

    @Override
    public void submit(SubmitOrder command) {
        venue.execute(() -> {
            FakeOrder order = new FakeOrder(command, new VenueOrderId("FAKE-" + ++venueIds));
            book.put(command.clientOrderId(), order);
            String refusal = refusal(command);
            if (refusal != null) {
                order.status = OrderStatus.REJECTED;
                deliver(new ExecutionReport.Rejected(command.clientOrderId(), RejectReason.INVALID_QUANTITY, refusal, now()));
            }
        });
    }

    private String refusal(SubmitOrder command) {
        if (command.type() != OrderType.MARKET && command.type() != OrderType.LIMIT) {
            return "the fake venue takes market and limit orders only, not " + command.type();
        }
        if (command.quantityRaw() == 0) {
            return "the fake venue takes orders with a quantity only";
        }
        if (command.quantityRaw() > maxQuantityRaw) {
            return "quantity " + FixedPoint.formatQuantity(command.quantityRaw()) + " above the venue's maximum "
                    + FixedPoint.formatQuantity(maxQuantityRaw);
        }
        return null;
    }

    @Override
    public void cancel(CancelOrder command) {
        venue.execute(() -> {
            FakeOrder order = book.get(command.clientOrderId());
            if (order != null && order.working()) {
                cancel(order, command.reason());
            }
        });
    }

    private void cancel(FakeOrder order, String reason) {
        order.status = OrderStatus.CANCELED;
        deliver(new ExecutionReport.Canceled(order.terms.clientOrderId(), order.venueId, reason, now()));
        acknowledgeLate(order);
    }

    @Override
    public void modify(ModifyOrder command) {
        venue.execute(() -> {
            FakeOrder order = book.get(command.clientOrderId());
            if (order != null && order.working() && command.quantityRaw() > order.filledRaw) {
                order.quantityRaw = command.quantityRaw();
                order.limitPriceRaw = command.limitPriceRaw();
                deliver(new ExecutionReport.Updated(command.clientOrderId(), order.venueId, command.quantityRaw(),
                        command.limitPriceRaw(), command.stopPriceRaw(), now()));
                acknowledgeLate(order);
            }
        });
    }

    @Override
    public void cancelAll(CancelAllOrders command) {
        venue.execute(() -> {
            for (FakeOrder order : book.values()) {
                if (order.working() && (command.strategy() == null || command.strategy().equals(order.terms.strategyId()))) {
                    cancel(order, command.reason());
                }
            }
        });
    }

    /**
     * The market traded at the bar's close: market orders of its instrument fill there, limit orders that price reaches
     * fill there too, and orders it does not fill are acknowledged if they were not yet.
     */
    void traded(OhlcvBar bar) {
        venue.execute(() -> {
            long price = bar.closeRaw();
            for (FakeOrder order : book.values()) {
                if (order.working() && order.terms.instrument().equals(bar.instrument())) {
                    if (reaches(order, price)) {
                        fill(order, price);
                    } else {
                        acknowledgeLate(order);
                    }
                }
            }
        });
    }

    private static boolean reaches(FakeOrder order, long price) {
        if (order.terms.type() == OrderType.MARKET) {
            return true;
        }
        return order.terms.side() == OrderSide.BUY ? price <= order.limitPriceRaw : price >= order.limitPriceRaw;
    }

    /** Fills the open quantity in two executions, then acknowledges the order if it was not yet. */
    private void fill(FakeOrder order, long price) {
        long open = order.quantityRaw - order.filledRaw;
        long half = open / 2 / Scales.QUANTITY * Scales.QUANTITY;
        if (half > 0) {
            execute(order, half, price);
        }
        execute(order, open - half, price);
        acknowledgeLate(order);
    }

    private void execute(FakeOrder order, long quantityRaw, long price) {
        order.filledRaw += quantityRaw;
        order.filledNotionalRaw += FixedPoint.notional(price, quantityRaw);
        order.status = order.filledRaw == order.quantityRaw ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        long signed = order.terms.side() == OrderSide.BUY ? quantityRaw : -quantityRaw;
        positions.merge(order.terms.instrument(), signed, Long::sum);
        cashRaw -= FixedPoint.notional(price, signed);
        deliver(new ExecutionReport.Filled(order.terms.clientOrderId(), order.venueId, new TradeId("T-" + ++tradeIds),
                quantityRaw, price, 0, currency, now()));
    }

    private void acknowledgeLate(FakeOrder order) {
        if (!order.acknowledged) {
            order.acknowledged = true;
            if (order.status == OrderStatus.SUBMITTED) {
                order.status = OrderStatus.ACCEPTED;
            }
            deliver(new ExecutionReport.Accepted(order.terms.clientOrderId(), order.venueId, now()));
        }
    }

    /** Sends a report, then sends it again a little later from the echo thread. */
    private void deliver(ExecutionReport report) {
        sink.onReport(report);
        echo.execute(() -> {
            LockSupport.parkNanos(ECHO_DELAY_NANOS);
            sink.onReport(report);
        });
    }

    /** Sends a report about an order the kernel never created. */
    void reportUnknownOrder() {
        venue.execute(() -> sink.onReport(new ExecutionReport.Canceled(new ClientOrderId("ELSEWHERE", 1),
                new VenueOrderId("FAKE-0"), "not ours", now())));
    }

    /** Returns once every report sent so far, repeats included, has been handed to the sink. */
    void settle() {
        CompletableFuture.runAsync(() -> { }, venue).join();
        CompletableFuture.runAsync(() -> { }, echo).join();
    }

    @Override
    public CompletableFuture<List<OrderStatusReport>> queryOpenOrders() {
        return CompletableFuture.supplyAsync(() -> {
            List<OrderStatusReport> open = new ArrayList<>();
            for (FakeOrder order : book.values()) {
                if (order.working()) {
                    open.add(statusOf(order));
                }
            }
            return List.copyOf(open);
        }, venue);
    }

    @Override
    public CompletableFuture<Optional<OrderStatusReport>> queryOrder(ClientOrderId id) {
        return CompletableFuture.supplyAsync(() -> Optional.ofNullable(book.get(id)).map(this::statusOf), venue);
    }

    @Override
    public CompletableFuture<List<PositionReport>> queryPositions() {
        return CompletableFuture.supplyAsync(() -> {
            List<PositionReport> open = new ArrayList<>();
            positions.forEach((instrument, quantity) -> {
                if (quantity != 0) {
                    open.add(new PositionReport(instrument, quantity, now()));
                }
            });
            return List.copyOf(open);
        }, venue);
    }

    @Override
    public CompletableFuture<AccountReport> queryAccount() {
        return CompletableFuture.supplyAsync(() -> new AccountReport(List.of(Money.ofRaw(cashRaw, currency)), now()), venue);
    }

    private OrderStatusReport statusOf(FakeOrder order) {
        long average = order.filledRaw == 0 ? 0 : FixedPoint.priceFor(order.filledNotionalRaw, order.filledRaw);
        return new OrderStatusReport(order.terms.clientOrderId(), order.venueId, order.terms.instrument(), order.terms.side(),
                order.terms.type(), order.status, order.quantityRaw, order.filledRaw, average, order.limitPriceRaw,
                order.terms.stopPriceRaw(), now());
    }

    /** The wall clock, nanoseconds since the epoch, strictly increasing (venue thread). */
    private long now() {
        lastNanos = Math.max(System.currentTimeMillis() * 1_000_000L, lastNanos + 1);
        return lastNanos;
    }

    @Override
    public void close() {
        venue.shutdownNow();
        echo.shutdownNow();
        try {
            venue.awaitTermination(5, TimeUnit.SECONDS);
            echo.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
