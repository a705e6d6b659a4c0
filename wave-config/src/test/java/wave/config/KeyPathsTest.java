package wave.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import org.junit.jupiter.api.Test;

/** Pointers as users read key paths. */
class KeyPathsTest {
    @Test
    void dottedKeysIndexesAndQuotes() {
        assertThat(KeyPaths.dotted(JsonPointer.compile("/costs/fee_pct"))).isEqualTo("costs.fee_pct");
        assertThat(KeyPaths.dotted(JsonPointer.compile("/alerts/channels/0/kind"))).isEqualTo("alerts.channels[0].kind");
        assertThat(KeyPaths.dotted(JsonPointer.compile("/a/dotted.key/with space"))).isEqualTo("a.\"dotted.key\".\"with space\"");
        assertThat(KeyPaths.dotted(JsonPointer.empty())).isEmpty();
    }
}
