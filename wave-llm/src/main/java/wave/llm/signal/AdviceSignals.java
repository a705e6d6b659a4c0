package wave.llm.signal;

import java.time.Duration;
import wave.domain.instrument.InstrumentId;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.llm.Advice;

/**
 * Turns the analyst's advice into the domain's {@link Signal}: BUY is long, SELL short, HOLD flat; the confidence is
 * the model's; the strength shrinks with the risk the model sees (low 1, medium 0.75, high 0.5, extreme 0.25); the
 * horizon is the model's when it can be read ({@link Horizons}), else the default. The signal never trades by itself:
 * it is combined with others and gated by the risk engine.
 */
public final class AdviceSignals {
    /** The source name of the analyst's signals. */
    public static final String SOURCE = "llm:analyst";

    private AdviceSignals() {
    }

    /**
     * The signal of the advice.
     *
     * @param asOfNanos      the time of the data the prompt quoted
     * @param provenance     how to find the recorded interaction (its content address)
     * @param defaultHorizon the horizon when the model's cannot be read
     */
    public static Signal toSignal(Advice advice, InstrumentId instrument, long asOfNanos, String provenance,
            Duration defaultHorizon) {
        SignalDirection direction = switch (advice.action()) {
            case BUY -> SignalDirection.LONG;
            case SELL -> SignalDirection.SHORT;
            case HOLD -> SignalDirection.FLAT;
        };
        double strength = switch (advice.riskLevel()) {
            case LOW -> 1.0;
            case MEDIUM -> 0.75;
            case HIGH -> 0.5;
            case EXTREME -> 0.25;
        };
        Duration horizon = Horizons.parse(advice.horizon()).orElse(defaultHorizon);
        return new Signal(SOURCE, instrument, direction, strength, Double.NaN, advice.confidence(), horizon, asOfNanos,
                advice.rationale(), provenance);
    }

    /**
     * The signal's confidence at a time: full when issued, falling linearly to 0 at the end of its horizon, 0 after
     * (a stale signal counts for nothing).
     */
    public static double decayedConfidence(Signal signal, long nowNanos) {
        long elapsed = Math.max(0, nowNanos - signal.asOfNanos());
        long horizon = signal.horizon().toNanos();
        if (elapsed >= horizon) {
            return 0;
        }
        return signal.confidence() * (1.0 - (double) elapsed / horizon);
    }
}
