package wave.llm.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;

class SignalCombinerTest {
    static final InstrumentId AAPL = InstrumentId.of("AAPL");
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long DAY = Duration.ofDays(1).toNanos();

    private final SignalCombiner combiner = new SignalCombiner(Map.of("model:trend", 1.0, "llm:analyst", 0.5));

    private static Signal signal(String source, SignalDirection direction, double confidence, int horizonDays) {
        return new Signal(source, AAPL, direction, 1.0, Double.NaN, confidence, Duration.ofDays(horizonDays), T0, "",
                source.equals("llm:analyst") ? "interaction:k1" : "");
    }

    @Test
    void agreeingSourcesGiveTheirWeightedConfidence() {
        Signal combined = combiner.combine(AAPL, List.of(signal("model:trend", SignalDirection.LONG, 0.6, 5),
                signal("llm:analyst", SignalDirection.LONG, 0.9, 5)), T0).orElseThrow();
        // (1.0 x 0.6 + 0.5 x 0.9) / 1.5 = 0.7
        assertThat(combined.direction()).isEqualTo(SignalDirection.LONG);
        assertThat(combined.confidence()).isCloseTo(0.7, within(1e-12));
        assertThat(combined.source()).isEqualTo("combined");
        assertThat(combined.provenance()).isEqualTo("interaction:k1");
        assertThat(combined.rationale()).isEqualTo("model:trend LONG 0.6 x1; llm:analyst LONG 0.9 x0.5");
        assertThat(combined.horizon()).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void theAnalystDisagreeingLowersTheConfidenceButCannotTurnTheOutweighingModel() {
        Signal combined = combiner.combine(AAPL, List.of(signal("model:trend", SignalDirection.LONG, 0.6, 5),
                signal("llm:analyst", SignalDirection.SHORT, 1.0, 5)), T0).orElseThrow();
        // (0.6 - 0.5) / 1.5 = 0.0667: still long, far below any sensible min_confidence.
        assertThat(combined.direction()).isEqualTo(SignalDirection.LONG);
        assertThat(combined.confidence()).isCloseTo(0.1 / 1.5, within(1e-12));
    }

    @Test
    void withoutTheAnalystTheQuantitativeSignalDecidesAlone() {
        Signal combined = combiner.combine(AAPL, List.of(signal("model:trend", SignalDirection.SHORT, 0.6, 5)), T0).orElseThrow();
        assertThat(combined.direction()).isEqualTo(SignalDirection.SHORT);
        assertThat(combined.confidence()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void staleSignalsAndUnweightedSourcesAreIgnored() {
        Signal oldAdvice = signal("llm:analyst", SignalDirection.SHORT, 1.0, 2);
        Signal trend = new Signal("model:trend", AAPL, SignalDirection.LONG, 1.0, Double.NaN, 0.6, Duration.ofDays(10),
                T0 + 2 * DAY, "", "");
        Signal stranger = signal("news:feed", SignalDirection.SHORT, 1.0, 5);
        Signal combined = combiner.combine(AAPL, List.of(oldAdvice, trend, stranger), T0 + 2 * DAY).orElseThrow();
        assertThat(combined.confidence()).isCloseTo(0.6, within(1e-12));
        assertThat(combined.rationale()).isEqualTo("model:trend LONG 0.6 x1");
        assertThat(combiner.combine(AAPL, List.of(oldAdvice), T0 + 2 * DAY)).isEmpty();
        assertThat(combiner.combine(InstrumentId.of("MSFT"), List.of(trend), T0 + 2 * DAY)).isEmpty();
    }

    @Test
    void weightsMustBeUsable() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignalCombiner(Map.of("a", -1.0)))
                .withMessage("weight of a must be a number >= 0, got -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new SignalCombiner(Map.of("a", 0.0)))
                .withMessage("at least one source needs a weight above 0");
    }
}
