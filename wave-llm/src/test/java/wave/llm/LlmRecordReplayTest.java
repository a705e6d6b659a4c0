package wave.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmRecordReplayTest {
    static final String KEY_ENV = "WAVE_TEST_LLM_KEY";
    static final String KEY = "sk-wave-test-replay-abcdef0123456789";

    private FakeLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatAnalyst analyst(double temperature) {
        return new ChatAnalyst(TestProviders.openAi("openai", server.baseUrl(), temperature, Duration.ofSeconds(5), 256,
                KEY_ENV), Map.of(KEY_ENV, KEY)::get);
    }

    @Test
    void recordsAnInteractionUnderTheHashOfPromptAndParameters() {
        server.answer("{\"action\":\"HOLD\"}").answer(AdviceParserTest.VALID);
        Interaction interaction = analyst(0.0).interact("MSFT at 410.5");
        assertThat(interaction.key()).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(Interaction.keyOf("MSFT at 410.5", "fake-model", server.baseUrl(), 0.0, 256, 1));
        assertThat(interaction.outcome()).isInstanceOf(Advice.class);
        assertThat(interaction.promptTokens()).as("two calls, 120 each").isEqualTo(240);
        assertThat(interaction.completionTokens()).isEqualTo(80);
        assertThat(interaction.model()).isEqualTo("fake-model");
        assertThat(interaction.schemaVersion()).isEqualTo(Interaction.SCHEMA_VERSION);
        assertThat(interaction.latencyMillis()).isNotNegative();
        assertThat(interaction.toString()).doesNotContain(KEY);
    }

    @Test
    void theKeyChangesWithEveryParameter() {
        String base = Interaction.keyOf("p", "m", "u", 0.0, 100, 1);
        assertThat(Interaction.keyOf("p", "m", "u", 0.0, 100, 1)).isEqualTo(base);
        assertThat(Interaction.keyOf("q", "m", "u", 0.0, 100, 1)).isNotEqualTo(base);
        assertThat(Interaction.keyOf("p", "n", "u", 0.0, 100, 1)).isNotEqualTo(base);
        assertThat(Interaction.keyOf("p", "m", "v", 0.0, 100, 1)).isNotEqualTo(base);
        assertThat(Interaction.keyOf("p", "m", "u", 0.1, 100, 1)).isNotEqualTo(base);
        assertThat(Interaction.keyOf("p", "m", "u", 0.0, 101, 1)).isNotEqualTo(base);
        assertThat(Interaction.keyOf("p", "m", "u", 0.0, 100, 2)).isNotEqualTo(base);
    }

    @Test
    void theSamePromptIsAnsweredFromTheStoreWithoutANetworkCall() {
        server.answer(AdviceParserTest.VALID).answer(AdviceParserTest.VALID.replace("BUY", "SELL"));
        ReplayStore store = new ReplayStore();
        ChatAnalyst live = analyst(0.0);
        Analyst analyst = ReplayingAnalyst.recording(store, live);

        AdviceOutcome first = analyst.advise("AAPL at 190");
        AdviceOutcome again = analyst.advise("AAPL at 190");
        assertThat(again).isEqualTo(first);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(1);

        AdviceOutcome other = analyst.advise("AAPL at 191");
        assertThat(other).isInstanceOfSatisfying(Advice.class, a -> assertThat(a.action()).isEqualTo(Action.SELL));
        assertThat(server.requests()).isEqualTo(2);

        // Replay only: the server is gone, the recorded prompts are answered identically, others are NOT_RECORDED.
        server.close();
        Analyst replay = ReplayingAnalyst.replayOnly(store, live::keyOf);
        assertThat(replay.advise("AAPL at 190")).isEqualTo(first);
        assertThat(replay.advise("AAPL at 191")).isEqualTo(other);
        assertThat(replay.advise("AAPL at 192")).isInstanceOfSatisfying(AdviceFailure.class,
                f -> assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.NOT_RECORDED));
    }

    @Test
    void aRecordedProviderFailureIsAskedAgainLiveButReplayedAsIs() {
        server.reply(500, FakeLlmServer.error("boom", "server_error")).answer(AdviceParserTest.VALID);
        ReplayStore store = new ReplayStore();
        ChatAnalyst live = analyst(0.0);
        Analyst analyst = ReplayingAnalyst.recording(store, live);

        assertThat(analyst.advise("p")).isInstanceOf(AdviceFailure.class);
        Interaction failed = store.all().getFirst();
        assertThat(analyst.advise("p")).isInstanceOf(Advice.class);
        assertThat(server.requests()).isEqualTo(2);

        ReplayStore failures = new ReplayStore();
        failures.put(failed);
        assertThat(ReplayingAnalyst.replayOnly(failures, live::keyOf).advise("p")).isEqualTo(failed.outcome());
    }
}
