package wave.engine.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LookaheadAnalysisCutsTest {
    @Test
    void cutsAreSpreadEvenlyAfterTheWarmUp() {
        assertThat(LookaheadAnalysis.cuts(1000, 30, 6)).containsExactly(168, 307, 445, 584, 722, 861);
        assertThat(LookaheadAnalysis.cuts(10, 0, 1)).containsExactly(5);
    }

    @Test
    void tooLittleDataOrNoCutsIsRefusedWithTheReason() {
        assertThatThrownBy(() -> LookaheadAnalysis.cuts(40, 35, 6)).hasMessage(
                "too little data for 6 cuts: 40 bars, of which 35 warm the strategy up");
        assertThatThrownBy(() -> LookaheadAnalysis.cuts(40, 0, 0)).hasMessageContaining("at least 1");
    }
}
