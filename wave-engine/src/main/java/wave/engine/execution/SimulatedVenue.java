package wave.engine.execution;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.VenueOrderId;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.PositionView;
import wave.engine.account.AccountConfig;
import wave.engine.market.InstrumentTable;
import wave.engine.market.MarketFeed;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.port.AccountReport;
import wave.engine.port.CancelAllOrders;
import wave.engine.port.CancelOrder;
import wave.engine.port.ExecutionClient;
import wave.engine.port.ModifyOrder;
import wave.engine.port.OrderStatusReport;
import wave.engine.port.PositionReport;
import wave.engine.port.SubmitOrder;

/**
 * The simulated exchange: an {@link ExecutionClient} that matches orders against bars, on the kernel thread. The
 * kernel shows it the bars through its {@link ExchangeSimulation} side; it reports its decisions (acceptance,
 * rejection, fills, cancellations, modifications) at once and straight to the {@link OrderManager}, which shares the
 * kernel's order tickets with it (as NautilusTrader's matching engine shares orders in a backtest). Its venue order
 * ids are {@code SIM-<client order id>}; queries read the kernel's tickets and account and complete at once, so ask
 * them on the kernel thread.
 *
 * <p>An order reaches the venue with the instrument's first bar that started at or after the order was sent (see
 * {@link MarketFeed#barStartNanos}), {@code latencyBars} bars later with latency: an order placed while bar t is
 * handled, with bar {@code t + 1 + latencyBars}; one a timer sent in the middle of bar t + 1, with bar
 * {@code t + 2 + latencyBars}, never at a price from before it was sent. There it is sized (percent / all-in sizing
 * at the fill price), checked (cash, short sales) and accepted or rejected, then matched by the {@link FillModel} on
 * that bar and later ones.
 *
 * <p>Each bar is matched in time order: first what fills at the open (market and market-on-open orders, limits
 * and stops the open gapped through), then what fills inside the bar (limits and stops the range reached), then
 * what fills at the close (market-on-close); within each phase, in the order the orders reached the venue. The
 * {@link FillExecutor} applies the volume cap, slippage, fees and the cash check. After the bar: stops that traded
 * are marked triggered, trailing stops move with the bar's extreme, and orders whose time is up end (the rest of
 * IOC, FOK and auction orders on their first bar; DAY and GTD orders on their last bar).
 *
 * <p>Cancels and modifications take effect at once (from the next bar matched). With no order working, a bar
 * costs a counter increment and allocates nothing.
 */
public final class SimulatedVenue implements ExecutionClient, ExchangeSimulation {
    private final InstrumentTable instruments;
    private final Portfolio portfolio;
    private final OrderManager orders;
    private final FillModel fillModel;
    private final FeeModel feeModel;
    private final boolean closeAtEnd;
    private final int[] extraBars;
    private final long[] barNanos;
    private final long[] barCounts;
    private final SlippageModel slippage;
    private final TradingCalendar calendar;
    private final boolean fillAtSignalClose;
    private final IntrabarPath intrabarPath;
    private final CloseOnlyBar closeOnly = new CloseOnlyBar();
    private final VenueChecks checks;
    private final FillExecutor executor;
    private final List<List<WorkingOrder>> working;
    /** How many orders the working lists hold, across instruments: with none, a step skips the lists. */
    private int inWorkingLists;
    private final ArrayDeque<WorkingOrder> spare = new ArrayDeque<>();
    private final StepOrders stepOrders = new StepOrders();
    private boolean ended;
    private long endNanos;
    private long lastBarNanos;

    /**
     * A venue for the session's instruments, trading on {@code portfolio} and reporting to {@code orders}; the builder
     * starts from next-bar fills without fees, no short sales, positions left open at the end, the default execution
     * (no latency, volume cap or slippage), bars of unknown length and a cash account.
     */
    public static Builder builder(InstrumentTable instruments, Portfolio portfolio, OrderManager orders) {
        return new Builder(instruments, portfolio, orders);
    }

