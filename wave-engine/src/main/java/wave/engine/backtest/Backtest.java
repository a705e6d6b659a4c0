package wave.engine.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.Position;
import wave.engine.clock.SimulatedClock;
import wave.engine.execution.AffordableQuantity;
import wave.engine.execution.SimulatedVenue;
import wave.engine.execution.SizingPrice;
import wave.engine.journal.Journal;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.KernelListener;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.market.HistoricalFeed;
import wave.engine.market.InstrumentTable;
import wave.engine.pretrade.BasicPreTradeCheck;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.strategy.PortfolioStrategy;
import wave.engine.strategy.Strategy;

/**
 * A backtest: the kernel driven by a simulated clock over historical bars, with the simulated venue. Bars are handed
 * over at the time they became known on the execution calendar's market ({@link HistoricalFeed}). One
 * strategy instance per data series, all sharing one account. Corporate actions carried by the series are applied
 * on their ex-dates unless the configuration says the prices are adjusted ({@link CorporateActionMode}). With a
 * {@link MultiCurrency} configuration the foreign cash is deposited and the account is valued in its base currency at
 * the FX rates as of each step ({@link MultiCurrencySetup}). Build it (allocates every buffer), then
 * {@link #run()} once.
 */
public final class Backtest {
    private final BacktestConfig config;
    private final List<BarSeries> data;
    private final Portfolio portfolio;
    private final SimulatedClock clock = new SimulatedClock();
    private final Kernel kernel;
    private final SimulatedVenue venue;
    private final BacktestRecorder recorder;
    private boolean ran;

    /**
     * Prepares a backtest.
     *
     * @param strategyName    used to name the strategy instances ({@code name:SYMBOL})
     * @param strategyFactory creates the strategy instance for one instrument
     * @param recordEvents    whether every order event is kept in the result (for journals and tests)
     * @throws IllegalArgumentException if there is no data or two series share an instrument
     */
    public Backtest(BacktestConfig config, List<BarSeries> data, String strategyName,
                    Function<InstrumentId, Strategy<?>> strategyFactory, boolean recordEvents) {
        this(config, data, recordEvents);
        addStrategy(strategyName, strategyFactory);
    }

    /**
     * Prepares a backtest of one strategy across every series (a {@link PortfolioStrategy}), with id {@code strategyName}.
     *
     * @throws IllegalArgumentException if there is no data or two series share an instrument
     */
    public static Backtest ofPortfolio(BacktestConfig config, List<BarSeries> data, String strategyName,
                                       PortfolioStrategy<?> strategy, boolean recordEvents) {
        Backtest backtest = new Backtest(config, data, recordEvents);
        backtest.addPortfolioStrategy(strategyName, strategy);
        return backtest;
    }

    /**
     * Prepares a backtest without strategies, to which several are added ({@link #addStrategy},
     * {@link #addPortfolioStrategy}), all sharing one account; give each a budget with {@link Kernel#useBudget}.
     *
     * @throws IllegalArgumentException if there is no data or two series share an instrument
     */
    public static Backtest withoutStrategies(BacktestConfig config, List<BarSeries> data, boolean recordEvents) {
        return new Backtest(config, data, recordEvents);
    }

