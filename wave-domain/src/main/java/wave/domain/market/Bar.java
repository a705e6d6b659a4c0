package wave.domain.market;

import java.time.Instant;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * One OHLCV bar of an instrument. Prices are exact fixed-point raw values (x 10^9) with double views for
 * statistics; volume is a double (it may be fractional for crypto and exceed the fixed-point range).
 *
 * <p>The timestamp is the label the data source gives the bar (the session date at 00:00 UTC for daily
 * bars; its start or its end for intraday bars, see {@link BarLabel}), in nanoseconds since the Unix epoch, UTC. A
 * strategy sees a bar only once it is complete.
 *
 * <p>Implementations handed to strategies may be reusable views that are valid only during the call;
 * use {@link #snapshot()} to keep one.
 */
public interface Bar {
    /** Instrument of the bar. */
    InstrumentId instrument();

    /** Bar timestamp, nanoseconds since the epoch (UTC). */
    long tsNanos();

    /** Open price, raw fixed point. */
    long openRaw();

    /** High price, raw fixed point. */
    long highRaw();

    /** Low price, raw fixed point. */
    long lowRaw();

    /** Close price, raw fixed point. */
    long closeRaw();

    /** Traded volume in units of the instrument. */
    double volume();

    /** Cash dividend per share going ex on this bar, raw fixed point in the price currency; 0 when none. */
    default long dividendRaw() {
        return 0;
    }

    /**
     * Split ratio going ex on this bar: new shares per old share, raw fixed point (4-for-1: 4);
     * {@link Scales#RATIO} (1) when none.
     */
    default long splitRatioRaw() {
        return Scales.RATIO;
    }

    /** True when a dividend or a split goes ex on this bar (its prices are already after the action). */
    default boolean hasCorporateAction() {
        return dividendRaw() != 0 || splitRatioRaw() != Scales.RATIO;
    }

    /** Open price as a double. */
    default double open() {
        return FixedPoint.priceToDouble(openRaw());
    }

    /** High price as a double. */
    default double high() {
        return FixedPoint.priceToDouble(highRaw());
    }

    /** Low price as a double. */
    default double low() {
        return FixedPoint.priceToDouble(lowRaw());
    }

    /** Close price as a double. */
    default double close() {
        return FixedPoint.priceToDouble(closeRaw());
    }

    /** Bar timestamp as an instant. */
    default Instant time() {
        return Instant.ofEpochSecond(Math.floorDiv(tsNanos(), 1_000_000_000L), Math.floorMod(tsNanos(), 1_000_000_000L));
    }

    /** An immutable copy of this bar. */
    default OhlcvBar snapshot() {
        return new OhlcvBar(instrument(), tsNanos(), openRaw(), highRaw(), lowRaw(), closeRaw(), volume());
    }
}
