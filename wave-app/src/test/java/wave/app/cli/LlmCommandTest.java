package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.llm.FakeLlmServer;
import wave.llm.InteractionFile;

/** {@code wave llm check} and {@code wave llm advise} against loopback providers. */
class LlmCommandTest {
    static final String ADVICE = "{\"action\":\"BUY\",\"confidence\":0.72,\"horizon\":\"5d\",\"risk_level\":\"medium\","
            + "\"rationale\":\"Closes above the 20-bar average.\",\"key_factors\":[\"trend\",\"rsi\"]}";

    @TempDir
    Path dir;

    private FakeLlmServer cloud;
    private FakeLlmServer local;

    @BeforeEach
    void start() throws IOException {
        cloud = new FakeLlmServer();
        local = new FakeLlmServer(FakeLlmServer.Protocol.OLLAMA);
    }

    @AfterEach
    void stop() {
        cloud.close();
        local.close();
    }

    /** Two providers; {@code llmKeys} go into [llm], {@code cloudKeys} into the cloud provider's table. */
    private Path config(String llmKeys, String cloudKeys) throws IOException {
        return Files.writeString(dir.resolve("wave.toml"), """
                [llm]
                chain = ["cloud", "local"]
                %s
                [llm.providers.cloud]
                kind = "openai-compatible"
                base_url = "%s"
                model = "fake-model"
                price_per_1k_input = 0.5
                price_per_1k_output = 1.5
                knowledge_cutoff = "2024-06-30"
                %s
                [llm.providers.local]
                kind = "ollama"
                base_url = "%s"
                model = "llama3.1:8b"
                """.formatted(llmKeys, cloud.baseUrl(), cloudKeys, local.baseUrl()));
    }