    /**
     * Adds a single-instrument strategy: one instance per series, with ids {@code name:SYMBOL}; call before
     * {@link #run()}.
     *
     * @param strategyFactory creates the strategy instance for one instrument
     * @return the instances' ids, in the order of the series
     * @throws IllegalArgumentException if an id is already used
     */
    public List<StrategyId> addStrategy(String name, Function<InstrumentId, Strategy<?>> strategyFactory) {
        List<StrategyId> ids = new ArrayList<>();
        for (BarSeries series : data) {
            StrategyId id = new StrategyId(name + ":" + series.instrument().symbol());
            kernel.addStrategy(id, series.instrument(), strategyFactory.apply(series.instrument()));
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /**
     * Adds a strategy across every series with id {@code name}; call before {@link #run()}.
     *
     * @throws IllegalArgumentException if the id is already used
     */
    public StrategyId addPortfolioStrategy(String name, PortfolioStrategy<?> strategy) {
        StrategyId id = new StrategyId(name);
        kernel.addPortfolioStrategy(id, strategy);
        return id;
    }

    private Backtest(BacktestConfig config, List<BarSeries> data, boolean recordEvents) {
        this.config = Objects.requireNonNull(config, "config");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one data series");
        }
        this.data = config.corporateActions() == CorporateActionMode.ADJUSTED ? withoutCorporateActions(data) : List.copyOf(data);
        InstrumentTable instruments = new InstrumentTable();
        for (BarSeries series : data) {
            instruments.add(config.instruments().apply(series.instrument()));
        }
        this.portfolio = new Portfolio(config.initialCash().currency(), config.initialCash().raw());
        HistoricalFeed feed = new HistoricalFeed(this.data, config.execution().calendar());
        long[] barNanos = new long[data.size()];
        for (int i = 0; i < barNanos.length; i++) {
            barNanos[i] = data.get(i).spec().duration().toNanos();
        }
        SimulatedVenue[] venue = new SimulatedVenue[1];
        this.kernel = new Kernel(clock, feed, instruments, portfolio,
                orders -> venue[0] = SimulatedVenue.builder(instruments, portfolio, orders).fillModel(config.fillModel())
                        .feeModel(config.feeModel()).allowShort(config.allowShort()).closeAtEnd(config.closeAtEnd())
                        .execution(config.execution()).barNanos(barNanos).account(config.account()).build(),
                config.sizing(), config.maxStrategyErrors(), config.execution().calendar());
        this.venue = venue[0];
        kernel.useAccount(config.account());
        if (config.execution().sizingPrice() == SizingPrice.SIGNAL_CLOSE) {
            kernel.sizeAtSignalClose(new AffordableQuantity(config.feeModel()));
        }
        if (!config.multiCurrency().isEmpty()) {
            kernel.useFxRates(MultiCurrencySetup.apply(config, this.data, instruments, portfolio));
        }
        Position[] positions = new Position[data.size()];
        for (int k = 0; k < positions.length; k++) {
            positions[k] = portfolio.position(instruments.get(k));
        }
        this.recorder = new BacktestRecorder(portfolio, positions, feed.countSteps(), recordEvents);
        kernel.addListener(recorder);
    }

    private static List<BarSeries> withoutCorporateActions(List<BarSeries> data) {
        List<BarSeries> out = new ArrayList<>(data.size());
        for (BarSeries series : data) {
            out.add(series.withoutCorporateActions());
        }
        return List.copyOf(out);
    }

    /**
     * Puts {@code check} after the basic pre-trade rules ({@link BasicPreTradeCheck} for the configured account), so
     * that every order crosses both; call before {@link #run()}.
     */
    public Backtest addPreTradeCheck(PreTradeCheck check) {
        kernel.usePreTradeCheck(new BasicPreTradeCheck(config.account(), false).then(check));
        return this;
    }

    /**
     * Replaces the whole pre-trade stage, the basic rules included (e.g. {@link PreTradeCheck#ACCEPT_ALL} to see what
     * the venue alone refuses); call before {@link #run()}.
     */
    public Backtest replacePreTradeCheck(PreTradeCheck check) {
        kernel.usePreTradeCheck(check);
        return this;
    }

    /** Journals every order event, order state change, account event and command; call before {@link #run()}. */
    public Backtest journal(Journal journal) {
        kernel.useJournal(journal);
        return this;
    }

    /**
     * Applies an operator command at {@code atNanos} (before the first data step at or after it), e.g. a cash
     * deposit or a strategy halt; call before {@link #run()}.
     */
    public Backtest command(long atNanos, Command command) {
        kernel.scheduleCommand(atNanos, command);
        return this;
    }

    /**
     * Trades from {@code stepNanos} on: the steps before it warm the strategies up without orders
     * ({@link Kernel#tradeFrom}); cut the result with {@link BacktestResult#since}.
     */
    public Backtest tradeFrom(long stepNanos) {
        kernel.tradeFrom(stepNanos);
        return this;
    }

    /** The kernel (e.g. to replay this run's journal into the kernel of a second, fresh backtest). */
    public Kernel kernel() {
        return kernel;
    }

    /** Adds an observer (e.g. a progress bar); call before {@link #run()}. */
    public Backtest listen(KernelListener listener) {
        kernel.addListener(listener);
        return this;
    }

    /**
     * Runs the backtest.
     *
     * @throws IllegalStateException       if it already ran
     * @throws FixedPointOverflowException if an amount leaves the fixed-point range; the message names the step's time,
     *                                     the computation and its operands
     */
    public BacktestResult run() {
        return runWith(kernel::run);
    }

    /**
     * Runs the same session through the kernel's live event loop ({@link Kernel#runLive}) instead of polling the data:
     * paper trading on recorded data, where another thread replays the bars onto {@code inbound}
     * ({@link wave.engine.kernel.inbound.InboundEvent.BarReplayed}, so that the simulated clock reads each bar's
     * availability time as in {@link #run()}) along with commands and signals, until a shutdown command or
     * {@link Kernel#requestStop()}. The result covers what this loop handled.
     *
     * @throws IllegalStateException       if it already ran
     * @throws FixedPointOverflowException as {@link #run()}
     */
    public BacktestResult runLive(InboundQueue inbound) {
        return runWith(() -> kernel.runLive(inbound));
    }

    private BacktestResult runWith(Runnable loop) {
        if (ran) {
            throw new IllegalStateException("a backtest runs once; build a new one");
        }
        ran = true;
        try {
            loop.run();
        } catch (FixedPointOverflowException e) {
            long now = clock.eventNanos(); // the step's label: the time axis of the run's records
            throw new FixedPointOverflowException("at " + Instant.ofEpochSecond(Math.floorDiv(now, 1_000_000_000L),
                    Math.floorMod(now, 1_000_000_000L)) + ": " + e.getMessage(), e);
        }
        List<InstrumentId> ids = new ArrayList<>();
        for (BarSeries series : data) {
            ids.add(series.instrument());
        }
        BarSpec spec = data.get(0).spec();
        // The run is over: the long lists (fills, trades, tickets, events) are handed out as read-only views rather
        // than copied, which would allocate in proportion to the orders; nothing adds to them any more.
        return new BacktestResult(List.copyOf(ids), spec, portfolio.baseCurrency(), config.initialCash().raw(),
                recorder.stepNanos(), recorder.equityRaw(), recorder.cashRaw(), recorder.stepsInMarket(),
                recorder.tradedNotional(), Collections.unmodifiableList(recorder.fills()), portfolio.closedTrades(),
                kernel.orders().tickets(), Collections.unmodifiableList(recorder.events()), List.copyOf(recorder.failures()),
                List.copyOf(recorder.halted()), portfolio, List.copyOf(recorder.marginCalls()),
                List.copyOf(recorder.notes()), venue.slippageBeyondBarRaw(), List.copyOf(recorder.corporateActions()),
                recorder.holdings());
    }
}
