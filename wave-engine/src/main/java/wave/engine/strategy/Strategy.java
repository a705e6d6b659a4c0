package wave.engine.strategy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;
import wave.domain.portfolio.PositionView;
import wave.domain.signal.Signal;
import wave.engine.algo.ChildOrderRouter;
import wave.engine.algo.ChildSchedule;
import wave.engine.algo.ParentOrder;
import wave.engine.clock.Timer;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.indicators.BarIndicator;
import wave.indicators.Crossover;

/**
 * Base class of every strategy. A strategy trades one instrument (the backtest runs one instance per
 * instrument, all sharing one account); the same code runs in backtest, paper and live trading.
 *
 * <ul>
 *   <li>Parameters are a record {@code P}; annotate its components with {@link Range}, {@link Default} and
 *       {@link Describe}. Validate cross-field rules in the record's compact constructor.</li>
 *   <li>Register indicators with {@link #indicator} in the constructor: the framework feeds each bar to them
 *       before {@link #onBar} and calls {@code onBar} only once every registered indicator is ready.</li>
 *   <li>Orders placed while handling bar t reach the simulated venue at bar t+1 (market orders fill at its
 *       open; a backtest may add latency). Helpers return an {@link OrderTicket}; fills arrive through
 *       {@link #onFill}. Market, limit, stop, stop-limit, trailing-stop, market-on-open and market-on-close orders
 *       have helpers; any type with any time in force (GTC, DAY, IOC, FOK, GTD) goes through
 *       {@link #submit(OrderRequest)}. Working orders can be canceled, modified, linked one-cancels-other, and
 *       entries placed as brackets with a stop-loss and a take-profit.</li>
 *   <li>Time comes only from {@link #nowNanos()}; strategies must not read the wall clock (enforced by a test).</li>
 *   <li>An exception thrown from a callback is caught and reported; after repeated failures the strategy is
 *       halted and its open orders canceled, and the kernel keeps running.</li>
 * </ul>
 *
 * @param <P> the parameter record type
 */