    @Test
    void checkPingsEveryProvider() throws IOException {
        cloud.answer(ADVICE);
        local.answer(ADVICE);
        Cli run = Cli.run("llm", "check", "--config", config("", "").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("cloud: openai-compatible fake-model at " + cloud.baseUrl()
                + ", key none, knowledge cutoff 2024-06-30");
        // 120 prompt tokens at 0.5 and 40 completion tokens at 1.5 per 1k: 0.06 + 0.06
        assertThat(lines.get(1)).matches("  OK in \\d+ ms: 160 tokens \\(120 in, 40 out\\), cost 0\\.12");
        assertThat(lines.get(2)).matches("  an advice request of a 1500-token prompt may take \\d+ tokens and cost [0-9.]+ at most");
        assertThat(lines.get(3)).isEqualTo("local: ollama llama3.1:8b at " + local.baseUrl() + ", key none, knowledge cutoff unknown");
        assertThat(lines.get(4)).matches("  OK in \\d+ ms: 66 tokens \\(26 in, 40 out\\), cost 0");
        assertThat(cloud.requestBodies.getFirst()).contains("Connection check of Wave");
    }

    @Test
    void checkFailsOnAProviderThatFailsAndNamesAMissingKeyWithoutAKey() throws IOException {
        cloud.reply(500, FakeLlmServer.error("boom", "server_error"));
        Cli run = Cli.run("llm", "check", "--config", config("", "").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  FAILED after ").contains(": SERVER_ERROR: provider error:")
                .endsWith("2 of 2 providers failed\n");

        Cli missing = Cli.run("llm", "check", "--config", config("", "api_key_env = \"WAVE_TEST_SURELY_UNSET_KEY\"").toString());
        assertThat(missing.out()).contains("cloud: openai-compatible fake-model at " + cloud.baseUrl()
                + ", key $WAVE_TEST_SURELY_UNSET_KEY").contains("  FAILED: llm.providers.cloud.api_key_env: the environment "
                + "variable WAVE_TEST_SURELY_UNSET_KEY is not set");
    }

    @Test
    void adviseAsksRecordsAndReplays() throws IOException {
        Path data = Files.write(dir.resolve("ACME.csv"), List.of("Date,Open,High,Low,Close,Volume",
                "2024-01-02,100,102,99,101,1000", "2024-01-03,101,104,100.5,103,1500", "2024-01-04,103,103.5,100,100.5,1200",
                "2024-01-05,100.5,105,100.5,104.5,2000"));
        Path home = dir.resolve("home");
        cloud.reply(429, FakeLlmServer.error("Rate limit reached", "requests"));
        local.answer(ADVICE);
        String[] args = {"llm", "advise", "--data", data.toString(), "--at", "2024-01-04", "--config", config("", "").toString(),
                "--home", home.toString()};
        Cli run = Cli.run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("ACME as of 2024-01-04 \\(3 bars, about \\d+ prompt tokens\\), asked via local \\(llama3.1:8b\\):");
        assertThat(lines.subList(1, 4)).containsExactly("  BUY, confidence 0.72, horizon 5d, risk medium",
                "  Rationale: Closes above the 20-bar average.", "  Key factors: trend, rsi");
        Path record = home.resolve("llm/interactions.jsonl");
        assertThat(lines.get(4)).matches("  Recorded as [0-9a-f]{12} in " + java.util.regex.Pattern.quote(record.toString())
                + " \\(\\d+ ms, 66 tokens, cost 0\\)");
        assertThat(lines.get(5)).isEqualTo("  Warning: 2024-01-04 is not after the knowledge cutoff of cloud (2024-06-30): "
                + "the model may know what followed, so its advice says little about how it would do on unseen data.");
        assertThat(lines).hasSize(6);
        String prompt = local.requestBodies.getFirst();
        assertThat(prompt).contains("2024-01-04,103,103.5,100,100.5,1200").doesNotContain("2024-01-05").doesNotContain("104.5");
        assertThat(InteractionFile.read(record).size()).isEqualTo(1);

        cloud.close();
        local.close();
        Cli again = Cli.run(args);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("replayed from the record via local").contains("  BUY, confidence 0.72");
        assertThat(Files.readAllLines(record)).hasSize(1);
    }

    @Test
    void anApiKeyFromTheSecretsFileIsSentAndAppearsInNoOutputOrRecord() throws IOException {
        String key = "sk-wave-cli-secret-5f4e3d2c1b0a99887766";
        Files.writeString(dir.resolve("secrets.toml"), "cloud = \"" + key + "\"\n");
        Path config = config("secrets_file = \"secrets.toml\"", "api_key_secret = \"cloud\"");
        Path data = Files.write(dir.resolve("ACME.csv"), List.of("Date,Open,High,Low,Close,Volume",
                "2024-01-02,100,102,99,101,1000", "2024-01-03,101,104,100.5,103,1500"));
        Path home = dir.resolve("home");
        // A careless endpoint echoes the Authorization header into its answer and its errors.
        cloud.answer(ADVICE.replace("Closes above the 20-bar average.", "You sent ${AUTH}."));
        cloud.reply(500, FakeLlmServer.error("bad gateway, you sent ${AUTH}", "server_error"));
        local.reply(500, FakeLlmServer.ollamaError("no"));
        Cli advise = Cli.run("llm", "advise", "--data", data.toString(), "--at", "2024-01-03", "--config", config.toString(),
                "--home", home.toString());
        Cli check = Cli.run("llm", "check", "--config", config.toString());
        assertThat(cloud.authorizations).containsOnly("Bearer " + key);
        assertThat(advise.out()).contains("Rationale: You sent Bearer ***.");
        assertThat(check.out()).contains("key secret cloud").contains("FAILED");
        String record = Files.readString(home.resolve("llm/interactions.jsonl"));
        for (String text : List.of(advise.out(), advise.err(), check.out(), check.err(), record, Files.readString(config))) {
            assertThat(text).doesNotContain(key).doesNotContain(key.substring(3, 24));
        }
    }

    @Test
    void withoutAnLlmTableTheErrorSaysWhatToConfigure() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.toml"), "[costs]\nfee_pct = 0.1\n");
        Cli run = Cli.run("llm", "check", "--config", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("wave: error: no [llm] table in [" + file + "]: configure a provider (docs/llm.md)");
    }
}
