package wave.llm.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import wave.llm.Advice;
import wave.llm.AdviceFailure;
import wave.llm.AdviceOutcome;
import wave.llm.AdviceParser;
import wave.llm.ChatAnalyst;
import wave.llm.Interaction;
import wave.llm.ProviderAnalyst;
import wave.llm.Tokens;
import wave.llm.config.ProviderConfig;
import wave.llm.config.ProviderKind;

/**
 * The analyst on a GGUF model file the user has, run by llama.cpp's Java bindings (de.kherud:llama) in a child JVM
 * (the bindings leave a non-daemon thread behind, and a crash of the native code must not take Wave down), decoding
 * under the {@link AdviceGrammar}: every answer is advice of at most {@value AdviceGrammar#MAX_CHARS} characters, so
 * even a small model answers validly within the token cap. The answer is still checked against the schema. The child
 * is killed at the provider's timeout.
 */
public final class EmbeddedAnalyst implements ProviderAnalyst {
    /** The seed used unless another is given. */
    public static final int DEFAULT_SEED = 42;

    private final ProviderConfig config;
    private final Path model;
    private final int seed;
    private final AdviceParser parser = new AdviceParser();

    /** An analyst on the provider's model file with the default seed. */
    public EmbeddedAnalyst(ProviderConfig config) {
        this(config, DEFAULT_SEED);
    }

    /**
     * An analyst on the provider's model file.
     *
     * @throws IllegalArgumentException when the provider is not embedded, its file cannot be read, or its token cap is
     *                                  below the longest answer the grammar allows
     */
    public EmbeddedAnalyst(ProviderConfig config, int seed) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.kind() != ProviderKind.EMBEDDED) {
            throw new IllegalArgumentException("provider " + config.name() + " is not embedded");
        }
        this.model = Path.of(config.model());
        if (!Files.isReadable(model)) {
            throw new IllegalArgumentException("llm.providers." + config.name() + ".model: cannot read the GGUF file " + model);
        }
        if (config.maxTokens() < AdviceGrammar.MAX_CHARS) {
            throw new IllegalArgumentException("llm.providers." + config.name() + ".max_tokens: an embedded model needs at "
                    + "least " + AdviceGrammar.MAX_CHARS + " (the longest advice its grammar allows), got " + config.maxTokens());
        }
        this.seed = seed;
    }

    @Override
    public ProviderConfig config() {
        return config;
    }

    @Override
    public String keyOf(String prompt) {
        return Interaction.keyOf(prompt, config.model() + "#seed=" + seed, "embedded", config.temperature(),
                config.maxTokens(), Interaction.SCHEMA_VERSION);
    }

    @Override
    public AdviceOutcome advise(String prompt) {
        return interact(prompt).outcome();
    }

    @Override
    public long worstCaseTokens(String prompt) {
        return Tokens.estimate(fullPrompt(prompt)) + config.maxTokens();
    }

    @Override
    public long worstCaseCostRaw(String prompt) {
        return config.prices().costRaw(Tokens.estimate(fullPrompt(prompt)), config.maxTokens());
    }

    @Override
    public Interaction interact(String prompt) {
        String full = fullPrompt(prompt);
        long start = System.nanoTime();
        String answer = "";
        AdviceOutcome outcome;
        Path dir = null;
        try {
            dir = Files.createTempDirectory("wave-llama");
            Path answerFile = dir.resolve("answer.txt");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                    EmbeddedRunner.class.getName(), model.toString(), answerFile.toString(), Integer.toString(seed),
                    Integer.toString(config.maxTokens()), Double.toString(config.temperature()),
                    Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("stderr.txt").toFile()).start();
            try (OutputStream in = child.getOutputStream()) {
                in.write(full.getBytes(StandardCharsets.UTF_8));
            }
            if (!child.waitFor(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                outcome = failure(AdviceFailure.Kind.TIMEOUT, "no answer within " + config.timeout().toMillis() + " ms", "");
            } else if (child.exitValue() != 0 || !Files.exists(answerFile)) {
                outcome = failure(AdviceFailure.Kind.UNAVAILABLE, "the model did not run (exit status " + child.exitValue()
                        + "): " + Files.readString(dir.resolve("stderr.txt")).strip(), "");
            } else {
                answer = Files.readString(answerFile, StandardCharsets.UTF_8);
                outcome = switch (parser.parse(answer)) {
                    case AdviceParser.Parsed.Valid(Advice advice) -> advice;
                    case AdviceParser.Parsed.Invalid(String reason) -> failure(AdviceFailure.Kind.MALFORMED_ADVICE, reason, answer);
                };
            }
        } catch (IOException e) {
            outcome = failure(AdviceFailure.Kind.UNAVAILABLE, "cannot run the model: " + e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = failure(AdviceFailure.Kind.UNAVAILABLE, "interrupted", "");
        } finally {
            delete(dir);
        }
        long latencyMillis = (System.nanoTime() - start) / 1_000_000;
        int promptTokens = Tokens.estimate(full);
        int completionTokens = Tokens.estimate(answer);
        return new Interaction(keyOf(prompt), prompt, config.name(), config.model(), "embedded", config.temperature(),
                config.maxTokens(), Interaction.SCHEMA_VERSION, latencyMillis, promptTokens, completionTokens,
                config.prices().costRaw(promptTokens, completionTokens), outcome);
    }

    private String fullPrompt(String prompt) {
        return ChatAnalyst.INSTRUCTIONS + parser.schemaText() + "\n\n" + prompt + "\n";
    }

    private AdviceFailure failure(AdviceFailure.Kind kind, String reason, String raw) {
        return new AdviceFailure(kind, reason + " [" + config.model() + ", embedded]", raw);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    @Override
    public String toString() {
        return "EmbeddedAnalyst[" + config.name() + ", " + config.model() + ", seed " + seed + "]";
    }
}
