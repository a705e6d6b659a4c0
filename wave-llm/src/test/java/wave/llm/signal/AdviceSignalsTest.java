package wave.llm.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.llm.Action;
import wave.llm.Advice;
import wave.llm.RiskLevel;

class AdviceSignalsTest {
    static final InstrumentId AAPL = InstrumentId.of("AAPL");
    static final long T0 = 1_700_000_000_000_000_000L;
    static final long DAY = Duration.ofDays(1).toNanos();

    @Test
    void adviceBecomesASignalWithDirectionConfidenceHorizonAndProvenance() {
        Advice advice = new Advice(Action.SELL, 0.8, "5d", RiskLevel.HIGH, "Breaking down.", List.of("trend"));
        Signal signal = AdviceSignals.toSignal(advice, AAPL, T0, "interaction:abc", Duration.ofDays(1));
        assertThat(signal).isEqualTo(new Signal("llm:analyst", AAPL, SignalDirection.SHORT, 0.5, Double.NaN, 0.8,
                Duration.ofDays(5), T0, "Breaking down.", "interaction:abc"));
        Advice hold = new Advice(Action.HOLD, 0.3, "until the earnings", RiskLevel.LOW, "Wait.", List.of());
        Signal flat = AdviceSignals.toSignal(hold, AAPL, T0, "", Duration.ofDays(2));
        assertThat(flat.direction()).isEqualTo(SignalDirection.FLAT);
        assertThat(flat.strength()).isEqualTo(1.0);
        assertThat(flat.horizon()).as("unreadable: the default").isEqualTo(Duration.ofDays(2));
    }

    @Test
    void horizonsInTheFormsModelsWriteThem() {
        assertThat(Horizons.parse("5d")).contains(Duration.ofDays(5));
        assertThat(Horizons.parse("2 weeks")).contains(Duration.ofDays(14));
        assertThat(Horizons.parse("1mo")).contains(Duration.ofDays(30));
        assertThat(Horizons.parse("4h")).contains(Duration.ofHours(4));
        assertThat(Horizons.parse("30 min")).contains(Duration.ofMinutes(30));
        assertThat(Horizons.parse("1 year")).contains(Duration.ofDays(365));
        assertThat(Horizons.parse("P5D")).contains(Duration.ofDays(5));
        assertThat(Horizons.parse("PT12H")).contains(Duration.ofHours(12));
        assertThat(Horizons.parse("0d")).isEqualTo(Optional.empty());
        assertThat(Horizons.parse("soon")).isEqualTo(Optional.empty());
    }

    @Test
    void confidenceDecaysLinearlyToZeroAtTheHorizon() {
        Signal s = Signal.of("x", AAPL, SignalDirection.LONG, 0.8, Duration.ofDays(4), T0);
        assertThat(AdviceSignals.decayedConfidence(s, T0)).isEqualTo(0.8);
        assertThat(AdviceSignals.decayedConfidence(s, T0 + DAY)).isCloseTo(0.6, within(1e-12));
        assertThat(AdviceSignals.decayedConfidence(s, T0 + 3 * DAY)).isCloseTo(0.2, within(1e-12));
        assertThat(AdviceSignals.decayedConfidence(s, T0 + 4 * DAY)).isZero();
        assertThat(AdviceSignals.decayedConfidence(s, T0 + 9 * DAY)).isZero();
    }
}
