package wave.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wave.llm.config.Budget;
import wave.llm.config.Prices;
import wave.llm.config.ProviderConfig;
import wave.llm.config.ProviderKind;

/** The analyst on Ollama's native {@code /api/chat}, against a loopback server answering as Ollama's API reference shows. */
class OllamaLlmProviderTest {
    static final String VALID = AdviceParserTest.VALID;

    private FakeLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer(FakeLlmServer.Protocol.OLLAMA);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatAnalyst analyst(Duration timeout) {
        return new ChatAnalyst(TestProviders.ollama("local", server.baseUrl(), timeout), Map.<String, String>of()::get);
    }

    private ChatAnalyst analyst() {
        return analyst(Duration.ofSeconds(5));
    }

    private AdviceFailure.Kind failureKind(AdviceOutcome outcome) {
        assertThat(outcome).as(outcome.toString()).isInstanceOf(AdviceFailure.class);
        return ((AdviceFailure) outcome).kind();
    }

    @Test
    void returnsValidAdviceWithTheTokenCountsOllamaReports() {
        server.answer(VALID);
        Interaction interaction = analyst().interact("MSFT closed at 410.50.");
        assertThat(interaction.outcome()).isInstanceOfSatisfying(Advice.class, a -> {
            assertThat(a.action()).isEqualTo(Action.BUY);
            assertThat(a.confidence()).isEqualTo(0.72);
        });
        assertThat(interaction.promptTokens()).isEqualTo(26);
        assertThat(interaction.completionTokens()).isEqualTo(40);
        assertThat(interaction.provider()).isEqualTo("local");
        assertThat(interaction.costRaw()).as("a local model costs nothing").isZero();
        String request = server.requestBodies.getFirst().replaceAll("\\s*([:,])\\s*", "$1");
        assertThat(request).contains("\"model\":\"llama3.1:8b\"").contains("MSFT closed at 410.50.")
                .contains("\"stream\":false").contains("\"num_predict\":256").contains("risk_level");
        assertThat(server.authorizations).containsExactly("");
    }

    @Test
    void repairsOnceThenGivesATypedFailure() {
        server.answer("{\"action\":\"BUY\"}").answer(VALID);
        assertThat(analyst().advise("p")).isInstanceOf(Advice.class);
        server.answer("buy").answer("buy!");
        assertThat(failureKind(analyst().advise("p"))).isEqualTo(AdviceFailure.Kind.MALFORMED_ADVICE);
        assertThat(server.requests()).isEqualTo(4);
    }

    @Test
    void providerFailuresAreTyped() {
        server.reply(500, FakeLlmServer.ollamaError("llama runner process has terminated: signal: killed"))
                .reply(429, FakeLlmServer.ollamaError("too many requests"))
                .reply(503, FakeLlmServer.ollamaError("server busy, please try again.  maximum pending requests exceeded"))
                .reply(404, FakeLlmServer.ollamaError("model \"llama3.1:8b\" not found, try pulling it first"))
                .reply(200, "{\"model\":\"llama3.1:8b\",\"message\":")
                .reply(200, "{\"model\":\"llama3.1:8b\",\"done\":true}");
        ChatAnalyst analyst = analyst();
        assertThat(failureKind(analyst.advise("p"))).isEqualTo(AdviceFailure.Kind.SERVER_ERROR);
        assertThat(failureKind(analyst.advise("p"))).isEqualTo(AdviceFailure.Kind.RATE_LIMITED);
        assertThat(failureKind(analyst.advise("p"))).isEqualTo(AdviceFailure.Kind.SERVER_ERROR);
        AdviceOutcome notFound = analyst.advise("p");
        assertThat(failureKind(notFound)).isEqualTo(AdviceFailure.Kind.UNAVAILABLE);
        assertThat(((AdviceFailure) notFound).reason()).contains("not found, try pulling it first");
        assertThat(failureKind(analyst.advise("p"))).as("a truncated body").isEqualTo(AdviceFailure.Kind.MALFORMED_RESPONSE);
        AdviceOutcome noMessage = analyst.advise("p");
        assertThat(failureKind(noMessage)).as(noMessage.toString()).isEqualTo(AdviceFailure.Kind.MALFORMED_RESPONSE);
        assertThat(server.requests()).as("no retry behind the caller's back").isEqualTo(6);
    }

    @Test
    void aSlowServerIsATimeout() {
        server.slowAnswer(VALID, 3_000);
        long start = System.nanoTime();
        AdviceOutcome outcome = analyst(Duration.ofMillis(300)).advise("p");
        assertThat(failureKind(outcome)).isEqualTo(AdviceFailure.Kind.TIMEOUT);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500);
    }

    @Test
    void aKeyForAnAuthenticatingProxyIsSentAndNeverShown() {
        String key = "ollama-proxy-key-0123456789abcdef";
        ProviderConfig config = new ProviderConfig("proxied", ProviderKind.OLLAMA, server.baseUrl(), "llama3.1:8b", 0.0,
                Duration.ofSeconds(5), 256, null, Prices.FREE, Budget.UNLIMITED, "WAVE_TEST_OLLAMA_KEY", null);
        server.reply(401, FakeLlmServer.ollamaError("unauthorized: ${AUTH}"));
        ChatAnalyst analyst = new ChatAnalyst(config, Map.of("WAVE_TEST_OLLAMA_KEY", key)::get);
        AdviceOutcome outcome = analyst.advise("p");
        assertThat(server.authorizations).containsExactly("Bearer " + key);
        assertThat(outcome.toString()).contains("unauthorized").doesNotContain(key);
        assertThat(analyst.toString()).doesNotContain(key);
    }
}
