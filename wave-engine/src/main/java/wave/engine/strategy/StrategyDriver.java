package wave.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.StrategyId;
import wave.domain.signal.Signal;
import wave.engine.clock.TimerCallback;
import wave.indicators.BarIndicator;
import wave.indicators.Crossover;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;

/**
 * The kernel's side of a strategy: feeds its indicators (only the close to those that read nothing else, in
 * registration order within each group), holds back {@code onBar} until they are warmed up,
 * catches what its callbacks throw and halts it after {@code maxErrors} failures. Allocation-free per bar.
 */
public final class StrategyDriver {
    private final Strategy<?> strategy;
    private final StrategyId id;
    private final BarIndicator[] indicators;
    private final ValueIndicator[] closeIndicators;
    private final BarIndicator[] barIndicators;
    private final Crossover[] crossovers;
    private final DoubleSupplier[] crossA;
    private final DoubleSupplier[] crossB;
    private boolean ready;
    private final StrategyGuard guard;
    private final boolean readsOrderEvents;

    /**
     * Binds a strategy to its instrument and the kernel.
     *
     * @param maxErrors number of exceptions after which the strategy is halted
     */
    public StrategyDriver(Strategy<?> strategy, StrategyId id, InstrumentId instrument, StrategyContext context,
                          StrategyErrorListener errors, int maxErrors) {
        this.guard = new StrategyGuard(id, errors, maxErrors);
        this.strategy = strategy;
        this.id = id;
        this.readsOrderEvents = strategy.overridesOnOrderEvent();
        strategy.bind(id, instrument, context);
        this.indicators = strategy.registeredIndicators().toArray(BarIndicator[]::new);
        List<ValueIndicator> close = new ArrayList<>();
        List<BarIndicator> other = new ArrayList<>();
        for (BarIndicator indicator : indicators) {
            if (indicator instanceof ValueIndicator value && value.field() == PriceField.CLOSE) {
                close.add(value);
            } else {
                other.add(indicator);
            }
        }
        this.closeIndicators = close.toArray(ValueIndicator[]::new);
        this.barIndicators = other.toArray(BarIndicator[]::new);
        List<Strategy.CrossoverBinding> bindings = strategy.registeredCrossovers();
        this.crossovers = new Crossover[bindings.size()];
        this.crossA = new DoubleSupplier[bindings.size()];
        this.crossB = new DoubleSupplier[bindings.size()];
        for (int i = 0; i < bindings.size(); i++) {
            crossovers[i] = bindings.get(i).crossover();
            crossA[i] = bindings.get(i).a();
            crossB[i] = bindings.get(i).b();
        }
    }

    /** The strategy's id. */
    public StrategyId id() {
        return id;
    }

    /**
     * Whether the strategy reads every order event (its class overrides {@code onOrderEvent}); else it is called for
     * fills ({@code onFill}) and the events that end an order, and {@code OrderSubmitted} and {@code OrderAccepted} need
     * not be built for it.
     */
    public boolean readsOrderEvents() {
        return readsOrderEvents;
    }

    /** The strategy driven. */
    public Strategy<?> strategy() {
        return strategy;
    }

    /** True once halted after repeated failures. */
    public boolean isHalted() {
        return guard.isHalted();
    }

    /** Number of exceptions caught so far. */
    public int errorCount() {
        return guard.errorCount();
    }

    /** Bars of history that warm the strategy up after a restart ({@link Strategy#warmupBars()}). */
    public int warmupBars() {
        return strategy.warmupBars();
    }

    /** The strategy's state to keep across a restart ({@code onSave}), or null when it threw (reported as an error). */
    public Map<String, String> save(long tsNanos) {
        try {
            return strategy.save();
        } catch (RuntimeException e) {
            fail("onSave", tsNanos, e);
            return null;
        }
    }

    /** Restores the strategy's saved state ({@code onLoad}). */
    public void load(Map<String, String> state, long tsNanos) {
        try {
            strategy.load(state);
        } catch (RuntimeException e) {
            fail("onLoad", tsNanos, e);
        }
    }

    /** Calls {@code onStart}. */
    public void start(long tsNanos) {
        try {
            strategy.start();
        } catch (RuntimeException e) {
            fail("onStart", tsNanos, e);
        }
    }

    /** Feeds a completed bar: indicators, crossovers, then {@code onBar} once warmed up. */
    public void onBar(Bar bar) {
        if (guard.isHalted()) {
            return;
        }
        if (closeIndicators.length > 0) {
            double close = bar.close();
            for (ValueIndicator indicator : closeIndicators) {
                indicator.update(close);
            }
        }
        if (barIndicators.length > 0) {
            double open = bar.open();
            double high = bar.high();
            double low = bar.low();
            double close = bar.close();
            double volume = bar.volume();
            for (BarIndicator indicator : barIndicators) {
                indicator.update(open, high, low, close, volume);
            }
        }
        for (int i = 0; i < crossovers.length; i++) {
            crossovers[i].update(crossA[i].getAsDouble(), crossB[i].getAsDouble());
        }
        if (!ready) {
            if (!allReady()) {
                return;
            }
            ready = true;
            strategy.warmedUp();
        }
        try {
            strategy.bar(bar);
        } catch (RuntimeException e) {
            fail("onBar", bar.tsNanos(), e);
        }
    }

    /** Delivers an event of one of the strategy's orders ({@code onOrderEvent}, then {@code onFill} for fills). */
    public void onOrderEvent(OrderEvent event) {
        if (guard.isHalted()) {
            return;
        }
        try {
            strategy.orderEvent(event);
            if (event instanceof OrderFilled fill) {
                strategy.fill(fill);
            }
        } catch (RuntimeException e) {
            fail(event instanceof OrderFilled ? "onFill" : "onOrderEvent", event.tsNanos(), e);
        }
    }

    /** Delivers a signal ({@code onSignal}). */
    public void onSignal(Signal signal) {
        if (guard.isHalted()) {
            return;
        }
        try {
            strategy.signal(signal);
        } catch (RuntimeException e) {
            fail("onSignal", signal.asOfNanos(), e);
        }
    }

    /** Sets a parameter ({@code onParameter}); a refusal counts as an error of the strategy. */
    public void onParameter(String name, String value, long tsNanos) {
        if (guard.isHalted()) {
            return;
        }
        try {
            strategy.parameter(name, value);
        } catch (RuntimeException e) {
            fail("onParameter", tsNanos, e);
        }
    }

    /** Runs one of the strategy's timer callbacks (skipped once halted). */
    public void onTimer(TimerCallback callback, long scheduledNanos) {
        if (guard.isHalted()) {
            return;
        }
        try {
            callback.onTimer(scheduledNanos);
        } catch (RuntimeException e) {
            fail("onTimer", scheduledNanos, e);
        }
    }

    /** Halts the strategy by command: no more callbacks; the kernel cancels its orders. */
    public void halt(long tsNanos) {
        guard.halt(tsNanos);
    }

    /** Calls {@code onStop}. */
    public void stop(long tsNanos) {
        if (guard.isHalted()) {
            return;
        }
        try {
            strategy.stop();
        } catch (RuntimeException e) {
            fail("onStop", tsNanos, e);
        }
    }

    private boolean allReady() {
        for (BarIndicator indicator : indicators) {
            if (!indicator.isReady()) {
                return false;
            }
        }
        return true;
    }

    private void fail(String callback, long tsNanos, RuntimeException e) {
        guard.fail(callback, tsNanos, e);
    }
}
