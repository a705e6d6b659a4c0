package wave.store.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chain's hashes against values computed outside Wave ({@code printf ... | sha256sum}). */
class AuditChainTest {
    @Test
    void theGenesisAndARecordHashAreTheSha256OfTheirCanonicalText() {
        String genesis = AuditChain.genesis("paper-1");
        // printf 'wave journal paper-1' | sha256sum
        assertThat(genesis).isEqualTo("a6b6ef755ddd2df27db835b4d76ffeb157578e49446b6fa60704740491bcaabc");
        // printf "$G\n1767225600000000000\nwave.domain.order.OrderAccepted\n{\"orderId\":\"P-1\"}" | sha256sum
        assertThat(AuditChain.hash(genesis, 1_767_225_600_000_000_000L, "wave.domain.order.OrderAccepted", "{\"orderId\":\"P-1\"}"))
                .isEqualTo("34fec2d425c2af2e9fb07d3dba580a10135c607b2d461b058c797e3d54a5ce48");
    }
}