public abstract non-sealed class Strategy<P extends Record> extends StrategyBase<P> {
    private final List<BarIndicator> indicators = new ArrayList<>();
    private final List<CrossoverBinding> crossovers = new ArrayList<>();
    private InstrumentId instrument;
    private PositionView position;
    private boolean warmedUp;

    /** A strategy with validated parameters. */
    protected Strategy(P params) {
        super(params);
    }

    /** The instrument traded (available once the kernel has bound it). */
    public final InstrumentId instrument() {
        return instrument;
    }

    // ---- callbacks -------------------------------------------------------------------------------------

    /** Called once before the first bar. */
    protected void onStart() {
    }

    /**
     * Called for each completed bar of the instrument once every registered indicator is ready. The bar may be
     * a reusable view valid during the call only: keep {@link Bar#snapshot()} if needed.
     */
    protected void onBar(Bar bar) {
    }

    /** Called after each fill of one of this strategy's orders has been booked. */
    protected void onFill(OrderFilled fill) {
    }

    /** Called for every event of this strategy's orders (including fills). */
    protected void onOrderEvent(OrderEvent event) {
    }

    /** Called once after the last bar. */
    protected void onStop() {
    }

    /**
     * Called for each signal about this strategy's instrument (from a model, the LLM analyst or a person). A signal is
     * advice: whatever the strategy orders in response crosses the pre-trade check like any other order.
     */
    protected void onSignal(Signal signal) {
    }

    /**
     * Called when a {@code SetParameter} command names this strategy. By default parameters cannot change while
     * running: the command is refused with an error naming the parameter.
     */
    protected void onParameter(String name, String value) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not change parameter '" + name
                + "' while running");
    }

    /**
     * The strategy's own state to keep across a restart (counters, flags, a last signal), as text values: the kernel
     * journals it when it stops (and on a {@code SaveState} command), and hands it back to {@link #onLoad} when a
     * session is resumed from its journal. Indicators need not be saved: they are warmed up again from history
     * ({@link #warmupBars()} bars). By default nothing is saved.
     */
    protected Map<String, String> onSave() {
        return Map.of();
    }

    /** Restores what {@link #onSave} returned before a restart (called before any bar of the resumed session). */
    protected void onLoad(Map<String, String> state) {
    }

    /**
     * How many bars of history warm this strategy up deterministically after a restart: by default the longest
     * warm-up of its registered indicators; override when its decisions depend on a longer past.
     */
    public int warmupBars() {
        int longest = 0;
        for (BarIndicator indicator : indicators) {
            longest = Math.max(longest, indicator.warmupPeriod());
        }
        return longest;
    }

    // ---- registration ----------------------------------------------------------------------------------

    /** Registers an indicator to be fed every bar by the framework; returns it for use in {@link #onBar}. */
    protected final <I extends BarIndicator> I indicator(I indicator) {
        requireUnbound("indicator");
        indicators.add(Objects.requireNonNull(indicator, "indicator"));
        return indicator;
    }

    /**
     * Registers a crossover of two values (typically indicator values, e.g. {@code crossover(fast::value, slow::value)}),
     * updated every bar after the indicators. See {@link Crossover} for the exact semantics.
     */
    protected final Crossover crossover(DoubleSupplier a, DoubleSupplier b) {
        requireUnbound("crossover");
        Crossover crossover = new Crossover();
        crossovers.add(new CrossoverBinding(crossover, a, b));
        return crossover;
    }

    // ---- queries ---------------------------------------------------------------------------------------

    /** The position in this strategy's instrument (a read-only view, always current). */
    protected final PositionView position() {
        return position;
    }

    /** True when no quantity is held. */
    protected final boolean isFlat() {
        return position().quantityRaw() == 0;
    }

    /** True when a positive quantity is held. */
    protected final boolean isLong() {
        return position().quantityRaw() > 0;
    }

    /** True when a negative quantity is held. */
    protected final boolean isShort() {
        return position().quantityRaw() < 0;
    }

    // ---- orders ----------------------------------------------------------------------------------------

    /** Market buy sized by the run's default sizing ({@code --sizing}). */
    protected final OrderTicket buy() {
        return buy(context().defaultSizing());
    }

    /** Market buy with explicit sizing. */
    protected final OrderTicket buy(Sizing sizing) {
        return place(OrderSide.BUY, OrderType.MARKET, sizing, 0, 0);
    }

    /** Market buy of a quantity. */
    protected final OrderTicket buy(Quantity quantity) {
        return placeQuantity(OrderSide.BUY, OrderType.MARKET, quantity.raw(), 0, 0);
    }

    /** Market buy of all available cash at the fill price, fees included. */
    protected final OrderTicket buyAllIn() {
        return buy(new Sizing.AllIn());
    }

    /** Market sell of a quantity (opens a short only where the account allows it). */
    protected final OrderTicket sell(Quantity quantity) {
        return placeQuantity(OrderSide.SELL, OrderType.MARKET, quantity.raw(), 0, 0);
    }

    /** Market short sale sized by the run's default sizing. */
    protected final OrderTicket sellShort() {
        return sellShort(context().defaultSizing());
    }

    /** Market short sale with explicit sizing (all-in and percent size the short's notional from cash, as a buy). */
    protected final OrderTicket sellShort(Sizing sizing) {
        return place(OrderSide.SELL, OrderType.MARKET, sizing, 0, 0);
    }

    /** Limit order: fills at {@code limit} or better. */
    protected final OrderTicket limit(OrderSide side, Quantity quantity, Price limit) {
        return placeQuantity(side, OrderType.LIMIT, quantity.raw(), limit.raw(), 0);
    }

    /** Stop order: becomes a market order once {@code stop} trades. */
    protected final OrderTicket stop(OrderSide side, Quantity quantity, Price stop) {
        return placeQuantity(side, OrderType.STOP, quantity.raw(), 0, stop.raw());
    }

    /** Stop-limit order: becomes a limit order at {@code limit} once {@code stop} trades. */
    protected final OrderTicket stopLimit(OrderSide side, Quantity quantity, Price stop, Price limit) {
        return placeQuantity(side, OrderType.STOP_LIMIT, quantity.raw(), limit.raw(), stop.raw());
    }

    /** Trailing stop at {@code offset} (an amount or a percentage) from the best price since it reached the venue. */
    protected final OrderTicket trailingStop(OrderSide side, Quantity quantity, TrailingOffset offset) {
        return submit(OrderRequest.trailingStop(side, quantity, offset));
    }

    /** Market-on-open order: fills at the open of the bar on which it reaches the venue; the rest is canceled. */
    protected final OrderTicket marketOnOpen(OrderSide side, Quantity quantity) {
        return submit(OrderRequest.marketOnOpen(side, quantity));
    }

    /** Market-on-close order: fills at the close of the bar on which it reaches the venue; the rest is canceled. */
    protected final OrderTicket marketOnClose(OrderSide side, Quantity quantity) {
        return submit(OrderRequest.marketOnClose(side, quantity));
    }

    /**
     * Places any order, e.g. {@code submit(OrderRequest.limit(BUY, quantity, price).withTimeInForce(TimeInForce.DAY))}
     * or {@code submit(OrderRequest.stop(SELL, quantity, stop).goodTill(expiryNanos))}.
     */
    protected final OrderTicket submit(OrderRequest request) {
        requireWarmedUp();
        return context().submit(id(), instrument, request);
    }

    /**
     * Places a bracket: an entry (a market order, or a limit order at {@code entryLimitOrNull}), then, once it fills,
     * a stop-loss and a take-profit on the other side for the filled quantity, linked one-cancels-other.
     *
     * @throws IllegalArgumentException unless the stop-loss and the take-profit are on either side of the entry
     */
    protected final BracketTicket bracket(OrderSide side, Quantity quantity, Price entryLimitOrNull, Price stopLoss,
                                          Price takeProfit) {
        OrderRequest entry = entryLimitOrNull == null ? OrderRequest.market(side, quantity)
                : OrderRequest.limit(side, quantity, entryLimitOrNull);
        return bracket(entry, stopLoss, takeProfit);
    }

    /** Places a bracket around any entry order (e.g. a DAY limit order); see {@link BracketTicket}. */
    protected final BracketTicket bracket(OrderRequest entry, Price stopLoss, Price takeProfit) {
        requireWarmedUp();
        return context().bracket(id(), instrument, entry, stopLoss.raw(), takeProfit.raw());
    }

    /**
     * Links working, unfilled orders one-cancels-other: when one fills (entirely or in part), the others are canceled
     * with the reason {@code OCO: <id> filled}.
     */
    protected final void oco(OrderTicket... tickets) {
        context().oco(List.of(tickets));
    }

    /**
     * Modifies a working order in place (same id, an {@code OrderUpdated} event); a null argument keeps the current
     * value. The new terms apply from the next bar; the quantity is the new total, fills included.
     */
    protected final void modify(OrderTicket ticket, Quantity newQuantity, Price newLimit, Price newStop) {
        context().modify(ticket, newQuantity == null ? ticket.quantityRaw() : newQuantity.raw(),
                newLimit == null ? ticket.limitPriceRaw() : newLimit.raw(),
                newStop == null ? ticket.stopPriceRaw() : newStop.raw());
    }

    /** Market order that flattens the position; null when already flat. */
    protected final OrderTicket closePosition() {
        long held = position().quantityRaw();
        if (held == 0) {
            return null;
        }
        return placeQuantity(held > 0 ? OrderSide.SELL : OrderSide.BUY, OrderType.MARKET, Math.abs(held), 0, 0);
    }

    /** Requests the cancellation of a working order. */
    protected final void cancel(OrderTicket ticket) {
        context().cancel(ticket);
    }

    /**
     * Works a parent order on this instrument by a child schedule (e.g. {@code Twap.schedule}, {@code Vwap.schedule}):
     * each child is a market order sent at its time by a timer on the kernel's clock, through this strategy's order
     * path (pre-trade check, risk engine, venue), and its fills reach {@link #onFill} as any other. Cancel the parent
     * to stop the rest (docs/execution-algorithms.md).
     */
    protected final ParentOrder execute(OrderSide side, ChildSchedule schedule) {
        requireWarmedUp();
        StrategyContext context = context();
        return ParentOrder.start(side, schedule, new ChildOrderRouter() {
            @Override
            public OrderTicket submit(OrderRequest request) {
                return context.submit(id(), instrument, request);
            }

            @Override
            public void cancel(OrderTicket ticket) {
                context.cancel(ticket);
            }

            @Override
            public Timer scheduleAt(long atNanos, Runnable action) {
                return context.schedule(id(), atNanos, 0, due -> action.run());
            }
        });
    }

    private OrderTicket place(OrderSide side, OrderType type, Sizing sizing, long limitRaw, long stopRaw) {
        requireWarmedUp();
        return context().submit(id(), instrument, side, type, sizing, limitRaw, stopRaw, TimeInForce.GTC);
    }

    /** Places an order of a fixed quantity (raw), which the kernel carries without a {@link Sizing.Fixed}. */
    private OrderTicket placeQuantity(OrderSide side, OrderType type, long quantityRaw, long limitRaw, long stopRaw) {
        requireWarmedUp();
        return context().submitQuantity(id(), instrument, side, type, quantityRaw, limitRaw, stopRaw, TimeInForce.GTC);
    }

    /** Orders need warmed-up indicators: none may be placed before the first {@code onBar} (e.g. from onStart). */
    private void requireWarmedUp() {
        if (!warmedUp) {
            throw new IllegalStateException(id() + ": no order before the registered indicators are warmed up "
                    + "(orders may be placed from the first onBar on)");
        }
    }

    final void warmedUp() {
        warmedUp = true;
    }

    // ---- framework hooks (used by StrategyDriver) --------------------------------------------------------

    final void bind(StrategyId id, InstrumentId instrument, StrategyContext context) {
        bindBase(id, context);
        this.instrument = instrument;
        this.position = context.position(instrument);
    }

    final List<BarIndicator> registeredIndicators() {
        return indicators;
    }

    final List<CrossoverBinding> registeredCrossovers() {
        return crossovers;
    }

    final void start() {
        // A strategy with a budget in a shared account sees the position of its own book (given after it was bound).
        position = context().holdingsOf(id()).position(instrument);
        onStart();
    }

    final void bar(Bar bar) {
        onBar(bar);
    }

    final void fill(OrderFilled fill) {
        onFill(fill);
    }

    final void orderEvent(OrderEvent event) {
        onOrderEvent(event);
    }

    /** True when this strategy's class (or a superclass below this one) overrides {@link #onOrderEvent}. */
    final boolean overridesOnOrderEvent() {
        for (Class<?> type = getClass(); type != Strategy.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals("onOrderEvent") && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == OrderEvent.class) {
                    return true;
                }
            }
        }
        return false;
    }

    final void stop() {
        onStop();
    }

    final Map<String, String> save() {
        return Map.copyOf(onSave());
    }

    final void load(Map<String, String> state) {
        onLoad(state);
    }

    final void signal(Signal signal) {
        onSignal(signal);
    }

    final void parameter(String name, String value) {
        onParameter(name, value);
    }

    private void requireUnbound(String what) {
        if (isBound()) {
            throw new IllegalStateException("register every " + what + " in the constructor, before the strategy runs");
        }
    }

    /** A crossover and the two values it compares. */
    record CrossoverBinding(Crossover crossover, DoubleSupplier a, DoubleSupplier b) {
    }
}