    private SimulatedVenue(Builder b) {
        InstrumentTable instruments = b.instruments;
        ExecutionConfig execution = b.execution;
        long[] barNanos = b.barNanos != null ? b.barNanos : new long[instruments.size()];
        this.instruments = instruments;
        this.portfolio = b.portfolio;
        this.orders = b.orders;
        this.fillModel = b.fillModel;
        this.feeModel = b.feeModel;
        this.closeAtEnd = b.closeAtEnd;
        this.extraBars = new int[instruments.size()];
        for (int k = 0; k < extraBars.length; k++) {
            extraBars[k] = execution.extraBars(barNanos[k]);
        }
        this.barNanos = barNanos;
        this.barCounts = new long[instruments.size()];
        this.slippage = execution.slippage().forRun(instruments.size());
        this.calendar = execution.calendar();
        this.fillAtSignalClose = execution.fillAtSignalClose();
        this.intrabarPath = execution.intrabarPath();
        this.checks = new VenueChecks(portfolio, orders, feeModel, b.allowShort, b.account);
        this.executor = new FillExecutor(orders, feeModel, checks, slippage, execution, instruments.size());
        this.working = new ArrayList<>(instruments.size());
        for (int i = 0; i < instruments.size(); i++) {
            working.add(new ArrayList<>());
        }
    }

    /**
     * Takes an order sent at the command's time; it reaches the matching with the instrument's first bar that started
     * at or after that time (later with latency). After the end of the data, an order is filled at once at the
     * position's mark, with fees (the close of positions at the end).
     *
     * @throws IllegalArgumentException if the order manager has no such order
     */
    @Override
    public void submit(SubmitOrder command) {
        OrderTicket ticket = orders.ticket(command.clientOrderId());
        if (ticket == null) {
            throw new IllegalArgumentException("no order " + command.clientOrderId() + " in this session");
        }
        submit(ticket, command.tsNanos());
    }

    /**
     * Takes an order of this session straight from its ticket: what {@link #submit(SubmitOrder)} does after looking
     * the ticket up. The kernel's outbound side sends its orders this way when this venue is its client (the venue
     * shares the kernel's tickets), so that no command object is built per order.
     *
     * @param sentNanos when the order was sent, nanoseconds since the epoch (UTC): no bar that started earlier fills it
     */
    public void submit(OrderTicket ticket, long sentNanos) {
        if (ended) {
            fillAtMark(ticket);
            return;
        }
        int k = instruments.indexOf(ticket.instrument());
        WorkingOrder w = spare.pollFirst();
        working.get(k).add((w != null ? w : new WorkingOrder()).reset(ticket, barCounts[k] + 1, extraBars[k], sentNanos));
        inWorkingLists++;
    }

    /**
     * Cancels a working order with the command's reason; it leaves the working list at the instrument's next bar. Does
     * nothing for an order that is not working here.
     */
    @Override
    public void cancel(CancelOrder command) {
        WorkingOrder w = find(command.instrument(), command.clientOrderId());
        if (w != null && w.ticket.isOpen()) {
            orders.cancel(w.ticket, command.tsNanos(), command.reason());
        }
    }

    /**
     * Modifies a working order in place (an {@code OrderUpdated} event); the new terms apply from the next bar matched.
     * A trailing stop's offset cannot change. Does nothing for an order that is not working here.
     *
     * @throws IllegalStateException    if the order has no quantity yet (sized at the fill price)
     * @throws IllegalArgumentException if the quantity is not above the filled quantity or the prices do not fit its type
     */
    @Override
    public void modify(ModifyOrder command) {
        WorkingOrder w = find(command.instrument(), command.clientOrderId());
        if (w != null && w.ticket.isOpen()) {
            orders.update(w.ticket, command.tsNanos(), command.quantityRaw(), command.limitPriceRaw(), command.stopPriceRaw());
        }
    }

