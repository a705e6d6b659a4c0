package wave.domain.signal;

import java.time.Duration;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;

/**
 * A typed opinion about an instrument, from a quant model, the LLM analyst or a person: one input among others,
 * which the kernel hands to strategies and which never reaches the venue by itself (orders it leads to cross the
 * pre-trade check like any other).
 *
 * @param source       who produced it, e.g. {@code llm:analyst}, {@code model:momentum}
 * @param instrument   the instrument it is about
 * @param direction    long, short or flat
 * @param strength     conviction in [0, 1] (1 = strongest)
 * @param targetWeight wanted portfolio weight in [-1, 1] (negative = short), or {@link Double#NaN} when the signal
 *                     gives only a direction and strength
 * @param confidence   how sure the source is, in [0, 1]
 * @param horizon      how long the view is meant to hold (positive)
 * @param asOfNanos    the time of the information it is based on, nanoseconds since the epoch (UTC); never later
 *                     than when it reaches the kernel
 * @param rationale    why, in words (may be empty)
 * @param provenance   how to reproduce it, e.g. a model version and the id of the recorded prompt (may be empty)
 */
public record Signal(String source, InstrumentId instrument, SignalDirection direction, double strength, double targetWeight,
                     double confidence, Duration horizon, long asOfNanos, String rationale, String provenance) {
    /** Validates every field; the message names the field and the expected range. */
    public Signal {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(provenance, "provenance");
        if (source.isBlank()) {
            throw new IllegalArgumentException("signal source must not be blank");
        }
        requireUnit("strength", strength);
        requireUnit("confidence", confidence);
        if (!Double.isNaN(targetWeight) && !(targetWeight >= -1 && targetWeight <= 1)) {
            throw new IllegalArgumentException("signal targetWeight must be in [-1, 1] or NaN, got " + targetWeight);
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("signal horizon must be positive, got " + horizon);
        }
    }

    private static void requireUnit(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("signal " + field + " must be in [0, 1], got " + value);
        }
    }

    /** A direction-only signal with full strength, no target weight and no rationale. */
    public static Signal of(String source, InstrumentId instrument, SignalDirection direction, double confidence,
                            Duration horizon, long asOfNanos) {
        return new Signal(source, instrument, direction, 1, Double.NaN, confidence, horizon, asOfNanos, "", "");
    }

    /** True when the signal names a target weight. */
    public boolean hasTargetWeight() {
        return !Double.isNaN(targetWeight);
    }
}
