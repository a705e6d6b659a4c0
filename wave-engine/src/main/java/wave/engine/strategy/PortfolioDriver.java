package wave.engine.strategy;

import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.OrderEvent;
import wave.domain.order.StrategyId;
import wave.engine.clock.TimerCallback;

/**
 * The kernel's side of a {@link PortfolioStrategy}: calls it, catches what its callbacks throw and halts it after
 * {@code maxErrors} failures, like {@link StrategyDriver} does for single-instrument strategies.
 */
public final class PortfolioDriver {
    private final PortfolioStrategy<?> strategy;
    private final StrategyId id;
    private final StrategyErrorListener errors;
    private final int maxErrors;
    private boolean halted;
    private int errorCount;

    /** Binds a strategy to its universe and the kernel. */
    public PortfolioDriver(PortfolioStrategy<?> strategy, StrategyId id, List<InstrumentId> universe, StrategyContext context,
                           StrategyErrorListener errors, int maxErrors) {
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be >= 1, got " + maxErrors);
        }
        this.strategy = strategy;
        this.id = id;
        this.errors = errors;
        this.maxErrors = maxErrors;
        strategy.bind(id, universe, context);
    }

    /** The strategy's id. */
    public StrategyId id() {
        return id;
    }

    /** True once halted. */
    public boolean isHalted() {
        return halted;
    }

    /** Calls {@code onStart}. */
    public void start(long tsNanos) {
        try {
            strategy.start();
        } catch (RuntimeException e) {
            fail("onStart", tsNanos, e);
        }
    }

    /** Calls {@code onStep} with the step's bars. */
    public void onStep(Slice slice) {
        if (halted) {
            return;
        }
        try {
            strategy.feed(slice);
            strategy.step(slice);
        } catch (RuntimeException e) {
            fail("onStep", slice.nowNanos(), e);
        }
    }

    /** Runs one of the strategy's timer callbacks (skipped once halted). */
    public void onTimer(TimerCallback callback, long scheduledNanos) {
        if (halted) {
            return;
        }
        try {
            callback.onTimer(scheduledNanos);
        } catch (RuntimeException e) {
            fail("onTimer", scheduledNanos, e);
        }
    }

    /** Delivers an event of one of the strategy's orders. */
    public void onOrderEvent(OrderEvent event) {
        if (halted) {
            return;
        }
        try {
            strategy.orderEvent(event);
        } catch (RuntimeException e) {
            fail("onOrderEvent", event.tsNanos(), e);
        }
    }

    /** Calls {@code onStop}. */
    public void stop(long tsNanos) {
        if (halted) {
            return;
        }
        try {
            strategy.stop();
        } catch (RuntimeException e) {
            fail("onStop", tsNanos, e);
        }
    }

    private void fail(String callback, long tsNanos, RuntimeException e) {
        errorCount++;
        errors.onStrategyError(id, callback, tsNanos, e);
        if (errorCount >= maxErrors && !halted) {
            halted = true;
            errors.onStrategyHalted(id, tsNanos);
        }
    }
}
