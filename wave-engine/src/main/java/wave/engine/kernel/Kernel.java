package wave.engine.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.Position;
import wave.engine.account.AccountConfig;
import wave.engine.account.MarginCall;
import wave.engine.clock.Clock;
import wave.engine.execution.ExecutionVenue;
import wave.engine.order.OrderEventSink;
import wave.engine.market.FxRateFeed;
import wave.engine.market.InstrumentTable;
import wave.engine.market.MarketFeed;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyContext;
import wave.engine.strategy.StrategyDriver;
import wave.engine.strategy.StrategyErrorListener;

/**
 * The single-threaded trading kernel shared by backtest, paper and live trading; the modes differ only in
 * the {@link Clock}, the {@link MarketFeed} and the {@link ExecutionVenue}. Each data step: the corporate actions
 * going ex on the new bars are applied first (a split to the position and the venue's working orders, then a
 * dividend to cash: ex-date semantics), then the venue sees the new bars (orders placed earlier fill there), positions are marked at the close, then strategies see
 * the completed bars and may place orders, which reach the venue with the next bar. Links between orders (OCO
 * groups, brackets) are acted on here after each of their events ({@link ContingentOrders}), the same in every mode.
 * With an {@link AccountConfig} ({@link #useAccount}): short positions pay their borrow fee at the very start of a step
 * whose UTC date differs from the previous step's, and a margin account is checked for a margin call right after the
 * positions are marked at the close (before strategies see the bar); the liquidation orders' events reach the
 * strategies trading their instruments. With FX rates ({@link #useFxRates}) the account's rates are updated first of all.
 * All state changes happen on the thread that calls {@link #run()}.
 */
public final class Kernel implements StrategyContext {
    private static final int PROGRESS_EVERY_STEPS = 1 << 16;

    private final Clock clock;
    private final TradingCalendar calendar;
    private final boolean venueActsAfterStrategies;
    private final MarketFeed feed;
    private final InstrumentTable instruments;
    private final Portfolio portfolio;
    private FxRateFeed fxRates;
    private final OrderManager orders;
    private final ExecutionVenue venue;
    private final ContingentOrders contingent;
    private final Sizing defaultSizing;
    private final int maxStrategyErrors;
    private final Position[] positions;
    private final List<List<StrategyDriver>> driversByInstrument = new ArrayList<>();
    private final Map<StrategyId, StrategyDriver> driversById = new LinkedHashMap<>();
    private final List<KernelListener> listenerList = new ArrayList<>();
    private final Events events = new Events();
    private final List<StrategyId> haltedThisStep = new ArrayList<>();
    private StrategyDriver[][] drivers;
    private KernelListener[] listeners = new KernelListener[0];
    private StrategyDriver[] allDrivers = new StrategyDriver[0];
    private long lastStepNanos = Long.MIN_VALUE;
    private AccountRules accountRules;

    /**
     * A kernel over a session's instruments.
     *
     * @param venueFactory      builds the venue around the kernel's order manager
     * @param defaultSizing     sizing of entry orders that do not name one
     * @param maxStrategyErrors exceptions after which a strategy is halted
     */
    public Kernel(Clock clock, MarketFeed feed, InstrumentTable instruments, Portfolio portfolio,
                  Function<OrderManager, ExecutionVenue> venueFactory, Sizing defaultSizing, int maxStrategyErrors) {
        this(clock, feed, instruments, portfolio, venueFactory, defaultSizing, maxStrategyErrors, ExchangeCalendars.crypto());
    }

    /**
     * A kernel over a session's instruments trading on a market with the given calendar.
     *
     * @param calendar the market's sessions, which strategies can query
     */
    public Kernel(Clock clock, MarketFeed feed, InstrumentTable instruments, Portfolio portfolio,
                  Function<OrderManager, ExecutionVenue> venueFactory, Sizing defaultSizing, int maxStrategyErrors,
                  TradingCalendar calendar) {
        this.calendar = calendar;
        this.clock = clock;
        this.feed = feed;
        this.instruments = instruments;
        this.portfolio = portfolio;
        this.orders = new OrderManager(events);
        this.venue = venueFactory.apply(orders);
        this.venueActsAfterStrategies = venue.actsAfterStrategies();
        this.contingent = new ContingentOrders(orders, venue);
        this.defaultSizing = defaultSizing;
        this.maxStrategyErrors = maxStrategyErrors;
        this.positions = new Position[instruments.size()];
        for (int i = 0; i < instruments.size(); i++) {
            positions[i] = portfolio.position(instruments.get(i));
            driversByInstrument.add(new ArrayList<>());
        }
        this.accountRules = new AccountRules(AccountConfig.cash(), portfolio, positions, orders, venue);
    }

