package wave.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiLlmProviderTest {
    static final String KEY_ENV = "WAVE_TEST_LLM_KEY";
    static final String KEY = "sk-wave-test-5ecret-0123456789abcdef";
    static final String VALID = AdviceParserTest.VALID;

    private FakeLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChatAnalyst analyst(Duration timeout) {
        return new ChatAnalyst(TestProviders.openAi("openai", server.baseUrl(), 0.0, timeout, 512, KEY_ENV),
                Map.of(KEY_ENV, KEY)::get);
    }

    private ChatAnalyst analyst() {
        return analyst(Duration.ofSeconds(5));
    }

    @Test
    void returnsValidAdvice() {
        server.answer("```json\n" + VALID + "\n```");
        AdviceOutcome outcome = analyst().advise("AAPL closed at 190.12, 50-day SMA 182.40.");
        assertThat(outcome).isInstanceOfSatisfying(Advice.class, a -> {
            assertThat(a.action()).isEqualTo(Action.BUY);
            assertThat(a.confidence()).isEqualTo(0.72);
            assertThat(a.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        });
        assertThat(server.requests()).isEqualTo(1);
        assertThat(server.authorizations).containsExactly("Bearer " + KEY);
        String request = server.requestBodies.getFirst().replaceAll("\\s*([:,])\\s*", "$1");
        assertThat(request).contains("\"model\":\"fake-model\"").contains("AAPL closed at 190.12").contains("risk_level")
                .contains("\"max_tokens\":512");
    }

    @Test
    void repairsAMalformedAnswer() {
        server.answer("{\"action\":\"BUY\",\"confidence\":1.5}").answer(VALID);
        AdviceOutcome outcome = analyst().advise("prompt");
        assertThat(outcome).isInstanceOf(Advice.class);
        assertThat(server.requests()).isEqualTo(2);
        String repairRequest = server.requestBodies.get(1).replaceAll("\\s*([:,])\\s*", "$1");
        assertThat(repairRequest).contains("not valid advice").contains("confidence").contains("\"role\":\"assistant\"");
    }

    @Test
    void malformedTwiceIsATypedFailure() {
        server.answer("I would buy.").answer("Really, buy.");
        AdviceOutcome outcome = analyst().advise("prompt");
        assertThat(outcome).isInstanceOfSatisfying(AdviceFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.MALFORMED_ADVICE);
            assertThat(f.rawExcerpt()).isEqualTo("Really, buy.");
        });
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void http429IsRateLimited() {
        server.reply(429, FakeLlmServer.error("Rate limit reached for requests", "requests"));
        AdviceOutcome outcome = analyst().advise("prompt");
        assertThat(outcome).isInstanceOfSatisfying(AdviceFailure.class,
                f -> assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.RATE_LIMITED));
        assertThat(server.requests()).as("no retry behind the caller's back").isEqualTo(1);
    }

    @Test
    void http500IsAServerError() {
        server.reply(500, FakeLlmServer.error("The server had an error while processing your request.", "server_error"));
        AdviceOutcome outcome = analyst().advise("prompt");
        assertThat(outcome).isInstanceOfSatisfying(AdviceFailure.class,
                f -> assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.SERVER_ERROR));
    }

    @Test
    void aMalformedBodyIsAMalformedResponse() {
        server.reply(200, "<html>gateway says hello</html>");
        AdviceOutcome outcome = analyst().advise("prompt");
        assertThat(outcome).isInstanceOfSatisfying(AdviceFailure.class,
                f -> assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.MALFORMED_RESPONSE));
    }

    @Test
    void aSlowServerIsATimeout() {
        server.slowAnswer(VALID, 3_000);
        long start = System.nanoTime();
        AdviceOutcome outcome = analyst(Duration.ofMillis(300)).advise("prompt");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(outcome).isInstanceOfSatisfying(AdviceFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.TIMEOUT);
            assertThat(f.reason()).contains("300 ms");
        });
        assertThat(tookMillis).isLessThan(2_500);
    }

    @Test
    void theApiKeyNeverAppearsInFailures() {
        String echo = FakeLlmServer.error("bad gateway, you sent ${AUTH}", "server_error");
        server.reply(500, echo).reply(429, FakeLlmServer.error("slow down ${AUTH}", "requests"))
                .reply(401, FakeLlmServer.error("Incorrect API key provided: ${AUTH}", "invalid_request_error"))
                .answer("not json, but your key is " + KEY).answer("still not json " + KEY);
        ChatAnalyst analyst = analyst();
        for (int i = 0; i < 4; i++) {
            AdviceOutcome outcome = analyst.advise("prompt");
            assertThat(outcome).isInstanceOf(AdviceFailure.class);
            assertThat(outcome.toString()).doesNotContain(KEY).doesNotContain(KEY.substring(0, 20));
        }
        assertThat(server.authorizations).allMatch(a -> a.equals("Bearer " + KEY));
        assertThat(analyst.toString()).doesNotContain(KEY);
        assertThat(analyst.config().toString()).doesNotContain(KEY);
    }
}
