package wave.llm.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.llm.Advice;
import wave.llm.AdviceFailure;
import wave.llm.Interaction;
import wave.llm.config.Budget;
import wave.llm.config.Prices;
import wave.llm.config.ProviderConfig;
import wave.llm.config.ProviderKind;

/**
 * The embedded provider for real: llama.cpp (de.kherud:llama 4.2.0) runs a tiny random-weight GGUF model the test
 * writes itself, in a child JVM, under the advice grammar.
 */
class EmbeddedAnalystTest {
    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void writeModel() throws Exception {
        model = TinyGguf.write(dir.resolve("tiny.gguf"), 7);
    }

    /** Sampling at temperature 1, so that the seed matters. */
    private static ProviderConfig config(Duration timeout, int maxTokens) {
        return new ProviderConfig("pocket", ProviderKind.EMBEDDED, "embedded", model.toString(), 1.0, timeout, maxTokens, null,
                Prices.FREE, Budget.UNLIMITED, null, null);
    }

    @Test
    void theModelFileIsTinyAndItsVocabularySpellsEveryByte() throws Exception {
        assertThat(Files.size(model)).isBetween(50_000L, 300_000L);
        List<String> vocabulary = TinyGguf.vocabulary();
        Set<String> bytes = new HashSet<>();
        for (int b = 0; b < 256; b++) {
            bytes.add(String.format("<0x%02X>", b));
        }
        assertThat(vocabulary).containsAll(bytes).hasSize(259);
    }

    @Test
    void theGrammarBoundsEveryStringAndArray() {
        String rules = AdviceGrammar.text().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        // Outside quoted literals and character classes, no unbounded repetition.
        String structure = rules.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("\\[(\\\\.|[^\\]\\\\])*\\]", "[]");
        assertThat(structure).doesNotContain("*").doesNotContain("+");
        assertThat(structure).contains("{0,159}", "{0,4}", "{0,23}");
    }

    @Test
    void adviceValidatesAgainstTheSchemaForFiveSeeds() {
        Set<String> threadsBefore = nonDaemonThreads();
        Set<String> answers = new HashSet<>();
        for (int seed = 1; seed <= 5; seed++) {
            Interaction interaction = new EmbeddedAnalyst(config(Duration.ofSeconds(60), 512), seed).interact("ACME closed at 101.5.");
            // Advice only when the answer validated against advice.schema.json.
            assertThat(interaction.outcome()).as("seed %d: %s", seed, interaction.outcome()).isInstanceOf(Advice.class);
            Advice advice = (Advice) interaction.outcome();
            assertThat(advice.rationale()).isNotBlank().hasSizeLessThanOrEqualTo(160);
            assertThat(advice.keyFactors()).hasSizeLessThanOrEqualTo(5);
            assertThat(interaction.provider()).isEqualTo("pocket");
            assertThat(interaction.completionTokens()).isPositive();
            answers.add(advice.toString());
        }
        assertThat(answers).as("different seeds, different answers").hasSizeGreaterThan(1);
        assertThat(nonDaemonThreads()).as("the bindings' thread stays in the child JVM").isEqualTo(threadsBefore);
    }

    @Test
    void theSameSeedGivesTheSameAdvice() {
        EmbeddedAnalyst analyst = new EmbeddedAnalyst(config(Duration.ofSeconds(60), 512), 3);
        assertThat(analyst.advise("p")).isEqualTo(analyst.advise("p"));
    }

    @Test
    void aChildThatTakesTooLongIsKilledAsATimeout() {
        Interaction interaction = new EmbeddedAnalyst(config(Duration.ofMillis(50), 512), 1).interact("p");
        assertThat(interaction.outcome()).isInstanceOfSatisfying(AdviceFailure.class,
                f -> assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.TIMEOUT));
    }

    @Test
    void aTokenCapBelowTheLongestAdviceAndAMissingFileAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmbeddedAnalyst(config(Duration.ofSeconds(5), 300)))
                .withMessage("llm.providers.pocket.max_tokens: an embedded model needs at least 400 (the longest advice its "
                        + "grammar allows), got 300");
        ProviderConfig missing = ProviderConfig.local("pocket", ProviderKind.EMBEDDED, "embedded",
                dir.resolve("none.gguf").toString(), Duration.ofSeconds(5), 512);
        assertThatIllegalArgumentException().isThrownBy(() -> new EmbeddedAnalyst(missing))
                .withMessage("llm.providers.pocket.model: cannot read the GGUF file " + dir.resolve("none.gguf"));
    }

    private static Set<String> nonDaemonThreads() {
        Set<String> names = new HashSet<>();
        Thread.getAllStackTraces().keySet().stream().filter(t -> !t.isDaemon() && t.isAlive())
                .forEach(t -> names.add(t.getName()));
        return names;
    }
}