    /**
     * Uses an account's borrow fee and margin rules (the default is a cash account without borrow fee); call before
     * {@link #run()}. The venue checks buying power itself (it is built with the same configuration).
     */
    public void useAccount(AccountConfig account) {
        this.accountRules = new AccountRules(account, portfolio, positions, orders, venue);
    }

    /**
     * Updates the account's FX rates from {@code feed} at the very start of every step (before borrow fees, fills and
     * marks), so the step is valued at the rates as of its time; call before {@link #run()}.
     */
    public void useFxRates(FxRateFeed feed) {
        this.fxRates = feed;
    }

    /** Adds a strategy trading one instrument; call before {@link #run()}. */
    public StrategyDriver addStrategy(StrategyId id, InstrumentId instrument, Strategy<?> strategy) {
        if (driversById.containsKey(id)) {
            throw new IllegalArgumentException("strategy id " + id + " is used twice");
        }
        StrategyDriver driver = new StrategyDriver(strategy, id, instrument, this, events, maxStrategyErrors);
        driversByInstrument.get(instruments.indexOf(instrument)).add(driver);
        driversById.put(id, driver);
        return driver;
    }

    /** Adds a listener; call before {@link #run()}. */
    public void addListener(KernelListener listener) {
        listenerList.add(listener);
    }

    /** The order manager (every ticket of the session). */
    public OrderManager orders() {
        return orders;
    }

    /** The venue. */
    public ExecutionVenue venue() {
        return venue;
    }

    /**
     * Runs until the feed is exhausted, then stops the strategies ({@code onStop} may still place orders) and
     * tells the venue the data ended (it cancels what is still working).
     */
    public void run() {
        drivers = new StrategyDriver[driversByInstrument.size()][];
        for (int i = 0; i < drivers.length; i++) {
            drivers[i] = driversByInstrument.get(i).toArray(StrategyDriver[]::new);
        }
        listeners = listenerList.toArray(KernelListener[]::new);
        allDrivers = driversById.values().toArray(StrategyDriver[]::new);
        for (StrategyDriver driver : driversById.values()) {
            driver.start(clock.nowNanos());
        }
        long steps = 0;
        while (feed.advance()) {
            step(feed.tsNanos());
            if ((++steps & (PROGRESS_EVERY_STEPS - 1)) == 0) {
                double progress = feed.progress();
                for (KernelListener listener : listeners) {
                    listener.onProgress(progress);
                }
            }
        }
        for (StrategyDriver driver : driversById.values()) {
            driver.stop(lastStepNanos);
        }
        cancelOrdersOfHaltedStrategies(lastStepNanos);
        venue.onEndOfData(lastStepNanos);
        for (KernelListener listener : listeners) {
            listener.onEnd(lastStepNanos);
        }
        for (KernelListener listener : listeners) {
            listener.onProgress(1);
        }
    }

    private void step(long ts) {
        clock.onDataStep(ts, feed.availableNanos());
        lastStepNanos = ts;
        if (fxRates != null) {
            fxRates.advanceTo(ts);
        }
        accountRules.chargeBorrowFees(ts);
        int updated = feed.updatedCount();
        for (int i = 0; i < updated; i++) {
            int k = feed.updatedInstrument(i);
            Bar bar = feed.bar(k);
            if (bar.hasCorporateAction()) {
                applyCorporateActions(k, bar, ts);
            }
        }
        for (int i = 0; i < updated; i++) {
            int k = feed.updatedInstrument(i);
            venue.onBar(k, feed.bar(k));
        }
        for (int i = 0; i < updated; i++) {
            int k = feed.updatedInstrument(i);
            positions[k].mark(feed.bar(k).closeRaw());
        }
        MarginCall call = accountRules.checkMargin(ts);
        if (call != null) {
            for (KernelListener listener : listeners) {
                listener.onMarginCall(call);
            }
        }
        for (int i = 0; i < updated; i++) {
            int k = feed.updatedInstrument(i);
            Bar bar = feed.bar(k);
            for (StrategyDriver driver : drivers[k]) {
                driver.onBar(bar);
            }
            if (venueActsAfterStrategies) {
                venue.afterStrategies(k, bar);
            }
        }
        if (!haltedThisStep.isEmpty()) {
            cancelOrdersOfHaltedStrategies(ts);
        }
        for (KernelListener listener : listeners) {
            listener.onStep(ts);
        }
    }

