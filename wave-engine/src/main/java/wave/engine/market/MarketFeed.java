package wave.engine.market;

import wave.domain.market.Bar;

/**
 * The kernel's source of market data, one time step at a time: historical replay in backtests, a live
 * stream in paper and live trading. Each step carries the bars of every instrument that has one at that time.
 */
public interface MarketFeed {
    /** Moves to the next time step; false when the data is exhausted. */
    boolean advance();

    /** Timestamp of the current step, nanoseconds since the epoch (UTC). */
    long tsNanos();

    /** Number of instruments with a bar in the current step. */
    int updatedCount();

    /** Instrument index (see {@link InstrumentTable}) of the {@code i}-th bar of the current step. */
    int updatedInstrument(int i);

    /** The current bar of an instrument (valid during the step only). */
    Bar bar(int instrumentIndex);

    /** Fraction of the data consumed, 0 to 1 (NaN when unknown, e.g. a live feed). */
    double progress();
}