    private WorkingOrder find(InstrumentId instrument, ClientOrderId id) {
        List<WorkingOrder> list = working.get(instruments.indexOf(instrument));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).ticket.id().equals(id)) {
                return list.get(i);
            }
        }
        return null;
    }

    /**
     * Slippage cost that did not fit within the fills' bars (buys above the high, sells below the low) and was not
     * charged, raw, in the quote currencies; 0 with {@link ExecutionConfig#slippageOutsideBar()}.
     */
    public long slippageBeyondBarRaw() {
        return executor.slippageBeyondBarRaw();
    }

    /**
     * A bar shown without its start: every order due on it is matched, whenever it was sent ({@link #onStep} knows the
     * bars' starts).
     */
    @Override
    public void onBar(int instrumentIndex, Bar bar) {
        onBar(instrumentIndex, bar, Long.MAX_VALUE);
    }

    private void onBar(int instrumentIndex, Bar bar, long startNanos) {
        lastBarNanos = bar.tsNanos();
        long barNumber = ++barCounts[instrumentIndex];
        List<WorkingOrder> list = working.get(instrumentIndex);
        if (!list.isEmpty()) {
            deferOrdersSentAfterStart(list, barNumber, startNanos);
            match(instrumentIndex, list, bar, barNumber);
            removeDone(list);
        }
        slippage.afterBar(instrumentIndex, bar);
    }

    /**
     * The bars of one time step. When orders work on several of its instruments, what fills at the open fills across
     * them in the order the orders were placed (a rebalance that sells B, then buys A, is funded whatever the order of
     * the files); then each instrument's bar is matched inside and at the close as {@link #onBar} does. With orders on
     * at most one instrument this is {@link #onBar} for each bar.
     */
    @Override
    public void onStep(MarketFeed step) {
        int updated = step.updatedCount();
        if (inWorkingLists == 0) {
            for (int i = 0; i < updated; i++) {
                int k = step.updatedInstrument(i);
                Bar bar = step.bar(k);
                lastBarNanos = bar.tsNanos();
                ++barCounts[k];
                slippage.afterBar(k, bar);
            }
            return;
        }
        int busy = 0;
        for (int i = 0; i < updated && busy < 2; i++) {
            if (!working.get(step.updatedInstrument(i)).isEmpty()) {
                busy++;
            }
        }
        if (busy < 2) {
            for (int i = 0; i < updated; i++) {
                int k = step.updatedInstrument(i);
                onBar(k, step.bar(k), step.barStartNanos(k));
            }
            return;
        }
        for (int i = 0; i < updated; i++) {
            int k = step.updatedInstrument(i);
            lastBarNanos = step.bar(k).tsNanos();
            ++barCounts[k];
            deferOrdersSentAfterStart(working.get(k), barCounts[k], step.barStartNanos(k));
            executor.startBar(k, instruments.get(k), step.bar(k));
        }
        openPhaseAcross(step);
        for (int i = 0; i < updated; i++) {
            int k = step.updatedInstrument(i);
            Bar bar = step.bar(k);
            List<WorkingOrder> list = working.get(k);
            if (!list.isEmpty()) {
                matchAfterOpen(k, list, bar, barCounts[k]);
                removeDone(list);
            }
            slippage.afterBar(k, bar);
        }
    }

    /** Moves the orders sent after this bar started (by a timer between two steps) to later bars. */
    private static void deferOrdersSentAfterStart(List<WorkingOrder> list, long barNumber, long startNanos) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).skipIfSentAfter(barNumber, startNanos);
        }
    }

    /** Arrival, decision and fills at the open of every due order of the step, in the order they were placed. */
    private void openPhaseAcross(MarketFeed step) {
        stepOrders.clear();
        for (int i = 0; i < step.updatedCount(); i++) {
            int k = step.updatedInstrument(i);
            List<WorkingOrder> list = working.get(k);
            for (int j = 0; j < list.size(); j++) {
                WorkingOrder w = list.get(j);
                w.phase = WorkingOrder.NO_FILL;
                w.touched = false;
                if (w.ticket.isOpen() && w.arrivalBar <= barCounts[k]) {
                    stepOrders.add(w, k);
                }
            }
        }
        stepOrders.sortByPlacement();
        for (int i = 0; i < stepOrders.size(); i++) {
            WorkingOrder w = stepOrders.order(i);
            int k = stepOrders.instrument(i);
            Bar bar = step.bar(k);
            Instrument instrument = instruments.get(k);
            if (w.ticket.isOpen() && arrive(w, k, instrument, bar, barCounts[k])) {
                decide(w, bar);
                if (w.phase == WorkingOrder.AT_OPEN) {
                    executor.execute(w.ticket, k, instrument, bar, w.priceRaw, false);
                }
            }
        }
    }

    /**
     * Matches the working orders of one instrument on its bar. Callbacks run while orders are processed may cancel,
     * modify or add orders: nothing is removed inside the loops, and orders added were placed on this bar, so they
     * reach the venue on a later one.
     */
    private void match(int k, List<WorkingOrder> list, Bar bar, long barNumber) {
        Instrument instrument = instruments.get(k);
        executor.startBar(k, instrument, bar);
        for (int i = 0; i < list.size(); i++) {
            WorkingOrder w = list.get(i);
            w.phase = WorkingOrder.NO_FILL;
            w.touched = false;
            if (w.ticket.isOpen() && w.arrivalBar <= barNumber && arrive(w, k, instrument, bar, barNumber)) {
                decide(w, bar);
                if (w.phase == WorkingOrder.AT_OPEN) {
                    executor.execute(w.ticket, k, instrument, bar, w.priceRaw, false);
                }
            }
        }
        matchAfterOpen(k, list, bar, barNumber);
    }

    /** What fills inside the bar and at its close, then the end-of-bar bookkeeping (triggers, trailing, expiry). */
    private void matchAfterOpen(int k, List<WorkingOrder> list, Bar bar, long barNumber) {
        Instrument instrument = instruments.get(k);
        if (intrabarPath == IntrabarPath.NEAREST_EXTREME_FIRST) {
            fillInBarAlongPath(k, list, instrument, bar);
        } else {
            fillPhase(WorkingOrder.IN_BAR, k, list, instrument, bar);
        }
        fillPhase(WorkingOrder.AT_CLOSE, k, list, instrument, bar);
        for (int i = 0; i < list.size(); i++) {
            WorkingOrder w = list.get(i);
            if (w.ticket.isOpen() && w.receiptBar != 0) {
                afterBar(w, bar, barNumber, barNanos[k]);
            }
        }
    }

    /**
     * With {@link ExecutionConfig#fillAtSignalClose()}: market orders placed while this bar was handled reach the
     * venue now and fill at its close, as if the bar had opened at its close (the lookahead the option opts into).
     */
    @Override
    public boolean actsAfterStrategies() {
        return fillAtSignalClose;
    }

    @Override
    public void afterStrategies(int instrumentIndex, Bar bar) {
        List<WorkingOrder> list = working.get(instrumentIndex);
        if (!fillAtSignalClose || list.isEmpty()) {
            return;
        }
        Instrument instrument = instruments.get(instrumentIndex);
        long barNumber = barCounts[instrumentIndex];
        // the orders placed while this bar was handled are those due with bar barNumber + 1 + latency (see submit)
        long placedNow = barNumber + 1 + extraBars[instrumentIndex];
        closeOnly.of(bar);
        executor.startBar(instrumentIndex, instrument, bar);
        for (int i = 0; i < list.size(); i++) {
            WorkingOrder w = list.get(i);
            if (w.ticket.isOpen() && w.ticket.type() == OrderType.MARKET && w.arrivalBar == placedNow
                    && w.receiptBar == 0 && arrive(w, instrumentIndex, instrument, closeOnly, barNumber)) {
                executor.execute(w.ticket, instrumentIndex, instrument, closeOnly, bar.closeRaw(), false);
            }
        }
        removeDone(list);
    }

    /** In-bar fills in the order the assumed path reaches their prices (a selection loop: the lists are short). */
    private void fillInBarAlongPath(int k, List<WorkingOrder> list, Instrument instrument, Bar bar) {
        while (true) {
            WorkingOrder next = null;
            long nextDistance = Long.MAX_VALUE;
            for (int i = 0; i < list.size(); i++) {
                WorkingOrder w = list.get(i);
                if (w.phase == WorkingOrder.IN_BAR && w.ticket.isOpen()) {
                    long distance = IntrabarPath.distanceTo(w.priceRaw, bar);
                    if (distance < nextDistance) {
                        next = w;
                        nextDistance = distance;
                    }
                }
            }
            if (next == null) {
                return;
            }
            next.phase = WorkingOrder.NO_FILL;
            executor.execute(next.ticket, k, instrument, bar, next.priceRaw, next.ticket.type().hasLimitPrice());
        }
    }

    private void fillPhase(int phase, int k, List<WorkingOrder> list, Instrument instrument, Bar bar) {
        for (int i = 0; i < list.size(); i++) {
            WorkingOrder w = list.get(i);
            if (w.phase == phase && w.ticket.isOpen()) {
                // a limit order reached inside the bar was resting on the book: it adds liquidity (maker)
                boolean maker = phase == WorkingOrder.IN_BAR && w.ticket.type().hasLimitPrice();
                executor.execute(w.ticket, k, instrument, bar, w.priceRaw, maker);
            }
        }
    }

    /**
     * Brings the order to a state where it can be matched on this bar: it expires if its time passed before this bar,
     * and on its first bar it is sized and checked. False when it is not working (any more).
     */
    private boolean arrive(WorkingOrder w, int k, Instrument instrument, Bar bar, long barNumber) {
        OrderTicket ticket = w.ticket;
        long ts = bar.tsNanos();
        if (ts > w.expiryNanos) {
            expire(w, ts);
            return false;
        }
        if (w.receiptBar != 0) {
            return true;
        }
        // A callback fired by an event (e.g. the strategy's onOrderEvent) may cancel the order on the way.
        if (ticket.order() == null && !checks.sizeAtFillPrice(ticket, instrument, bar, ts,
                quantity -> executor.fillPriceRaw(ticket, k, bar, bar.openRaw(), quantity))) {
            return false;
        }
        if (ticket.status() == OrderStatus.SUBMITTED) {
            checks.receive(ticket, instrument, bar, ts);
        }
        if (!ticket.isOpen() || ticket.status() == OrderStatus.SUBMITTED) {
            return false;
        }
        w.received(barNumber, bar, calendar, barNanos[k]);
        if (ticket.type().isTrailing()) {
            orders.trail(ticket, w.stopPriceRaw(), ts);
        }
        return true;
    }

    /** Asks the fill model where the order fills on this bar, and whether its stop traded. */
    private void decide(WorkingOrder w, Bar bar) {
        OrderTicket ticket = w.ticket;
        OrderType type = ticket.type();
        long stop = w.stopPriceRaw();
        long price = fillModel.fillPriceRaw(ticket.side(), type, ticket.limitPriceRaw(), stop, ticket.stopTriggered(), bar);
        w.touched = type.hasTrigger() && !ticket.stopTriggered() && NextBarFillModel.stopTouched(ticket.side(), stop, bar);
        w.priceRaw = price;
        if (price == FillModel.NO_FILL) {
            w.phase = WorkingOrder.NO_FILL;
        } else if (type == OrderType.MARKET_ON_CLOSE) {
            w.phase = WorkingOrder.AT_CLOSE;
        } else {
            // an untriggered stop-family order fills at the open only when the open went through its stop; one the
            // range triggers fills inside the bar, even at a price equal to the open (a stop-limit's limit)
            boolean triggersInBar = type.hasTrigger() && !ticket.stopTriggered() && !NextBarFillModel.openedThroughStop(
                    ticket.side(), stop, bar);
            w.phase = price == bar.openRaw() && !triggersInBar ? WorkingOrder.AT_OPEN : WorkingOrder.IN_BAR;
        }
    }

    /** After the bar: trigger stops that traded, trail, and end orders whose time is up. */
    private void afterBar(WorkingOrder w, Bar bar, long barNumber, long barLengthNanos) {
        OrderTicket ticket = w.ticket;
        long ts = bar.tsNanos();
        if (w.touched) {
            orders.triggerStop(ticket, ts);
        } else if (ticket.type().isTrailing() && !ticket.stopTriggered()) {
            orders.trail(ticket, w.trail(bar), ts);
        }
        if (w.receiptBar == barNumber && w.isSingleBar()) {
            orders.cancel(ticket, ts, singleBarRest(ticket));
        } else if (barLengthNanos > 0 && ts + barLengthNanos > w.expiryNanos) {
            expire(w, ts);
        }
    }

    private static String singleBarRest(OrderTicket ticket) {
        String rest = FixedPoint.formatQuantity(ticket.order().openQuantityRaw()) + " of " + FixedPoint.formatQuantity(ticket.quantityRaw());
        return switch (ticket.type()) {
            case MARKET_ON_OPEN -> "MARKET_ON_OPEN: " + rest + " not filled at the open";
            case MARKET_ON_CLOSE -> "MARKET_ON_CLOSE: " + rest + " not filled at the close";
            default -> ticket.timeInForce() + ": " + rest + " not filled on arrival";
        };
    }

    private void expire(WorkingOrder w, long ts) {
        OrderTicket ticket = w.ticket;
        String reason = ticket.timeInForce() == TimeInForce.GTD
                ? "expired (GTD " + Instant.ofEpochSecond(Math.floorDiv(ticket.expireNanos(), 1_000_000_000L),
                        Math.floorMod(ticket.expireNanos(), 1_000_000_000L)) + ")"
                : "expired (" + ticket.timeInForce() + ")";
        orders.cancel(ticket, ts, reason);
    }

    /** Drops filled, rejected and canceled orders for reuse, keeping the order of the rest (no allocation). */
    private void removeDone(List<WorkingOrder> list) {
        int kept = 0;
        for (int i = 0; i < list.size(); i++) {
            WorkingOrder w = list.get(i);
            if (w.ticket.isOpen()) {
                list.set(kept++, w);
            } else {
                w.ticket = null;
                spare.addFirst(w);
            }
        }
        inWorkingLists -= list.size() - kept;
        for (int i = list.size() - 1; i >= kept; i--) {
            list.remove(i);
        }
    }

    /** Cancels what is still working; orders submitted from now on fill at once at the positions' marks. */
    @Override
    public void onEndOfData(long nowNanos) {
        for (List<WorkingOrder> list : working) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).ticket.isOpen()) {
                    orders.cancel(list.get(i).ticket, nowNanos, "end of data");
                }
            }
            list.clear();
        }
        inWorkingLists = 0;
        ended = true;
        endNanos = nowNanos;
    }

    @Override
    public boolean closesPositionsAtEnd() {
        return closeAtEnd;
    }

    private void fillAtMark(OrderTicket ticket) {
        Instrument instrument = instruments.get(instruments.indexOf(ticket.instrument()));
        long quantity = ticket.quantityRaw();
        long price = portfolio.position(instrument).markRaw();
        orders.accept(ticket, endNanos);
        orders.fill(ticket, endNanos, quantity, price, feeModel.feeRaw(instrument, quantity, price), instrument.quoteCurrency());
    }

    /**
     * Cancels every order of the instrument that is working or on its way, with the reason
     * {@code corporate action (split 4)}: its prices and quantity were set in pre-split shares. Orders placed in
     * reaction to these cancellations are kept.
     */
    @Override
    public void onSplit(int instrumentIndex, long ratioRaw, long nowNanos) {
        List<WorkingOrder> list = working.get(instrumentIndex);
        int before = list.size();
        for (int i = 0; i < before; i++) {
            OrderTicket ticket = list.get(i).ticket;
            if (ticket.isOpen()) {
                orders.cancel(ticket, nowNanos, "corporate action (split " + FixedPoint.formatRatio(ratioRaw) + ")");
            }
        }
    }

    @Override
    public void cancelAll(CancelAllOrders command) {
        StrategyId strategy = command.strategy();
        for (List<WorkingOrder> list : working) {
            for (int i = 0; i < list.size(); i++) {
                OrderTicket ticket = list.get(i).ticket;
                if (ticket.isOpen() && (strategy == null || ticket.strategyId().equals(strategy))) {
                    orders.cancel(ticket, command.tsNanos(), command.reason());
                }
            }
        }
    }

    /** The orders in the working lists that have not ended (some may still be on their way to the matching). */
    @Override
    public CompletableFuture<List<OrderStatusReport>> queryOpenOrders() {
        List<OrderStatusReport> open = new ArrayList<>();
        for (List<WorkingOrder> list : working) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).ticket.isOpen()) {
                    open.add(statusOf(list.get(i).ticket));
                }
            }
        }
        return CompletableFuture.completedFuture(List.copyOf(open));
    }

    /** Any order the kernel sent here, working or ended. */
    @Override
    public CompletableFuture<Optional<OrderStatusReport>> queryOrder(ClientOrderId id) {
        OrderTicket ticket = orders.ticket(id);
        return CompletableFuture.completedFuture(ticket != null && ticket.isSent() ? Optional.of(statusOf(ticket))
                : Optional.empty());
    }

    /** The account's positions (shared with the kernel). */
    @Override
    public CompletableFuture<List<PositionReport>> queryPositions() {
        List<PositionReport> open = new ArrayList<>();
        for (PositionView p : portfolio.positions()) {
            if (p.quantityRaw() != 0) {
                open.add(new PositionReport(p.instrumentId(), p.quantityRaw(), lastBarNanos));
            }
        }
        return CompletableFuture.completedFuture(List.copyOf(open));
    }

    /** The account's cash (shared with the kernel). */
    @Override
    public CompletableFuture<AccountReport> queryAccount() {
        return CompletableFuture.completedFuture(new AccountReport(portfolio.ledger().balances(), lastBarNanos));
    }

    private OrderStatusReport statusOf(OrderTicket ticket) {
        long averagePrice = ticket.order() == null ? 0 : ticket.order().averageFillPrice().raw();
        return new OrderStatusReport(ticket.id(), new VenueOrderId("SIM-" + ticket.id()), ticket.instrument(), ticket.side(),
                ticket.type(), ticket.status(), ticket.quantityRaw(), ticket.filledQuantityRaw(), averagePrice,
                ticket.limitPriceRaw(), ticket.stopPriceRaw(), lastBarNanos);
    }

    /** Configures a {@link SimulatedVenue}; every setting has the default named in {@link #builder}. */
    public static final class Builder {
        private final InstrumentTable instruments;
        private final Portfolio portfolio;
        private final OrderManager orders;
        private FillModel fillModel = new NextBarFillModel();
        private FeeModel feeModel = new NoFeeModel();
        private boolean allowShort;
        private boolean closeAtEnd;
        private ExecutionConfig execution = ExecutionConfig.defaults();
        private long[] barNanos;
        private AccountConfig account = AccountConfig.cash();

        private Builder(InstrumentTable instruments, Portfolio portfolio, OrderManager orders) {
            this.instruments = Objects.requireNonNull(instruments, "instruments");
            this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
            this.orders = Objects.requireNonNull(orders, "orders");
        }

        /** When and at what price orders fill. */
        public Builder fillModel(FillModel value) {
            this.fillModel = Objects.requireNonNull(value, "fillModel");
            return this;
        }

        /** The fee charged per fill. */
        public Builder feeModel(FeeModel value) {
            this.feeModel = Objects.requireNonNull(value, "feeModel");
            return this;
        }

        /** Whether sells may open or increase a short position. */
        public Builder allowShort(boolean value) {
            this.allowShort = value;
            return this;
        }

        /**
         * Whether positions still open when the data ends are closed at their last mark (the last close), with fees;
         * otherwise they stay open, marked at the last close.
         */
        public Builder closeAtEnd(boolean value) {
            this.closeAtEnd = value;
            return this;
        }

        /** Latency, volume cap, slippage, calendar and intrabar path. */
        public Builder execution(ExecutionConfig value) {
            this.execution = Objects.requireNonNull(value, "execution");
            return this;
        }

        /**
         * The nominal bar length of each instrument (by index), nanoseconds, or 0 when unknown: a DAY or GTD order ends
         * after the bar whose {@code ts + length} passes its expiry (with unknown lengths, a DAY order ends before the
         * first bar of a later date).
         *
         * @throws IllegalArgumentException unless there is one length per instrument
         */
        public Builder barNanos(long[] value) {
            if (value.length != instruments.size()) {
                throw new IllegalArgumentException("one bar length per instrument: " + value.length + " for "
                        + instruments.size());
            }
            this.barNanos = Arrays.copyOf(value, value.length);
            return this;
        }

        /** Cash account (buys need cash) or margin account (buying-power check, see {@code VenueChecks}). */
        public Builder account(AccountConfig value) {
            this.account = Objects.requireNonNull(value, "account");
            return this;
        }

        /** The venue. */
        public SimulatedVenue build() {
            return new SimulatedVenue(this);
        }
    }
}
