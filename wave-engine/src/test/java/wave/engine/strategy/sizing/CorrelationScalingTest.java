package wave.engine.strategy.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Quantity;

/** Correlation-aware scaling against hand-computed correlations of three instruments over four returns. */
class CorrelationScalingTest {
    static final Instrument SHARE = Equity.usd(InstrumentId.of("NEW"));
    // new instrument: mean 0, deviations 1, -1, 2, -2 (sum of squares 10)
    static final double[] NEW = {0.01, -0.01, 0.02, -0.02};
    // holding A: deviations 1, -1, 1, -1 (sum of squares 4); cov with NEW = 1 + 1 + 2 + 2 = 6 -> rho = 6 / sqrt(40)
    static final double[] A = {0.01, -0.01, 0.01, -0.01};
    // holding B = -NEW: rho = -1
    static final double[] B = {-0.01, 0.01, -0.02, 0.02};

    @Test
    void correlationsByHand() {
        assertThat(CorrelationScaling.correlation(NEW, A)).isEqualTo(6 / Math.sqrt(40), offset(1e-12)); // 0.948683
        assertThat(CorrelationScaling.correlation(NEW, B)).isEqualTo(-1, offset(1e-12));
        assertThat(CorrelationScaling.correlation(NEW, new double[] {0.01, 0.01, 0.01, 0.01})).isZero();
    }

    @Test
    void theMostCorrelatedHoldingShrinksTheSize() {
        CorrelationScaling half = new CorrelationScaling(0.5);
        // rho_max = 0.948683 (A; B's -1 is a hedge, clamped to 0): factor 1 - 0.5 x 0.948683 = 0.525658
        assertThat(half.factor(NEW, List.of(A, B))).isEqualTo(1 - 0.5 * 6 / Math.sqrt(40), offset(1e-12));
        // 1,000 shares x 0.525658 = 525.658 -> 525 whole shares
        assertThat(half.scale(Quantity.of(1000), NEW, List.of(A, B), SHARE)).isEqualTo(Quantity.of(525));
    }

    @Test
    void aHedgeOrAnEmptyBookLeavesTheSize() {
        CorrelationScaling full = new CorrelationScaling(1);
        assertThat(full.scale(Quantity.of(1000), NEW, List.of(B), SHARE)).isEqualTo(Quantity.of(1000));
        assertThat(full.scale(Quantity.of(1000), NEW, List.of(), SHARE)).isEqualTo(Quantity.of(1000));
        // a holding perfectly correlated with the new instrument at full strength: nothing
        assertThat(full.scale(Quantity.of(1000), NEW, List.of(NEW), SHARE)).isEqualTo(Quantity.ZERO);
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> new CorrelationScaling(1.5)).hasMessage("correlation strength must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> CorrelationScaling.correlation(NEW, new double[] {0.01}))
                .hasMessageContaining("same length >= 2");
    }
}
