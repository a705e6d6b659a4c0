package wave.llm.signal;

import java.util.Optional;
import wave.domain.market.BarSeries;
import wave.domain.signal.Signal;
import wave.llm.prompt.AccountSummary;

/** A source of signals on an instrument from the bars known at a time (a quantitative model, the analyst). */
public interface SignalSource {
    /** The source's name, as its signals carry it. */
    String name();

    /**
     * The source's signal as of a decision time, or empty when it has none (the analyst unavailable).
     *
     * @param series    the instrument's bars; only those stamped at or before {@code asOfNanos} may be read
     * @param asOfNanos the decision time
     * @param account   the account and the instrument's position now
     */
    Optional<Signal> signal(BarSeries series, long asOfNanos, AccountSummary account);
}
