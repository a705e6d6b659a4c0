package wave.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for misspelt names. */
class DidYouMeanTest {
    private static final List<String> KEYS = List.of("fee_pct", "fee_per_share", "fee_min", "fee_fixed", "slippage_pct");

    @Test
    void suggestsTheClosestName() {
        assertThat(DidYouMean.closest("fee_pcnt", KEYS)).contains("fee_pct");
        assertThat(DidYouMean.closest("fee_ptc", KEYS)).contains("fee_pct"); // a swap of neighbours counts once
        assertThat(DidYouMean.closest("FEE_MIN", KEYS)).contains("fee_min");
        assertThat(DidYouMean.closest("slipage_pct", KEYS)).contains("slippage_pct");
        assertThat(DidYouMean.hint("fee_fix", KEYS)).isEqualTo("; did you mean 'fee_fixed'?");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(DidYouMean.closest("calendar", KEYS)).isEmpty();
        assertThat(DidYouMean.hint("x", List.of())).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
