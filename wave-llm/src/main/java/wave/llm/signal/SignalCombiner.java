package wave.llm.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wave.domain.instrument.InstrumentId;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;

/**
 * Combines the latest signals of several sources on one instrument into one: a weighted mean of each live signal's
 * direction (+1 long, -1 short, 0 flat) times its strength times its {@linkplain AdviceSignals#decayedConfidence
 * decayed confidence}, over the sources that have a live signal. The result's direction is the mean's sign and its
 * confidence the mean's magnitude, so disagreeing sources lower it and the risk engine's {@code min_confidence} gates
 * it. A source without a live signal (the analyst unavailable, or its advice past its horizon) drops out: the others
 * decide alone. The analyst is one source among others, with the weight it is given.
 */
public final class SignalCombiner {
    /** The source name of combined signals. */
    public static final String SOURCE = "combined";

    private final Map<String, Double> weights;

    /**
     * A combiner with a weight per source; signals of sources not listed are ignored.
     *
     * @throws IllegalArgumentException for a weight that is negative or not finite, or when all are 0
     */
    public SignalCombiner(Map<String, Double> weights) {
        this.weights = new LinkedHashMap<>(weights);
        double sum = 0;
        for (Map.Entry<String, Double> e : this.weights.entrySet()) {
            if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                throw new IllegalArgumentException("weight of " + e.getKey() + " must be a number >= 0, got " + e.getValue());
            }
            sum += e.getValue();
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one source needs a weight above 0");
        }
    }

    /**
     * The combined signal, or empty when no weighted source has a live signal.
     *
     * @param signals the latest signal of each source on the instrument
     * @param nowNanos the decision time
     */
    public Optional<Signal> combine(InstrumentId instrument, List<Signal> signals, long nowNanos) {
        double weighted = 0;
        double weightSum = 0;
        long asOf = Long.MIN_VALUE;
        long remaining = Long.MAX_VALUE;
        List<String> parts = new ArrayList<>();
        List<String> provenance = new ArrayList<>();
        for (Signal s : signals) {
            Double weight = weights.get(s.source());
            double confidence = AdviceSignals.decayedConfidence(s, nowNanos);
            if (weight == null || weight == 0 || !s.instrument().equals(instrument) || confidence == 0) {
                continue;
            }
            int sign = switch (s.direction()) {
                case LONG -> 1;
                case SHORT -> -1;
                case FLAT -> 0;
            };
            weighted += weight * sign * s.strength() * confidence;
            weightSum += weight;
            asOf = Math.max(asOf, s.asOfNanos());
            remaining = Math.min(remaining, s.asOfNanos() + s.horizon().toNanos() - nowNanos);
            parts.add(s.source() + " " + s.direction() + " " + round(confidence) + " x" + round(weight));
            if (!s.provenance().isEmpty()) {
                provenance.add(s.provenance());
            }
        }
        if (weightSum == 0) {
            return Optional.empty();
        }
        double score = weighted / weightSum;
        SignalDirection direction = score > 1e-12 ? SignalDirection.LONG : score < -1e-12 ? SignalDirection.SHORT : SignalDirection.FLAT;
        double confidence = Math.min(1.0, Math.abs(score));
        return Optional.of(new Signal(SOURCE, instrument, direction, 1.0, Double.NaN, confidence,
                Duration.ofNanos(Math.max(1, remaining)), Math.min(asOf, nowNanos), String.join("; ", parts),
                String.join(" ", provenance)));
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
