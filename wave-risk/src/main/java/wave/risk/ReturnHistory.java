package wave.risk;

import wave.domain.instrument.InstrumentId;

/**
 * The recent simple returns of an instrument's closes as known at a time (no later bar may be used), for the
 * correlation and VaR limits and the book's risk figures. Implementations must not allocate per call.
 */
public interface ReturnHistory {
    /** No history: the correlation and VaR limits let every order through. */
    ReturnHistory NONE = new ReturnHistory() {
        @Override
        public boolean returns(InstrumentId instrument, long nowNanos, double[] out, int count) {
            return false;
        }

        @Override
        public InstrumentId find(String symbol) {
            return null;
        }
    };

    /**
     * Fills {@code out[0..count)} with the last {@code count} returns {@code close[t] / close[t-1] - 1} of the bars
     * labelled at or before {@code nowNanos}, oldest first.
     *
     * @return false (and {@code out} unspecified) when fewer than {@code count} returns are known
     */
    boolean returns(InstrumentId instrument, long nowNanos, double[] out, int count);

    /** The instrument with this symbol (any venue), or null. */
    InstrumentId find(String symbol);

    /**
     * The label of the instrument's latest bar at or before {@code nowNanos}, for the stale data breaker.
     *
     * @return {@link Long#MIN_VALUE} when unknown (no bar yet, or no bars known): the breaker does not judge it
     */
    default long lastBarNanos(InstrumentId instrument, long nowNanos) {
        return Long.MIN_VALUE;
    }

    /**
     * What is wrong with the instrument's latest bar at or before {@code nowNanos} (a price not above zero, the high
     * below the low), for the stale data breaker.
     *
     * @return null when the bar is sound or unknown (allocates only for a bad bar)
     */
    default String lastBarDefect(InstrumentId instrument, long nowNanos) {
        return null;
    }
}
