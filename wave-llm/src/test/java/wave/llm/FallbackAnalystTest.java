package wave.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPoint;
import wave.llm.config.Budget;
import wave.llm.config.Prices;
import wave.llm.config.ProviderConfig;

/** The fallback chain and the daily budgets, against two loopback servers: OpenAI-compatible first, Ollama second. */
class FallbackAnalystTest {
    static final String VALID = AdviceParserTest.VALID;
    static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private FakeLlmServer cloud;
    private FakeLlmServer local;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final UsageLedger ledger = new UsageLedger();

    @BeforeEach
    void start() throws Exception {
        cloud = new FakeLlmServer();
        local = new FakeLlmServer(FakeLlmServer.Protocol.OLLAMA);
    }

    @AfterEach
    void stop() {
        cloud.close();
        local.close();
    }

    private ProviderConfig cloudConfig(Duration timeout) {
        return TestProviders.openAi("cloud", cloud.baseUrl(), 0.0, timeout, 256, null);
    }

    private FallbackAnalyst chain(ProviderConfig primary) {
        return new FallbackAnalyst(List.of(new ChatAnalyst(primary, Map.<String, String>of()::get),
                new ChatAnalyst(TestProviders.ollama("local", local.baseUrl(), Duration.ofSeconds(5)), Map.<String, String>of()::get)),
                ledger, clock);
    }

    private FallbackAnalyst chain() {
        return chain(cloudConfig(Duration.ofSeconds(5)));
    }

    @Test
    void thePrimaryAnswersWhenItCan() {
        cloud.answer(VALID);
        Interaction interaction = chain().interact("p");
        assertThat(interaction.outcome()).isInstanceOf(Advice.class);
        assertThat(interaction.provider()).isEqualTo("cloud");
        assertThat(local.requests()).isZero();
        assertThat(ledger.usage("cloud", DAY)).isEqualTo(new UsageLedger.Usage("cloud", DAY, 1, 120, 40, 0, 0));
    }

    @Test
    void eachFailureOfThePrimaryFallsBackToTheNext() {
        cloud.reply(500, FakeLlmServer.error("boom", "server_error"))
                .reply(429, FakeLlmServer.error("Rate limit reached", "requests"))
                .reply(200, "{\"choices\": [")
                .answer("not advice").answer("still not advice");
        for (int i = 0; i < 5; i++) {
            local.answer(VALID.replace("BUY", "SELL"));
        }
        FallbackAnalyst analyst = chain();
        for (int i = 0; i < 4; i++) {
            Interaction interaction = analyst.interact("p" + i);
            assertThat(interaction.provider()).as("call %d", i).isEqualTo("local");
            assertThat(interaction.outcome()).isInstanceOfSatisfying(Advice.class, a -> assertThat(a.action()).isEqualTo(Action.SELL));
            assertThat(interaction.key()).isEqualTo(analyst.keyOf("p" + i));
        }
        assertThat(cloud.requests()).as("500, 429, a broken body, two malformed answers").isEqualTo(5);
        assertThat(local.requests()).isEqualTo(4);
        assertThat(ledger.usage("local", DAY).tokens()).as("4 x (26 + 40) reported by Ollama").isEqualTo(264);
    }

    @Test
    void aTimeoutFallsBackAndIsChargedItsWorstCaseWhenNoUsageWasReported() {
        cloud.slowAnswer(VALID, 3_000);
        local.answer(VALID);
        FallbackAnalyst analyst = chain(cloudConfig(Duration.ofMillis(300)));
        Interaction interaction = analyst.interact("p");
        assertThat(interaction.provider()).isEqualTo("local");
        long worst = analyst.chain().getFirst().worstCaseTokens("p");
        assertThat(worst).isGreaterThan(512);
        assertThat(ledger.usage("cloud", DAY).tokens()).as("fail closed: a timed-out call may be billed").isEqualTo(worst);
    }

