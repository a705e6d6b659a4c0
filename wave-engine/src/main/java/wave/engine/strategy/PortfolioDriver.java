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
    private final StrategyGuard guard;

    /** Binds a strategy to its universe and the kernel. */
    public PortfolioDriver(PortfolioStrategy<?> strategy, StrategyId id, List<InstrumentId> universe, StrategyContext context,
                           StrategyErrorListener errors, int maxErrors) {
        this.guard = new StrategyGuard(id, errors, maxErrors);
        this.strategy = strategy;
        this.id = id;
        strategy.bind(id, universe, context);
    }

    /** The strategy's id. */
    public StrategyId id() {
        return id;
    }

    /** True once halted. */
    public boolean isHalted() {
        return guard.isHalted();
    }

    /** Calls {@code onStart}. */
    public void start(long tsNanos) {
        guard.run("onStart", tsNanos, strategy::start);
    }

    /** Feeds the step's bars to the strategy's indicators and histories, then calls {@code onStep}. */
    public void onStep(Slice slice) {
        if (guard.isHalted()) {
            return;
        }
        try {
            strategy.feed(slice);
            strategy.step(slice);
        } catch (RuntimeException e) {
            guard.fail("onStep", slice.nowNanos(), e);
        }
    }

    /** Runs one of the strategy's timer callbacks (skipped once halted). */
    public void onTimer(TimerCallback callback, long scheduledNanos) {
        guard.run("onTimer", scheduledNanos, () -> callback.onTimer(scheduledNanos));
    }

    /** Delivers an event of one of the strategy's orders. */
    public void onOrderEvent(OrderEvent event) {
        guard.run("onOrderEvent", event.tsNanos(), () -> strategy.orderEvent(event));
    }

    /** Calls {@code onStop}. */
    public void stop(long tsNanos) {
        guard.run("onStop", tsNanos, strategy::stop);
    }
}
