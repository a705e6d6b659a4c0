package wave.engine.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderInitialized;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.AccountEvent;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.Position;
import wave.domain.signal.Signal;
import wave.engine.account.AccountConfig;
import wave.engine.account.MarginCall;
import wave.engine.clock.Clock;
import wave.engine.clock.Timer;
import wave.engine.clock.TimerCallback;
import wave.engine.execution.AffordableQuantity;
import wave.engine.execution.ExchangeSimulation;
import wave.engine.journal.InMemoryJournal;
import wave.engine.journal.Journal;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.market.FxRateFeed;
import wave.engine.market.InstrumentTable;
import wave.engine.market.MarketFeed;
import wave.engine.order.BracketTicket;
import wave.engine.order.NotionalBudget;
import wave.engine.order.OrderEventSink;
import wave.engine.order.OrderIds;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.port.ExecutionClient;
import wave.engine.port.MarketDataClient;
import wave.engine.pretrade.BasicPreTradeCheck;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.OrderGate;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;
import wave.engine.strategy.Budget;
import wave.engine.strategy.PortfolioDriver;
import wave.engine.strategy.PortfolioStrategy;
import wave.engine.strategy.Slice;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyContext;
import wave.engine.strategy.StrategyDriver;
import wave.engine.strategy.StrategyErrorListener;
import wave.engine.strategy.StrategyNote;

