package wave.llm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.domain.money.FixedPoint;
import wave.llm.ChatAnalyst;

class LlmSettingsTest {
    static final String KEY = "sk-wave-config-test-9f8e7d6c5b4a";

    static final String FULL = """
            [llm]
            chain = ["local", "openai"]
            secrets_file = "secrets.toml"

            [llm.providers.local]
            kind = "ollama"
            model = "llama3.1:8b"
            knowledge_cutoff = "2023-12-01"

            [llm.providers.openai]
            kind = "openai-compatible"
            base_url = "https://api.openai.com/v1"
            model = "gpt-4o-mini"
            temperature = 0.2
            timeout_seconds = 12.5
            max_tokens = 400
            knowledge_cutoff = "2023-10-01"
            price_per_1k_input = 0.00015
            price_per_1k_output = 0.0006
            daily_token_budget = 200000
            daily_cost_budget = 2.5
            api_key_env = "OPENAI_API_KEY"
            """;

    private static Document doc(String text, String source) {
        return Documents.parse(text, source, DocumentFormat.TOML);
    }

    private static List<String> problems(String text) {
        try {
            LlmSettings.resolve(List.of(doc(text, "/work/wave.toml")));
        } catch (DocumentException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void readsEveryKeyWithItsDefaults() {
        LlmConfig config = LlmSettings.resolve(List.of(doc(FULL, "/work/wave.toml")));
        assertThat(config.chain()).extracting(ProviderConfig::name).containsExactly("local", "openai");
        assertThat(config.secretsFile()).isEqualTo(Path.of("/work/secrets.toml"));

        ProviderConfig local = config.provider("local");
        assertThat(local.kind()).isEqualTo(ProviderKind.OLLAMA);
        assertThat(local.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(local.temperature()).isEqualTo(0.0);
        assertThat(local.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(local.maxTokens()).isEqualTo(512);
        assertThat(local.prices()).isEqualTo(Prices.FREE);
        assertThat(local.budget()).isEqualTo(Budget.UNLIMITED);
        assertThat(local.knowledgeCutoff()).isEqualTo(LocalDate.of(2023, 12, 1));

        ProviderConfig openai = config.provider("openai");
        assertThat(openai.kind()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
        assertThat(openai.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(openai.temperature()).isEqualTo(0.2);
        assertThat(openai.timeout()).isEqualTo(Duration.ofMillis(12_500));
        assertThat(openai.maxTokens()).isEqualTo(400);
        assertThat(FixedPoint.formatPrice(openai.prices().per1kInputRaw())).isEqualTo("0.00015");
        assertThat(FixedPoint.formatPrice(openai.prices().per1kOutputRaw())).isEqualTo("0.0006");
        assertThat(openai.budget().dailyTokens()).isEqualTo(200_000);
        assertThat(FixedPoint.formatMoney(openai.budget().dailyCostRaw())).isEqualTo("2.5");
        assertThat(openai.apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
        // 1,200 prompt and 300 completion tokens: 1.2 x 0.00015 + 0.3 x 0.0006 = 0.00018 + 0.00018
        assertThat(FixedPoint.formatMoney(openai.prices().costRaw(1_200, 300))).isEqualTo("0.00036");
    }

    @Test
    void anEmbeddedModelIsAFileRelativeToTheConfiguration() {
        LlmConfig config = LlmSettings.resolve(List.of(doc("""
                [llm.providers.pocket]
                kind = "embedded"
                model = "models/qwen2.5-0.5b-instruct-q4_k_m.gguf"
                """, "/work/wave.toml")));
        ProviderConfig pocket = config.primary();
        assertThat(pocket.kind()).isEqualTo(ProviderKind.EMBEDDED);
        assertThat(pocket.model()).isEqualTo("/work/models/qwen2.5-0.5b-instruct-q4_k_m.gguf");
        assertThat(pocket.baseUrl()).isEqualTo("embedded");
        assertThat(pocket.maxTokens()).isEqualTo(512);
    }

    @Test
    void noLlmTableIsNoConfiguration() {
        assertThat(LlmSettings.resolve(List.of(doc("[costs]\nfee_pct = 0.1\n", "wave.toml")))).isNull();
    }

    @Test
    void aLaterFileOverridesKeyByKey() {
        Document home = doc(FULL, "/home/u/.wave/wave.toml");
        Document local = doc("""
                [llm]
                chain = ["openai"]
                [llm.providers.openai]
                model = "gpt-4.1-mini"
                """, "/work/wave.toml");
        LlmConfig config = LlmSettings.resolve(List.of(home, local));
        assertThat(config.chain()).extracting(ProviderConfig::name).containsExactly("openai");
        assertThat(config.primary().model()).isEqualTo("gpt-4.1-mini");
        assertThat(config.primary().maxTokens()).as("kept from the home file").isEqualTo(400);
    }

    @Test
    void refusesUnknownKeysWithFileLineAndKey() {
        assertThat(problems("""
                [llm.providers.a]
                kind = "ollama"
                model = "m"
                temprature = 0.5
                """)).singleElement().asString()
                .startsWith("/work/wave.toml:4: llm.providers.a.temprature: unknown key 'temprature'")
                .contains("did you mean 'temperature'");
    }

    @Test
    void refusesOutOfRangeValuesAndAnUnknownKind() {
        assertThat(problems("""
                [llm.providers.a]
                kind = "azure"
                model = "m"
                temperature = 3
                max_tokens = 0
                """)).containsExactly(
                "/work/wave.toml:2: llm.providers.a.kind: expected one of \"openai-compatible\", \"ollama\" or \"embedded\", got \"azure\"",
                "/work/wave.toml:4: llm.providers.a.temperature: expected a number >= 0 and <= 2, got 3",
                "/work/wave.toml:5: llm.providers.a.max_tokens: expected a whole number >= 1 and <= 1000000, got 0");
    }

    @Test
    void refusesAChainNamingAnUnknownProviderAndAProviderWithoutModel() {
        assertThat(problems("""
                [llm]
                chain = ["a", "b"]
                [llm.providers.a]
                kind = "openai-compatible"
                model = "m"
                base_url = "http://127.0.0.1:1/v1"
                [llm.providers.c]
                kind = "ollama"
                """)).containsExactlyInAnyOrder(
                "/work/wave.toml:8: llm.providers.c.kind: provider c has no model",
                "/work/wave.toml:2: llm.chain: chain names provider 'b', which has no [llm.providers.b] table (providers: a, c)");
    }

    @Test
    void refusesAnImpossibleCutoffAndAnOpenAiProviderWithoutBaseUrl() {
        assertThat(problems("""
                [llm.providers.a]
                kind = "openai-compatible"
                model = "m"
                knowledge_cutoff = "2023-02-30"
                """)).containsExactly(
                "/work/wave.toml:2: llm.providers.a.kind: provider a has no base_url (e.g. https://api.openai.com/v1, http://localhost:1234/v1)",
                "/work/wave.toml:4: llm.providers.a.knowledge_cutoff: expected a date YYYY-MM-DD that exists, got \"2023-02-30\"");
    }

    @Test
    void aKeyWrittenWhereItsVariableBelongsIsRefusedWithoutEchoingIt() {
        List<String> problems = problems("""
                [llm.providers.a]
                kind = "ollama"
                model = "m"
                api_key_env = "%s"
                """.formatted(KEY));
        assertThat(problems).containsExactly("/work/wave.toml:4: llm.providers.a.api_key_env: expected the name of an "
                + "environment variable (letters, digits and _), not the key itself");
        assertThat(String.join("\n", problems)).doesNotContain(KEY).doesNotContain(KEY.substring(3, 20));
    }

    @Test
    void anEmptyLlmTableNeedsAProvider() {
        assertThat(problems("[llm]\n")).containsExactly(
                "/work/wave.toml:1: llm: [llm] configures no provider: add an [llm.providers.NAME] table");
    }

    @Test
    void keysComeFromTheEnvironmentOrTheSecretsFileAndAppearInNoText(@TempDir Path dir) throws Exception {
        Path secretsFile = dir.resolve("secrets.toml");
        Files.writeString(secretsFile, "openai = \"" + KEY + "\"\n");
        Path wave = dir.resolve("wave.toml");
        Files.writeString(wave, FULL.replace("api_key_env = \"OPENAI_API_KEY\"", "api_key_secret = \"openai\""));
        LlmConfig config = LlmSettings.resolve(List.of(Documents.read(wave, wave.toString(), DocumentFormat.TOML)));
        Secrets secrets = Secrets.read(config.secretsFile());
        ApiKeys keys = new ApiKeys(Map.<String, String>of()::get, secrets);
        ProviderConfig openai = config.provider("openai");
        assertThat(keys.keyOf(openai)).contains(KEY);
        assertThat(new ApiKeys(Map.of("OPENAI_API_KEY", "sk-from-env")::get, secrets)
                .keyOf(openai.withApiKeyEnv("OPENAI_API_KEY"))).as("the variable wins").contains("sk-from-env");
        assertThat(keys.keyOf(config.provider("local"))).isEmpty();

        ChatAnalyst analyst = new ChatAnalyst(openai, keys);
        for (Object shown : List.of(analyst, openai, config, secrets, openai.describe())) {
            assertThat(shown.toString()).doesNotContain(KEY).doesNotContain(KEY.substring(3, 20));
        }
        assertThat(openai.describe()).containsEntry("api_key", "secret openai");
    }

    @Test
    void aMissingKeyIsRefusedNamingWhereItWasLookedFor(@TempDir Path dir) throws Exception {
        ProviderConfig openai = LlmSettings.resolve(List.of(doc(FULL, dir.resolve("wave.toml").toString()))).provider("openai");
        assertThatThrownBy(() -> ApiKeys.fromEnvironment().keyOf(openai.withApiKeyEnv("WAVE_TEST_SURELY_UNSET_VARIABLE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("llm.providers.openai.api_key_env: the environment variable WAVE_TEST_SURELY_UNSET_VARIABLE is not set");
        Path broken = dir.resolve("secrets.toml");
        Files.writeString(broken, "openai = \"" + KEY + "\n");
        assertThatThrownBy(() -> Secrets.read(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(broken + ":1: the secrets file is not valid TOML")
                .message().doesNotContain(KEY);
    }
}