    /**
     * Applies the actions going ex on a bar before trading on it (ex-date semantics): a split first (position
     * quantity and mark, cash in lieu of fractional lots, then the venue's working orders), then a dividend per
     * post-split share to cash.
     */
    private void applyCorporateActions(int k, Bar bar, long ts) {
        InstrumentId id = instruments.get(k).id();
        long ratio = bar.splitRatioRaw();
        if (ratio != FixedPoint.SCALE) {
            portfolio.applySplit(id, ratio, ts);
            venue.onSplit(k, ratio, ts);
        }
        long dividend = bar.dividendRaw();
        if (dividend != 0) {
            portfolio.applyDividend(id, dividend);
        }
    }

    /**
     * A strategy halted while the venue or another strategy was mid-way through an event; its orders are
     * canceled once the step's processing is done, so that no order changes state under the code handling it.
     */
    private void cancelOrdersOfHaltedStrategies(long ts) {
        for (StrategyId strategy : haltedThisStep) {
            venue.cancelAll(strategy, ts);
        }
        haltedThisStep.clear();
    }

    // ---- StrategyContext ---------------------------------------------------------------------------------

    @Override
    public long nowNanos() {
        return clock.nowNanos();
    }

    @Override
    public Portfolio portfolio() {
        return portfolio;
    }

    @Override
    public Position position(InstrumentId instrument) {
        return positions[instruments.indexOf(instrument)];
    }

    @Override
    public TradingCalendar calendar() {
        return calendar;
    }

    @Override
    public Sizing defaultSizing() {
        return defaultSizing;
    }

    @Override
    public OrderTicket submit(StrategyId strategy, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                              long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce) {
        OrderTicket ticket = orders.place(strategy, instrument, side, type, sizing, limitPriceRaw, stopPriceRaw, timeInForce,
                clock.eventNanos());
        venue.submit(ticket);
        return ticket;
    }

    @Override
    public void cancel(OrderTicket ticket) {
        venue.cancel(ticket, clock.eventNanos());
    }

    @Override
    public OrderTicket submit(StrategyId strategy, InstrumentId instrument, OrderRequest request) {
        OrderTicket ticket = orders.place(strategy, instrument, request, clock.eventNanos());
        venue.submit(ticket);
        return ticket;
    }

    @Override
    public void modify(OrderTicket ticket, long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        venue.modify(ticket, quantityRaw, limitPriceRaw, stopPriceRaw, clock.eventNanos());
    }

    @Override
    public void oco(List<OrderTicket> tickets) {
        orders.oco(tickets);
    }

    @Override
    public BracketTicket bracket(StrategyId strategy, InstrumentId instrument, OrderRequest entry, long stopLossRaw,
                                 long takeProfitRaw) {
        BracketTicket bracket = orders.placeBracket(strategy, instrument, entry, stopLossRaw, takeProfitRaw, clock.eventNanos());
        venue.submit(bracket.entry());
        return bracket;
    }

    /** The driver of a strategy id: a reference scan first (tickets carry the driver's own id instance). */
    private StrategyDriver driverOf(StrategyId id) {
        for (StrategyDriver driver : allDrivers) {
            if (driver.id() == id) {
                return driver;
            }
        }
        return driversById.get(id);
    }

    /** Routes order events and strategy errors; one instance per kernel. */
    private final class Events implements OrderEventSink, StrategyErrorListener {
        @Override
        public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
            if (event instanceof OrderFilled fill) {
                portfolio.apply(fill);
            }
            StrategyDriver owner = driverOf(ticket.strategyId());
            if (owner != null) {
                owner.onOrderEvent(event);
            } else if (ticket.strategyId() == AccountRules.MARGIN_CALL) {
                for (StrategyDriver driver : drivers[instruments.indexOf(ticket.instrument())]) {
                    driver.onOrderEvent(event);
                }
            }
            for (KernelListener listener : listeners) {
                listener.onOrderEvent(ticket, event);
            }
            if (ticket.isContingent()) {
                contingent.onOrderEvent(ticket, event);
            }
        }

        @Override
        public void onStrategyError(StrategyId strategy, String callback, long tsNanos, RuntimeException error) {
            for (KernelListener listener : listenerList) {
                listener.onStrategyError(strategy, callback, tsNanos, error);
            }
        }

        @Override
        public void onStrategyHalted(StrategyId strategy, long tsNanos) {
            haltedThisStep.add(strategy);
            for (KernelListener listener : listenerList) {
                listener.onStrategyHalted(strategy, tsNanos);
            }
        }
    }
}
