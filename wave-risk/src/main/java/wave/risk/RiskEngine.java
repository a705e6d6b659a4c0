package wave.risk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import wave.domain.calendar.TradingCalendar;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;
import wave.domain.signal.Signal;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.KernelListener;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * The risk engine: the pre-trade rules composed into one {@link PreTradeCheck} (chain it after the basic checks), and
 * the trading state with its circuit breakers, as a {@link KernelListener} of the same kernel.
 *
 * <p>Orders over a venue's rate are refused, or held by the engine's venue queue and released at their slot
 * ({@code venue_rate_mode}; it installs the queue through {@link RiskActions#useOrderGate}).
 *
 * <p>Rules, in order: eligibility (restricted list, trading hours, signal confidence), flood limits (per venue too), loss limits,
 * order size, price band, position and concentration, exposure and leverage, correlation and VaR. The kernel's own liquidations (margin
 * call, end of data) and the engine's reductions pass without the rules. Every order that passes is counted for the
 * flood limits.
 *
 * <p>The trading state follows the kernel's commands, so that a breaker, a component and a user act the same way and
 * every change is journaled: {@code HaltTrading} halts, {@code ResumeTrading} (the explicit reset, with who and why)
 * leaves HALTED, {@code ReduceOnly} for the whole kernel moves between ACTIVE and REDUCING. Breakers are checked after
 * every step; one that trips issues those commands with {@code who = breaker:NAME}, then its action; one with an
 * automatic resume schedules the reverse command at the start of the next day or week (any other state command
 * before then withdraws it).
 */
public final class RiskEngine implements PreTradeCheck, KernelListener {
    private final RiskConfig config;
    private final PortfolioView portfolio;
    private final RiskBook book;
    private final OrderImpact impact;
    private final PreTradeCheck[] rules;
    private final List<RiskListener> listeners = new ArrayList<>();
    private final List<TradingStateChanged> transitions = new ArrayList<>();
    private final RiskActions actions;
    private final BookFigures figures;
    private final VenueThrottle venues;
    private final VenueQueue venueQueue;
    private Runnable pendingStaleCheck;
    private BookRiskFigures latestFigures;
    private final Map<Command, String[]> labels = new IdentityHashMap<>();
    private Runnable pendingResume;
    private Command pendingResumeCommand;
    private boolean halted;
    private boolean reducing;
    private TradingState state = TradingState.ACTIVE;
    private boolean drawdownWarned;
    private int closedTradesSeen;
    private final MarketBreakers market;
    private final MarketChecks checks;
    private final Map<String, long[]> venueRejections = new HashMap<>();

    /**
     * An engine for one account.
     *
     * @param portfolio the account (read only), for the breakers' equity
     * @param calendar  the market's calendar: trading hours, and the zone of trading days
     * @param sectors   the instruments' sectors (or {@link SectorMap#NONE})
     * @param volume    the instruments' average daily volume (or {@link AverageVolume#NONE})
     * @param actions   how the engine acts on the kernel (commands, reductions)
     */
    public RiskEngine(RiskConfig config, PortfolioView portfolio, TradingCalendar calendar, SectorMap sectors,
                      AverageVolume volume, RiskActions actions) {
        this(config, portfolio, calendar, sectors, volume, ReturnHistory.NONE, actions);
    }

    /**
     * An engine for one account, with the instruments' returns for the correlation and VaR limits and the book's
     * risk figures.
     *
     * @param returns the instruments' recent returns (or {@link ReturnHistory#NONE})
     */
    public RiskEngine(RiskConfig config, PortfolioView portfolio, TradingCalendar calendar, SectorMap sectors,
                      AverageVolume volume, ReturnHistory returns, RiskActions actions) {
        this.config = Objects.requireNonNull(config, "config");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(returns, "returns");
        this.market = config.market();
        this.checks = new MarketChecks(market, portfolio, calendar, returns);
        RiskLimits limits = config.limits();
        this.book = new RiskBook(calendar, limits.maxOrdersPerMinute());
        this.impact = new OrderImpact(sectors);
        List<PreTradeCheck> list = new ArrayList<>();
        list.add(new EligibilityRules(limits, impact, book, calendar));
        list.add(new RateRules(limits, book));
        VenueRate venueRate = config.venueRate();
        this.venues = venueRate.ordersPerSecond() > 0 ? new VenueThrottle(venueRate.ordersPerSecond()) : null;
        this.venueQueue = venueRate.holds() ? new VenueQueue(venueRate, venues, actions) : null;
        if (venues != null) {
            list.add(new VenueRateRule(venueRate, venues, venueQueue));
        }
        list.add(new LossRules(limits, impact, book));
        list.add(new OrderSizeRules(limits, impact, volume));
        if (limits.priceBandPct() > 0) {
            list.add(new PriceBandRule(limits.priceBandPct()));
        }
        list.add(new PositionRules(limits, impact));
        list.add(new ExposureRules(limits, impact));
        BookLimits bookLimits = config.book();
        if (bookLimits.maxCorrelation() > 0 || bookLimits.maxVarPct() > 0) {
            list.add(new BookRules(bookLimits, impact, returns));
        }
        this.rules = list.toArray(PreTradeCheck[]::new);
        this.figures = new BookFigures(bookLimits, sectors, returns);
        if (venueQueue != null) {
            actions.useOrderGate(venueQueue);
        }
    }


    /** Adds a listener of state changes and warnings. */
    public RiskEngine addListener(RiskListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** The current trading state. */
    public TradingState state() {
        return state;
    }

    /** The book's risk figures at the end of the last step (null before the first step with a listener). */
    public BookRiskFigures figures() {
        return latestFigures;
    }

    /** Every state change so far, oldest first. */
    public List<TradingStateChanged> transitions() {
        return List.copyOf(transitions);
    }

    @Override
    public Denial check(PreTradeRequest request) {
        if (Kernel.isLiquidation(request.ticket().strategyId())) {
            return null;
        }
        book.advance(request.nowNanos(), request.portfolio().equityRaw());
        impact.compute(request);
        for (PreTradeCheck rule : rules) {
            Denial denial = rule.check(request);
            if (denial != null) {
                return denial;
            }
        }
        book.orderSent(request.nowNanos());
        if (venues != null) {
            venues.sent(request.ticket().instrument().venue(), request.nowNanos());
        }
        return null;
    }


    /**
     * Trips the breaker any component may trip: halts trading now (through the kernel's {@code HaltTrading}); only a
     * {@code ResumeTrading} command resumes.
     *
     * @param who    the component
     * @param reason why
     */
    public void trip(String who, String reason) {
        actions.apply(new Command.HaltTrading(who, reason));
    }

    @Override
    public void onCommand(Command command, long tsNanos) {
        if (command instanceof Command.CancelAll cancel && venueQueue != null) {
            venueQueue.withdrawAll("cancel all: " + cancel.reason());
        }
        boolean stateCommand = command instanceof Command.HaltTrading || command instanceof Command.ResumeTrading
                || command instanceof Command.ReduceOnly r && r.strategy() == null;
        if (!stateCommand) {
            return;
        }
        if (command == pendingResumeCommand) {
            pendingResume = null;
            pendingResumeCommand = null;
        } else if (pendingResume != null) {
            pendingResume.run(); // another decision overrides the breaker's automatic resume
            pendingResume = null;
            pendingResumeCommand = null;
        }
        String[] label = labels.remove(command);
        switch (command) {
            case Command.HaltTrading h -> {
                halted = true;
                changeState(tsNanos, h.who(), h.reason());
            }
            case Command.ResumeTrading r -> {
                halted = false;
                changeState(tsNanos, r.who(), r.reason());
            }
            case Command.ReduceOnly r -> {
                reducing = r.on();
                changeState(tsNanos, label != null ? label[0] : "reduce-only command",
                        label != null ? label[1] : r.on() ? "reduce-only on" : "reduce-only off");
            }
            default -> { }
        }
    }

    private void changeState(long tsNanos, String who, String reason) {
        TradingState next = halted ? TradingState.HALTED : reducing ? TradingState.REDUCING : TradingState.ACTIVE;
        if (next != state) {
            TradingStateChanged event = new TradingStateChanged(tsNanos, state, next, who, reason);
            state = next;
            transitions.add(event);
            for (RiskListener listener : listeners) {
                listener.onStateChanged(event);
            }
        }
    }

    /** The data ended: the orders the venue queue still holds are withdrawn (denied), as the venue's working orders end. */
    @Override
    public void onEnd(long tsNanos) {
        if (venueQueue != null) {
            venueQueue.withdrawAll("end of data");
        }
    }

    @Override
    public void onSignal(Signal signal) {
        book.signal(signal.instrument(), signal.confidence());
    }

    @Override
    public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
        if (event instanceof OrderFilled) {
            book.tradeBooked();
        } else if (event instanceof OrderRejected rejected && market.venueErrors().isOn()) {
            venueRejected(ticket.instrument().venue(), rejected.tsNanos());
        }
    }

    @Override
    public void onStep(long tsNanos) {
        long equity = portfolio.equityRaw();
        book.advance(tsNanos, equity);
        List<ClosedTrade> closed = portfolio.closedTrades();
        for (int i = closedTradesSeen; i < closed.size(); i++) {
            book.roundTripClosed(closed.get(i).netPnlRaw());
        }
        closedTradesSeen = closed.size();
        double drawdown = book.drawdownPct(equity);
        double warning = config.limits().drawdownWarningPct();
        if (warning > 0 && drawdown >= warning && !drawdownWarned) {
            for (RiskListener listener : listeners) {
                listener.onWarning(tsNanos, "risk.drawdown_warning_pct: drawdown is " + Denials.pct(drawdown)
                        + ", warning level " + Denials.limitPct(warning));
            }
        }
        drawdownWarned = warning > 0 && drawdown >= warning;
        checkBreaker("daily_loss", config.dailyLoss(), book.dailyLossPct(equity), "the day's loss is %.2f%%");
        checkBreaker("weekly_loss", config.weeklyLoss(), book.weeklyLossPct(equity), "the week's loss is %.2f%%");
        checkBreaker("drawdown", config.drawdown(), drawdown, "drawdown is %.2f%%");
        checkBreaker("loss_streak", config.lossStreak(), book.lossStreak(), "%.0f losing round trips in a row");
        if (canTrip(market.volatilitySpike())) {
            tripIf("volatility_spike", market.volatilitySpike(), checks.volatilitySpike(tsNanos));
        }
        if (canTrip(market.bookVolatilitySpike())) {
            tripIf("book_volatility_spike", market.bookVolatilitySpike(), checks.bookVolatilitySpike(tsNanos));
        }
        if (canTrip(market.staleData())) {
            tripIf("stale_data", market.staleData(), checks.staleData(tsNanos));
        }
        if (market.staleData().isOn()) {
            scheduleStaleCheck(tsNanos);
        }
        if (!listeners.isEmpty()) {
            latestFigures = figures.compute(portfolio, tsNanos);
            for (RiskListener listener : listeners) {
                listener.onFigures(latestFigures);
            }
        }
    }

    private void checkBreaker(String name, Breaker breaker, double value, String what) {
        if (!canTrip(breaker) || value < breaker.threshold()) {
            return;
        }
        breach(name, breaker, String.format(Locale.ROOT, what, value) + ", threshold " + Denials.plain(breaker.threshold()));
    }

    /** True when the breaker is on and the state lets it trip (none trips while halted, nor to REDUCING while reducing). */
    private boolean canTrip(Breaker breaker) {
        return breaker.isOn() && state != TradingState.HALTED
                && !(state == TradingState.REDUCING && breaker.trip() == TradingState.REDUCING);
    }

    /** Trips {@code breaker} with {@code reason}, when there is one. */
    private void tripIf(String name, Breaker breaker, String reason) {
        if (reason != null) {
            breach(name, breaker, reason);
        }
    }

    /**
     * Schedules the stale data check between bars, on the kernel's clock, for the first moment a held instrument's
     * latest bar would be older than {@code threshold} ({@link MarketChecks#nextStaleNanos}), so that a feed that goes
     * silent trips the breaker without waiting for the next bar. Replaces the check scheduled before.
     */
    private void scheduleStaleCheck(long nowNanos) {
        if (pendingStaleCheck != null) {
            pendingStaleCheck.run();
            pendingStaleCheck = null;
        }
        long due = canTrip(market.staleData()) ? checks.nextStaleNanos(nowNanos) : Long.MAX_VALUE;
        if (due != Long.MAX_VALUE) {
            pendingStaleCheck = actions.scheduleCallback(due, this::staleCheckDue);
        }
    }

    /** The stale data check between bars: judged only while the market is open (a feed is silent at night), then rescheduled. */
    private void staleCheckDue(long dueNanos) {
        pendingStaleCheck = null;
        if (checks.isOpen(dueNanos) && canTrip(market.staleData())) {
            book.advance(dueNanos, portfolio.equityRaw());
            tripIf("stale_data", market.staleData(), checks.staleData(dueNanos));
        }
        scheduleStaleCheck(dueNanos);
    }

    /**
     * The venue errors breaker: the times of each venue's last {@code threshold} rejections in a ring; the rejection
     * that makes {@code threshold} within {@code venue_errors_window} trips it.
     */
    private void venueRejected(String venue, long tsNanos) {
        Breaker breaker = market.venueErrors();
        int limit = (int) breaker.threshold();
        long[] ring = venueRejections.computeIfAbsent(venue, v -> {
            long[] times = new long[limit + 1]; // the last slot holds the index of the oldest time
            java.util.Arrays.fill(times, 0, limit, Long.MIN_VALUE);
            return times;
        });
        int next = (int) ring[limit];
        ring[next] = tsNanos;
        ring[limit] = (next + 1) % limit;
        long oldest = ring[(int) ring[limit]];
        long window = market.venueErrorsWindowNanos();
        if (oldest != Long.MIN_VALUE && tsNanos - oldest < window && canTrip(breaker)) {
            book.advance(tsNanos, portfolio.equityRaw());
            breach("venue_errors", breaker, limit + " orders rejected by " + venue + " within "
                    + Duration.ofNanos(tsNanos - oldest) + ", threshold " + limit + " within " + Duration.ofNanos(window));
        }
    }

    /** Trips {@code breaker}: the state command, its action, and its automatic resume if it has one. */
    private void breach(String name, Breaker breaker, String reason) {
        String who = "breaker:" + name;
        boolean halt = breaker.trip() == TradingState.HALTED;
        actions.apply(halt ? new Command.HaltTrading(who, reason) : labelled(new Command.ReduceOnly(null, true), who, reason));
        act(breaker, who + ": " + reason);
        if (breaker.resume() != Breaker.Resume.MANUAL) {
            boolean nextDay = breaker.resume() == Breaker.Resume.NEXT_DAY;
            String why = "resume = " + (nextDay ? "next-day: a new trading day began" : "next-week: a new week began");
            pendingResumeCommand = halt ? new Command.ResumeTrading(who, why)
                    : labelled(new Command.ReduceOnly(null, false), who, why);
            pendingResume = actions.schedule((nextDay ? book.dayEndNanos() : book.weekEndNanos()) + 1, pendingResumeCommand);
        }
    }

    /** A command whose state change is told with {@code who} and {@code reason} (reduce-only commands carry neither). */
    private Command labelled(Command command, String who, String reason) {
        labels.put(command, new String[] {who, reason});
        return command;
    }

    private void act(Breaker breaker, String reason) {
        if (breaker.action() == Breaker.Action.NONE) {
            return;
        }
        actions.apply(new Command.CancelAll(reason));
        if (breaker.action() == Breaker.Action.REDUCE) {
            actions.reducePositions(breaker.reduceFraction());
        } else if (breaker.action() == Breaker.Action.CLOSE_ALL) {
            actions.reducePositions(1);
        }
    }



}
