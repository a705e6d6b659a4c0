package wave.engine.market;

import wave.domain.market.Bar;

/**
 * The kernel's source of market data, one time step at a time: historical replay in backtests, a live
 * stream in paper and live trading. Steps come in the order their bars became known; each carries the bars of every
 * instrument that has one becoming known at that time.
 */
public interface MarketFeed {
    /** Moves to the next time step; false when the data is exhausted. */
    boolean advance();

    /**
     * The time the current step is recorded at, nanoseconds since the epoch (UTC): its bars' label ({@link Bar#tsNanos()};
     * the latest, when bars with different labels share the step). A feed whose labels would go back in time (bars of
     * different lengths) gives {@link #availableNanos()} instead, so that records stay in time order.
     */
    long tsNanos();

    /**
     * When the current step's bars became known (a bar's end, a daily bar's session close: see
     * {@link BarAvailability}), nanoseconds since the epoch (UTC); the kernel's clock reads this time during the step.
     */
    long availableNanos();

    /**
     * When the current bar of an instrument started (see {@link BarAvailability#startNanos(int)}), nanoseconds since the
     * epoch (UTC): a simulated venue matches an order only on bars that started at or after it was sent.
     */
    long barStartNanos(int instrumentIndex);

    /** Number of instruments with a bar in the current step. */
    int updatedCount();

    /** Instrument index (see {@link InstrumentTable}) of the {@code i}-th bar of the current step. */
    int updatedInstrument(int i);

    /** The current bar of an instrument (valid during the step only). */
    Bar bar(int instrumentIndex);

    /** Fraction of the data consumed, 0 to 1 (NaN when unknown, e.g. a live feed). */
    double progress();
}
