package wave.engine.execution;

import wave.domain.market.Bar;
import wave.engine.market.MarketFeed;
import wave.engine.port.ExecutionClient;

/**
 * How a simulated exchange sees the market: the calls through which the kernel shows it each step's bars, the splits
 * going ex, the strategies' turn and the end of the data, at fixed points of the step. This is not part of the
 * execution port: a broker's {@link ExecutionClient} never sees these calls. The kernel makes them when its execution
 * client is also an {@code ExchangeSimulation} (the bar-matching {@link SimulatedVenue}, in backtests and paper
 * trading on the simulator), all on the kernel thread; they must not allocate when no order is working.
 */
public interface ExchangeSimulation {
    /** No simulation: the execution client is a real venue. */
    ExchangeSimulation NONE = new ExchangeSimulation() {
    };

    /** The simulation of {@code client}: the client itself when it simulates an exchange, else {@link #NONE}. */
    static ExchangeSimulation of(ExecutionClient client) {
        return client instanceof ExchangeSimulation simulation ? simulation : NONE;
    }

    /** A new bar of instrument {@code instrumentIndex}, before the positions are marked and strategies see it. */
    default void onBar(int instrumentIndex, Bar bar) {
    }

    /**
     * The bars of one time step, before the positions are marked and strategies see them; by default
     * {@link #onBar} for each (a simulation that matches across instruments overrides it).
     */
    default void onStep(MarketFeed step) {
        for (int i = 0; i < step.updatedCount(); i++) {
            int k = step.updatedInstrument(i);
            onBar(k, step.bar(k));
        }
    }

    /**
     * A split of instrument {@code instrumentIndex} goes ex now, before its bar is matched ({@code ratioRaw} new shares
     * per old share, raw fixed point); a broker adjusts or cancels its working orders itself.
     */
    default void onSplit(int instrumentIndex, long ratioRaw, long nowNanos) {
    }

    /** The strategies have seen bar {@code bar} of instrument {@code instrumentIndex}. */
    default void afterStrategies(int instrumentIndex, Bar bar) {
    }

    /** True when {@link #afterStrategies} does anything (the kernel skips the call otherwise). */
    default boolean actsAfterStrategies() {
        return false;
    }

    /** The data ended, after the strategies stopped ({@code nowNanos}: the last step's time). */
    default void onEndOfData(long nowNanos) {
    }

    /**
     * True when the kernel should close the positions still open at the end of the data (a backtest option); the
     * closing orders cross the pre-trade check like any other and the simulation fills them at the last mark.
     */
    default boolean closesPositionsAtEnd() {
        return false;
    }
}