    @Test
    void aSpentTokenBudgetSkipsTheProviderWithoutCallingIt() {
        ChatAnalyst probe = new ChatAnalyst(cloudConfig(Duration.ofSeconds(5)), Map.<String, String>of()::get);
        long worst = probe.worstCaseTokens("p");
        // The first call's worst case fits; after it the 160 tokens reported leave less than a worst case.
        ProviderConfig budgeted = cloudConfig(Duration.ofSeconds(5)).withCosts(Prices.FREE, new Budget(worst + 159, 0));
        cloud.answer(VALID).answer(VALID);
        local.answer(VALID);
        FallbackAnalyst analyst = chain(budgeted);

        assertThat(analyst.interact("p").provider()).isEqualTo("cloud");
        Interaction second = analyst.interact("p");
        assertThat(second.provider()).isEqualTo("local");
        assertThat(cloud.requests()).isEqualTo(1);
        assertThat(ledger.usage("cloud", DAY)).isEqualTo(new UsageLedger.Usage("cloud", DAY, 1, 120, 40, 0, 1));

        // A new UTC day, a new budget.
        clock.advance(Duration.ofDays(1));
        assertThat(analyst.interact("p").provider()).isEqualTo("cloud");
        assertThat(ledger.usage("cloud", DAY.plusDays(1)).tokens()).isEqualTo(160);
    }

    @Test
    void aSpentMoneyBudgetSkipsTheProviderAndCostsAreChargedAtItsPrices() {
        Prices prices = new Prices(FixedPoint.parsePrice("1.0"), FixedPoint.parsePrice("2.0"));
        ChatAnalyst probe = new ChatAnalyst(cloudConfig(Duration.ofSeconds(5)).withCosts(prices, Budget.UNLIMITED),
                Map.<String, String>of()::get);
        long worstCost = probe.worstCaseCostRaw("p");
        // 120 prompt tokens at 1.0 and 40 completion tokens at 2.0 per 1k: 0.12 + 0.08 = 0.20 a call.
        ProviderConfig budgeted = cloudConfig(Duration.ofSeconds(5)).withCosts(prices,
                new Budget(0, worstCost + FixedPoint.parseMoney("0.19")));
        cloud.answer(VALID).answer(VALID);
        local.answer(VALID);
        FallbackAnalyst analyst = chain(budgeted);

        Interaction first = analyst.interact("p");
        assertThat(FixedPoint.formatMoney(first.costRaw())).isEqualTo("0.2");
        assertThat(analyst.interact("p").provider()).isEqualTo("local");
        assertThat(FixedPoint.formatMoney(ledger.usage("cloud", DAY).costRaw())).isEqualTo("0.2");
        assertThat(ledger.usage("cloud", DAY).refusals()).isEqualTo(1);
    }

    @Test
    void whenEveryProviderFailsTheOutcomeIsTypedAndNamesEachReason() {
        cloud.reply(500, FakeLlmServer.error("boom", "server_error"));
        local.reply(404, FakeLlmServer.ollamaError("model \"llama3.1:8b\" not found, try pulling it first"));
        Interaction interaction = chain().interact("p");
        assertThat(interaction.outcome()).isInstanceOfSatisfying(AdviceFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.ALL_PROVIDERS_FAILED);
            assertThat(f.reason()).startsWith("no provider gave advice: cloud: SERVER_ERROR (").contains("; local: UNAVAILABLE (")
                    .contains("try pulling it first");
        });
        assertThat(interaction.provider()).isEqualTo("chain");
        // A recorded chain failure is asked again live, never replayed as the model's answer.
        ReplayStore store = new ReplayStore();
        FallbackAnalyst analyst = chain();
        cloud.answer(VALID);
        store.put(interaction);
        assertThat(ReplayingAnalyst.recording(store, analyst).advise("p")).isInstanceOf(Advice.class);
    }

    @Test
    void aConnectionRefusedPrimaryIsSkipped() {
        cloud.close();
        local.answer(VALID);
        assertThat(chain().interact("p").provider()).isEqualTo("local");
        assertThat(ledger.usage("cloud", DAY).tokens()).as("never reached: nothing billed").isZero();
    }
}