/**
 * The single-threaded trading kernel shared by backtest, paper and live trading; the modes differ only in
 * the {@link Clock}, the market data (a polled {@link MarketFeed} or a {@link MarketDataClient}) and the
 * {@link ExecutionClient}. Orders leave through the execution client as commands; an asynchronous client's reports
 * come back through the inbound queue and are applied by one {@link ReportApplier}. When the execution client
 * simulates an exchange ({@link ExchangeSimulation}), the kernel shows it each step's bars.
 * Each data step: the corporate actions
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
    private static final long IDLE_PARK_NANOS = 1_000_000;
    /** Strategy id of the orders closing positions at the end of a backtest. */
    static final StrategyId END_OF_DATA = new StrategyId("end-of-data");

    private final Clock clock;
    private final TradingCalendar calendar;
    private final boolean simulationActsAfterStrategies;
    private final MarketFeed feed;
    private final InstrumentTable instruments;
    private final Portfolio portfolio;
    private FxRateFeed fxRates;
    private final OrderManager orders;
    private final ExecutionClient execution;
    private final ExchangeSimulation simulation;
    private final VenueCommands venue;
    private final ReportApplier reports;
    private MarketDataClient marketData = MarketDataClient.NONE;
    private final ContingentOrders contingent;
    private final OrderPath path = this::send;
    private PreTradeCheck preTrade = new BasicPreTradeCheck(AccountConfig.cash(), false);
    private OrderGate gate = OrderGate.OPEN;
    private AffordableQuantity sizeAtSignalClose;
    private Journal journal = Journal.NONE;
    private final Journal journalPort = new Journal() {
        @Override
        public void append(long tsNanos, Record entry) {
            journal.append(tsNanos, entry);
        }

        @Override
        public boolean isRecording() {
            return journal.isRecording();
        }
    };
    private final KernelControls controls = new KernelControls();
    private final LiveStep liveStep;
    private volatile boolean stopRequested;
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
    /** Whether a listener overrides {@link KernelListener#onOrderInitialized}: else the event is not built. */
    private boolean listenersReadOrderInitialized;
    /** Whether a listener reads {@code OrderSubmitted} and {@code OrderAccepted} (see {@link KernelListener#readsOrderAcknowledgements}). */
    private boolean listenersReadAcknowledgements;
    private StrategyDriver[] allDrivers = new StrategyDriver[0];
    private final Map<StrategyId, PortfolioDriver> portfolioDriversById = new LinkedHashMap<>();
    private PortfolioDriver[] portfolioDrivers = new PortfolioDriver[0];
    private final Slice slice;
    private final StrategyBudgets budgets;
    private long lastStepNanos = Long.MIN_VALUE;
    private AccountRules accountRules;

    /**
     * A kernel over a session's instruments.
     *
     * @param executionFactory  builds the execution client around the kernel's order manager (the simulated exchange
     *                          reports to it directly; an asynchronous client reports through the inbound queue)
     * @param defaultSizing     sizing of entry orders that do not name one
     * @param maxStrategyErrors exceptions after which a strategy is halted
     */
    public Kernel(Clock clock, MarketFeed feed, InstrumentTable instruments, Portfolio portfolio,
                  Function<OrderManager, ExecutionClient> executionFactory, Sizing defaultSizing, int maxStrategyErrors) {
        this(clock, feed, instruments, portfolio, executionFactory, defaultSizing, maxStrategyErrors, ExchangeCalendars.crypto());
    }

    /**
     * A kernel over a session's instruments trading on a market with the given calendar.
     *
     * @param calendar the market's sessions, which strategies can query
     */
    public Kernel(Clock clock, MarketFeed feed, InstrumentTable instruments, Portfolio portfolio,
                  Function<OrderManager, ExecutionClient> executionFactory, Sizing defaultSizing, int maxStrategyErrors,
                  TradingCalendar calendar) {
        this.calendar = calendar;
        this.clock = clock;
        this.feed = feed;
        this.instruments = instruments;
        this.portfolio = portfolio;
        this.orders = new OrderManager(events, OrderIds.backtest(), journalPort);
        this.execution = executionFactory.apply(orders);
        this.simulation = ExchangeSimulation.of(execution);
        this.simulationActsAfterStrategies = simulation.actsAfterStrategies();
        this.venue = new VenueCommands(execution, orders);
        this.reports = new ReportApplier(orders);
        this.contingent = new ContingentOrders(orders, venue, path);
        this.defaultSizing = defaultSizing;
        this.maxStrategyErrors = maxStrategyErrors;
        this.positions = new Position[instruments.size()];
        this.liveStep = new LiveStep(instruments);
        this.budgets = new StrategyBudgets(instruments, portfolio);
        this.slice = new Slice(instruments);
        for (int i = 0; i < instruments.size(); i++) {
            positions[i] = portfolio.position(instruments.get(i));
            driversByInstrument.add(new ArrayList<>());
        }
        this.accountRules = new AccountRules(AccountConfig.cash(), portfolio, positions, orders, path, this::record);
    }

    /**
     * True for the strategy ids of the kernel's own liquidations (margin call, end of data) and of risk actions
     * ({@link Command#RISK_STRATEGY}): the orders a trading halt lets through when they reduce a position.
     */
    public static boolean isLiquidation(StrategyId strategy) {
        return KernelControls.LIQUIDATIONS.contains(strategy);
    }

    /**
     * Replaces the pre-trade stage every order crosses (by default {@link BasicPreTradeCheck} for a cash account, or
     * for the account given to {@link #useAccount}); call before {@link #run()}.
     */
    public void usePreTradeCheck(PreTradeCheck check) {
        this.preTrade = Objects.requireNonNull(check, "check");
    }

    /** Asks {@code value} before each order's pre-trade check whether to hold it ({@link #release} sends it later). */
    public void useOrderGate(OrderGate value) {
        this.gate = Objects.requireNonNull(value, "gate");
    }

    /**
     * Sends an order its {@link OrderGate} held, now: the whole pre-trade path (the gate is asked again).
     *
     * @param quantityRaw the quantity the gate was given, raw
     * @param notionalRaw the notional amount the gate was given, raw
     * @return true when the order was sent
     */
    public boolean release(OrderTicket ticket, long quantityRaw, long notionalRaw) {
        return send(ticket, quantityRaw, notionalRaw, clock.eventNanos());
    }

    /** Runs {@code callback} once at {@code atNanos} on the kernel's clock, on the kernel thread; cancel the timer to withdraw it. */
    public Timer scheduleCallback(long atNanos, TimerCallback callback) {
        return clock.schedule(atNanos, 0, callback);
    }

    /**
     * Sizes percent and all-in orders when they are placed, with {@code rule} at the signal bar's close (the position's
     * mark), so that they cross the pre-trade check and reach the venue as fixed quantities (backtrader's sizing); by
     * default the venue sizes them at the fill price. An order whose budget cannot pay for one lot at that close is
     * denied ({@code INSUFFICIENT_FUNDS}). Call before running.
     */
    public void sizeAtSignalClose(AffordableQuantity rule) {
        this.sizeAtSignalClose = Objects.requireNonNull(rule, "rule");
    }

    /** Writes every command, signal and order event to {@code value} before it is applied; call before running. */
    public void useJournal(Journal value) {
        this.journal = Objects.requireNonNull(value, "journal");
    }

    /**
     * Warms the strategies up on the steps before {@code stepNanos}: they see those bars (indicators, history) but every
     * order they place then is denied ({@code WARMING_UP}), as LEAN's warm-up does; call before running.
     *
     * @param stepNanos the first step time at which orders may be sent, nanoseconds since the epoch (UTC)
     */
    public void tradeFrom(long stepNanos) {
        controls.tradeFrom(stepNanos);
    }

    /** Takes client order ids from {@code ids} (a paper or live session's own tag); call before running. */
    public void useOrderIds(OrderIds ids) {
        orders.useIds(ids);
    }

    /** The pre-trade stage in use. */
    public PreTradeCheck preTradeCheck() {
        return preTrade;
    }

    /**
     * Uses an account's borrow fee and margin rules (the default is a cash account without borrow fee); call before
     * {@link #run()}. The venue checks buying power itself (it is built with the same configuration).
     */
    public void useAccount(AccountConfig account) {
        this.accountRules = new AccountRules(account, portfolio, positions, orders, path, this::record);
        this.preTrade = new BasicPreTradeCheck(account, false);
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
        if (driversById.containsKey(id) || portfolioDriversById.containsKey(id)) {
            throw new IllegalArgumentException("strategy id " + id + " is used twice");
        }
        StrategyDriver driver = new StrategyDriver(strategy, id, instrument, this, events, maxStrategyErrors);
        driversByInstrument.get(instruments.indexOf(instrument)).add(driver);
        driversById.put(id, driver);
        return driver;
    }

    /**
     * Adds a strategy across every instrument of the session, called once per step after the single-instrument
     * strategies; call before {@link #run()}.
     */
    public PortfolioDriver addPortfolioStrategy(StrategyId id, PortfolioStrategy<?> strategy) {
        if (driversById.containsKey(id) || portfolioDriversById.containsKey(id)) {
            throw new IllegalArgumentException("strategy id " + id + " is used twice");
        }
        List<InstrumentId> universe = new ArrayList<>();
        for (int k = 0; k < instruments.size(); k++) {
            universe.add(instruments.get(k).id());
        }
        PortfolioDriver driver = new PortfolioDriver(strategy, id, universe, this, events, maxStrategyErrors);
        portfolioDriversById.put(id, driver);
        return driver;
    }

    /**
     * Gives a strategy a capital budget in the shared account (see {@link Budget}) and a book of its own, which
     * {@link #strategyBook} shows; call before {@link #run()}.
     */
    public void useBudget(StrategyId strategy, Budget budget) {
        if (!driversById.containsKey(strategy) && !portfolioDriversById.containsKey(strategy)) {
            throw new IllegalArgumentException("no strategy " + strategy + " to give a budget; add the strategy first");
        }
        budgets.use(strategy, budget);
    }

    /**
     * A budgeted strategy's own book: its positions and its result (equity = realised + unrealised P&amp;L net of
     * fees; the books of all strategies add up to the account's result), or null without a budget.
     */
    public PortfolioView strategyBook(StrategyId strategy) {
        return budgets.book(strategy);
    }

    @Override
    public void note(StrategyNote note) {
        for (KernelListener listener : listeners) {
            listener.onNote(note);
        }
    }

    @Override
    public PortfolioView holdingsOf(StrategyId strategy) {
        PortfolioView book = budgets.book(strategy);
        return book != null ? book : portfolio;
    }

    @Override
    public long capitalRaw(StrategyId strategy) {
        return budgets.capitalRaw(strategy);
    }

    /** Adds a listener; call before {@link #run()}. */
    public void addListener(KernelListener listener) {
        listenerList.add(listener);
        listenersReadOrderInitialized |= overrides(listener, "onOrderInitialized", OrderInitialized.class);
        listenersReadAcknowledgements |= overrides(listener, "onOrderEvent", OrderEvent.class)
                && listener.readsOrderAcknowledgements();
    }

    /** True when the listener's class overrides a {@link KernelListener} order callback (the defaults ignore them). */
    private static boolean overrides(KernelListener listener, String callback, Class<?> eventType) {
        try {
            return listener.getClass().getMethod(callback, OrderTicket.class, eventType)
                    .getDeclaringClass() != KernelListener.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("KernelListener." + callback + " is missing", e);
        }
    }

    /** The order manager (every ticket of the session). */
    public OrderManager orders() {
        return orders;
    }

    /** The execution client. */
    public ExecutionClient execution() {
        return execution;
    }

    /** The execution reports ignored so far, by cause (read it on the kernel thread, or once the loop stopped). */
    public IgnoredReports ignoredReports() {
        return reports.ignored();
    }

    /**
     * Subscribes to the session's instruments at {@code client} when {@link #runLive} starts, and unsubscribes when it
     * stops; call before running.
     */
    public void useMarketData(MarketDataClient client) {
        this.marketData = Objects.requireNonNull(client, "client");
    }

    /**
     * Runs until the feed is exhausted, then stops the strategies ({@code onStop} may still place orders) and
     * tells a simulated exchange the data ended (it cancels what is still working).
     */
    public void run() {
        prepare();
        long steps = 0;
        while (feed.advance()) {
            step(feed, feed.tsNanos());
            if ((++steps & (PROGRESS_EVERY_STEPS - 1)) == 0) {
                double progress = feed.progress();
                for (KernelListener listener : listeners) {
                    listener.onProgress(progress);
                }
            }
        }
        finish(lastStepNanos);
    }

    private void prepare() {
        drivers = new StrategyDriver[driversByInstrument.size()][];
        for (int i = 0; i < drivers.length; i++) {
            drivers[i] = driversByInstrument.get(i).toArray(StrategyDriver[]::new);
        }
        listeners = listenerList.toArray(KernelListener[]::new);
        allDrivers = driversById.values().toArray(StrategyDriver[]::new);
        portfolioDrivers = portfolioDriversById.values().toArray(PortfolioDriver[]::new);
        for (StrategyDriver driver : driversById.values()) {
            driver.start(clock.nowNanos());
        }
        for (PortfolioDriver driver : portfolioDrivers) {
            driver.start(clock.nowNanos());
        }
    }

    private void finish(long ts) {
        for (StrategyDriver driver : driversById.values()) {
            driver.stop(ts);
        }
        for (PortfolioDriver driver : portfolioDrivers) {
            driver.stop(ts);
        }
        if (journal.isRecording()) {
            saveStrategyStates(ts);
        }
        cancelOrdersOfHaltedStrategies(ts);
        simulation.onEndOfData(ts);
        if (simulation.closesPositionsAtEnd()) {
            closePositions(ts);
        }
        for (KernelListener listener : listeners) {
            listener.onEnd(ts);
        }
        for (KernelListener listener : listeners) {
            listener.onProgress(1);
        }
    }

    /**
     * Runs on the calling thread (the kernel thread) from events other threads put on {@code inbound}, with the clock's
     * timers, until a {@link Command.Shutdown} is taken from the queue or {@link #requestStop()} is called; then stops
     * the strategies as {@link #run()} does at the end of data. Paper and live trading run the kernel this way; the
     * queue's policy when full is {@link InboundQueue}'s. Between events the thread parks until the next timer, at most
     * {@code 1 ms}. The market data client ({@link #useMarketData}) is subscribed to every instrument first and
     * unsubscribed at the end.
     */
    public void runLive(InboundQueue inbound) {
        prepare();
        for (int i = 0; i < instruments.size(); i++) {
            marketData.subscribe(instruments.get(i).id());
        }
        while (!stopRequested) {
            clock.fireDueTimers();
            InboundEvent event = inbound.poll();
            if (event == null) {
                long untilTimer = clock.nextTimerNanos() - clock.nowNanos();
                LockSupport.parkNanos(Math.max(1, Math.min(IDLE_PARK_NANOS, untilTimer)));
            } else {
                dispatch(event);
            }
        }
        for (int i = 0; i < instruments.size(); i++) {
            marketData.unsubscribe(instruments.get(i).id());
        }
        finish(clock.nowNanos());
    }

    /** Asks a running {@link #runLive} loop to stop after the event it is handling. Any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    private void dispatch(InboundEvent event) {
        long now = clock.nowNanos();
        switch (event) {
            case InboundEvent.BarReceived received -> {
                liveStep.hold(received.bar(), now);
                step(liveStep, now);
            }
            case InboundEvent.BarReplayed replayed -> {
                liveStep.hold(replayed.bar(), replayed.bar().tsNanos(), replayed.availableNanos());
                step(liveStep, replayed.bar().tsNanos());
            }
            case InboundEvent.SignalReceived received -> onSignal(received.signal(), now);
            case InboundEvent.ExecutionReportReceived received -> reports.apply(received.report());
            case Command command -> apply(command, now);
            case InboundEvent.QuoteReceived ignored -> { } // no quote-driven matching yet: kept for live feeds
            case InboundEvent.TradeReceived ignored -> { }
        }
    }

    /**
     * Journals a signal, then hands it to the listeners (the pre-trade stages keep their state there) and only then to
     * the strategies trading its instrument, so that an order a strategy places on the signal is checked against it.
     */
    public void onSignal(Signal signal, long nowNanos) {
        journal.append(nowNanos, signal);
        for (KernelListener listener : listeners) {
            listener.onSignal(signal);
        }
        if (instruments.contains(signal.instrument())) {
            for (StrategyDriver driver : driversByInstrument.get(instruments.indexOf(signal.instrument()))) {
                driver.onSignal(signal);
            }
        }
    }

    /**
     * Applies {@code command} at {@code atNanos} on the kernel's clock (in a backtest: before the first data step at or
     * after that time), e.g. a deposit or a halt in a scenario.
     *
     * @return the timer; cancel it to withdraw the command
     */
    public Timer scheduleCommand(long atNanos, Command command) {
        return clock.schedule(atNanos, 0, due -> apply(command, clock.eventNanos()));
    }

    /**
     * Journals a command, then applies it. A command that cannot be applied (an unknown strategy, a withdrawal above the
     * cash) changes nothing: the listeners hear why ({@link KernelListener#onCommandRefused}) and the kernel carries on.
     */
    public void apply(Command command, long nowNanos) {
        journal.append(nowNanos, (Record) command);
        for (KernelListener listener : listeners) {
            listener.onCommand(command, nowNanos);
        }
        try {
            applyChecked(command, nowNanos);
        } catch (IllegalArgumentException | IllegalStateException e) {
            for (KernelListener listener : listeners) {
                listener.onCommandRefused(command, nowNanos, e.getMessage());
            }
        }
    }

    private void applyChecked(Command command, long nowNanos) {
        switch (command) {
            case Command.CancelAll c -> venue.cancelAll(null, nowNanos, "cancel all: " + c.reason());
            case Command.HaltStrategy h -> {
                StrategyDriver driver = driversById.get(h.strategy());
                if (driver == null) {
                    throw new IllegalArgumentException("no strategy " + h.strategy() + " to halt; strategies: " + driversById.keySet());
                }
                driver.halt(nowNanos);
                cancelOrdersOfHaltedStrategies(nowNanos);
            }
            case Command.ReduceOnly r -> controls.reduceOnly(r.strategy(), r.on());
            case Command.HaltTrading h -> controls.haltTrading(true);
            case Command.ResumeTrading r -> controls.haltTrading(false);
            case Command.SetParameter p -> {
                StrategyDriver driver = driversById.get(p.strategy());
                if (driver != null) {
                    driver.onParameter(p.name(), p.value(), nowNanos);
                }
            }
            case Command.TransferCash t -> record(t.amountRaw() > 0
                    ? new AccountEvent.CashDeposited(nowNanos, t.currency(), t.amountRaw())
                    : new AccountEvent.CashWithdrawn(nowNanos, t.currency(), -t.amountRaw()));
            case Command.SaveState ignored -> saveStrategyStates(nowNanos);
            case Command.Shutdown ignored -> stopRequested = true;
        }
    }

    private void step(MarketFeed source, long ts) {
        clock.onDataStep(ts, source.availableNanos());
        lastStepNanos = ts;
        if (fxRates != null) {
            fxRates.advanceTo(ts);
        }
        accountRules.chargeBorrowFees(ts);
        int updated = source.updatedCount();
        for (int i = 0; i < updated; i++) {
            int k = source.updatedInstrument(i);
            Bar bar = source.bar(k);
            if (bar.hasCorporateAction()) {
                applyCorporateActions(k, bar, ts);
            }
        }
        simulation.onStep(source);
        if (journal.isRecording()) {
            for (int i = 0; i < updated; i++) {
                int k = source.updatedInstrument(i);
                record(new AccountEvent.PositionMarked(ts, positions[k].instrumentId(), source.bar(k).closeRaw()));
            }
        } else {
            for (int i = 0; i < updated; i++) {
                int k = source.updatedInstrument(i);
                positions[k].mark(source.bar(k).closeRaw());
            }
        }
        if (!budgets.isEmpty()) {
            for (int i = 0; i < updated; i++) {
                int k = source.updatedInstrument(i);
                budgets.mark(positions[k].instrumentId(), source.bar(k).closeRaw());
            }
        }
        MarginCall call = accountRules.checkMargin(ts);
        if (call != null) {
            journal.append(ts, call);
            for (KernelListener listener : listeners) {
                listener.onMarginCall(call);
            }
        }
        for (int i = 0; i < updated; i++) {
            int k = source.updatedInstrument(i);
            Bar bar = source.bar(k);
            for (StrategyDriver driver : drivers[k]) {
                driver.onBar(bar);
            }
            if (simulationActsAfterStrategies) {
                simulation.afterStrategies(k, bar);
            }
        }
        if (portfolioDrivers.length > 0) {
            slice.of(source, clock.nowNanos());
            for (PortfolioDriver driver : portfolioDrivers) {
                driver.onStep(slice);
            }
        }
        if (!haltedThisStep.isEmpty()) {
            cancelOrdersOfHaltedStrategies(ts);
        }
        for (KernelListener listener : listeners) {
            listener.onStep(ts);
        }
    }

    /** Journals the state each running strategy wants kept across a restart ({@link StrategyStateSaved}). */
    private void saveStrategyStates(long ts) {
        for (StrategyDriver driver : driversById.values()) {
            if (!driver.isHalted()) {
                Map<String, String> state = driver.save(ts);
                if (state != null) {
                    journal.append(ts, new StrategyStateSaved(ts, driver.id(), state));
                }
            }
        }
    }

    /** Journals an account event, then applies it to the portfolio. */
    private void record(AccountEvent event) {
        journal.append(event.tsNanos(), (Record) event);
        portfolio.apply(event);
    }

    /**
     * Rebuilds the orders and the account of a session from its journal, into this fresh kernel (built like the
     * original: same instruments, initial cash and strategies): order events, order state changes and account events
     * are applied as they were live; nothing is journaled, sent to the venue or told to strategies. Commands are
     * already represented by the events they caused, except reduce-only, which is restored; a strategy halt is
     * restored, and each strategy gets its last saved state ({@code onLoad}). Signals and margin calls are
     * informational.
     *
     * @throws IllegalStateException if this kernel already has orders
     */
    public void replay(List<InMemoryJournal.Entry> entries) {
        if (!orders.tickets().isEmpty()) {
            throw new IllegalStateException("replay needs a fresh kernel; this one has " + orders.tickets().size() + " orders");
        }
        JournalReplay.replay(entries, orders, portfolio, controls, driversById);
    }

    /**
     * Applies the actions going ex on a bar before trading on it (ex-date semantics): a split first (position
     * quantity and mark, cash in lieu of fractional lots, then the venue's working orders), then a dividend per
     * post-split share to cash.
     */
    private void applyCorporateActions(int k, Bar bar, long ts) {
        InstrumentId id = instruments.get(k).id();
        long ratio = bar.splitRatioRaw();
        if (ratio != Scales.RATIO) {
            long held = positions[k].quantityRaw();
            long cash = portfolio.cashRaw(positions[k].instrument().quoteCurrency());
            record(new AccountEvent.SplitApplied(ts, id, ratio));
            simulation.onSplit(k, ratio, ts);
            announce(k, ts, ratio, 0, held, cash);
        }
        long dividend = bar.dividendRaw();
        if (dividend != 0) {
            long held = positions[k].quantityRaw();
            long cash = portfolio.cashRaw(positions[k].instrument().quoteCurrency());
            record(new AccountEvent.DividendApplied(ts, id, dividend));
            announce(k, ts, Scales.RATIO, dividend, held, cash);
        }
    }

    /** Tells the listeners about an action applied to a position held ({@code heldRaw}, cash before: {@code cashRaw}). */
    private void announce(int k, long ts, long ratioRaw, long dividendRaw, long heldRaw, long cashBeforeRaw) {
        if (heldRaw == 0) {
            return;
        }
        Position p = positions[k];
        CorporateActionApplied applied = new CorporateActionApplied(ts, p.instrumentId(), ratioRaw, dividendRaw, heldRaw,
                p.quantityRaw(), portfolio.cashRaw(p.instrument().quoteCurrency()) - cashBeforeRaw);
        for (KernelListener listener : listeners) {
            listener.onCorporateAction(applied);
        }
    }

    /**
     * A strategy halted while the venue or another strategy was mid-way through an event; its orders are
     * canceled once the step's processing is done, so that no order changes state under the code handling it.
     */
    private void cancelOrdersOfHaltedStrategies(long ts) {
        for (StrategyId strategy : haltedThisStep) {
            venue.cancelAll(strategy, ts, "strategy halted");
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
        long now = clock.eventNanos();
        long notional = sizing.resolvedAtFill() && instruments.contains(instrument)
                ? NotionalBudget.of(sizing, instruments.get(instruments.indexOf(instrument)), portfolio) : 0;
        OrderTicket ticket = orders.initialize(strategy, instrument, side, type, sizing, limitPriceRaw, stopPriceRaw,
                timeInForce, notional, now);
        send(ticket, sizing instanceof Sizing.Fixed fixed ? fixed.quantityRaw() : 0, notional, now);
        return ticket;
    }

    @Override
    public OrderTicket submitQuantity(StrategyId strategy, InstrumentId instrument, OrderSide side, OrderType type,
                                      long quantityRaw, long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce) {
        long now = clock.eventNanos();
        OrderTicket ticket = orders.initialize(strategy, instrument, side, type, quantityRaw, limitPriceRaw, stopPriceRaw,
                timeInForce, now);
        send(ticket, quantityRaw, 0, now);
        return ticket;
    }

    @Override
    public void cancel(OrderTicket ticket) {
        if (!ticket.isSent() && gate.withdraw(ticket, "canceled by strategy")) {
            return;
        }
        venue.cancel(ticket, clock.eventNanos(), "canceled by strategy");
    }

    @Override
    public OrderTicket submit(StrategyId strategy, InstrumentId instrument, OrderRequest request) {
        long now = clock.eventNanos();
        OrderTicket ticket = orders.initialize(strategy, instrument, request, now);
        send(ticket, request.quantityRaw(), 0, now);
        return ticket;
    }

    @Override
    public void modify(OrderTicket ticket, long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        venue.modify(ticket, quantityRaw, limitPriceRaw, stopPriceRaw, clock.eventNanos());
    }

    @Override
    public void oco(List<OrderTicket> tickets) {
        orders.oco(tickets, clock.eventNanos());
    }

    @Override
    public BracketTicket bracket(StrategyId strategy, InstrumentId instrument, OrderRequest entry, long stopLossRaw,
                                 long takeProfitRaw) {
        long now = clock.eventNanos();
        BracketTicket bracket = orders.initializeBracket(strategy, instrument, entry, stopLossRaw, takeProfitRaw, now);
        send(bracket.entry(), entry.quantityRaw(), 0, now);
        return bracket;
    }

    /**
     * The one pre-trade path ({@link OrderPath}): estimates the order's cost, runs the pre-trade check, then denies the
     * order or sizes it (a quantity order gets its {@code OrderSubmitted}) and sends it to the execution client. With
     * {@link #sizeAtSignalClose} a notional order gets its quantity first, at the position's mark.
     */
    private boolean send(OrderTicket ticket, long quantityRaw, long notionalRaw, long tsNanos) {
        int k = instruments.contains(ticket.instrument()) ? instruments.indexOf(ticket.instrument()) : -1;
        Instrument instrument = k < 0 ? null : instruments.get(k);
        long reference = k < 0 ? 0 : referencePrice(ticket, positions[k]);
        boolean sizeNow = sizeAtSignalClose != null && k >= 0 && ticket.resolvedAtFill();
        long quantity = sizeNow ? sizeAtSignalClose.quantityRaw(instrument, positions[k].markRaw(), notionalRaw) : quantityRaw;
        long estimate = quantity == 0 ? notionalRaw
                : reference == 0 ? 0 : Math.abs(instrument.notionalRaw(reference, quantity));
        Denial denial = controls.check(ticket, quantity, k < 0 ? 0 : positions[k].quantityRaw(), isHalted(ticket.strategyId()),
                lastStepNanos);
        if (denial == null && !budgets.isEmpty()) {
            denial = budgets.check(ticket, quantity, estimate, orders::capNotional);
            if (denial == null && quantity == 0) {
                estimate = Math.min(estimate, ticket.notionalCapRaw());
            }
        }
        if (denial == null && sizeNow && quantity == 0) {
            denial = new Denial(DenyReason.INSUFFICIENT_FUNDS,
                    AffordableQuantity.cannotPayForOneLot(instrument, notionalRaw, positions[k].markRaw()));
        }
        if (denial == null && gate.hold(ticket, quantityRaw, notionalRaw, tsNanos)) {
            return false;
        }
        if (denial == null) {
            denial = preTrade.check(new PreTradeRequest(ticket, instrument, quantity, estimate, reference, portfolio, tsNanos));
        }
        if (denial != null) {
            orders.deny(ticket, tsNanos, denial.reason(), denial.message());
            return false;
        }
        if (quantity > 0) {
            orders.size(ticket, quantity, tsNanos);
        }
        venue.submit(ticket, notionalRaw, tsNanos);
        return true;
    }

    private boolean isHalted(StrategyId strategy) {
        StrategyDriver driver = driverOf(strategy);
        if (driver != null) {
            return driver.isHalted();
        }
        PortfolioDriver portfolioDriver = portfolioDrivers.length == 0 ? null : portfolioDriversById.get(strategy);
        return portfolioDriver != null && portfolioDriver.isHalted();
    }

    /** The limit price, else the stop price, else the last close (the position's mark), raw; 0 when none is known. */
    private static long referencePrice(OrderTicket ticket, Position position) {
        if (ticket.limitPriceRaw() > 0) {
            return ticket.limitPriceRaw();
        }
        return ticket.stopPriceRaw() > 0 ? ticket.stopPriceRaw() : position.markRaw();
    }

    /** The close at the end of the data: a market order per open position, strategy id {@code end-of-data}. */
    private void closePositions(long ts) {
        for (Position p : positions) {
            long held = p.quantityRaw();
            if (held != 0) {
                long quantity = Math.abs(held);
                OrderTicket ticket = orders.initialize(END_OF_DATA, p.instrumentId(), held > 0 ? OrderSide.SELL : OrderSide.BUY,
                        OrderType.MARKET, new Sizing.Fixed(quantity), 0, 0, TimeInForce.GTC, 0, ts);
                send(ticket, quantity, 0, ts);
            }
        }
    }

    @Override
    public Timer schedule(StrategyId strategy, long firstNanos, long periodNanos, TimerCallback callback) {
        StrategyDriver driver = driverOf(strategy);
        if (driver != null) {
            return clock.schedule(firstNanos, periodNanos, due -> driver.onTimer(callback, due));
        }
        PortfolioDriver portfolioDriver = portfolioDriversById.get(strategy);
        if (portfolioDriver == null) {
            throw new IllegalArgumentException("no strategy " + strategy + " in this kernel");
        }
        return clock.schedule(firstNanos, periodNanos, due -> portfolioDriver.onTimer(callback, due));
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
        public boolean readsOrderInitialized() {
            return listenersReadOrderInitialized;
        }

        /** A listener reads them, or the ticket's strategy does (or is not a single-instrument strategy's). */
        @Override
        public boolean readsAcknowledgements(OrderTicket ticket) {
            if (listenersReadAcknowledgements) {
                return true;
            }
            StrategyDriver owner = driverOf(ticket.strategyId());
            return owner == null || owner.readsOrderEvents();
        }

        @Override
        public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
            if (event instanceof OrderFilled fill) {
                portfolio.apply(fill);
                if (!budgets.isEmpty()) {
                    budgets.onFill(ticket.strategyId(), fill);
                }
            } else if (event instanceof OrderInitialized initialized) {
                for (KernelListener listener : listeners) {
                    listener.onOrderInitialized(ticket, initialized);
                }
                return;
            }
            StrategyDriver owner = driverOf(ticket.strategyId());
            if (owner != null) {
                owner.onOrderEvent(event);
            } else if (portfolioDrivers.length > 0 && portfolioDriversById.containsKey(ticket.strategyId())) {
                portfolioDriversById.get(ticket.strategyId()).onOrderEvent(event);
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
            journal.append(tsNanos, new StrategyHalted(tsNanos, strategy));
            haltedThisStep.add(strategy);
            for (KernelListener listener : listenerList) {
                listener.onStrategyHalted(strategy, tsNanos);
            }
        }
    }
}
