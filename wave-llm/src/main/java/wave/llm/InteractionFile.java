package wave.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Recorded interactions as a file of JSON lines, one interaction a line, appended as they happen: what a later run
 * replays from ({@link #read}). Holds prompts, answers and figures, never an API key (the analyst scrubs keys from
 * answers and failures before they are recorded).
 */
public final class InteractionFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InteractionFile() {
    }

    /** Appends an interaction, creating the file and its directory if needed. */
    public static synchronized void append(Path file, Interaction interaction) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, toJson(interaction) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * The interactions of the file in a store (a later line under the same key replaces an earlier one); an empty
     * store when the file does not exist.
     *
     * @throws IllegalArgumentException naming the file and line of a line that is not an interaction
     */
    public static ReplayStore read(Path file) throws IOException {
        ReplayStore store = new ReplayStore();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return store;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                store.put(fromJson(JSON.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a recorded interaction: " + e.getMessage(), e);
            }
        }
        return store;
    }

    /** One interaction as a JSON object on one line. */
    static String toJson(Interaction i) {
        ObjectNode root = JSON.createObjectNode();
        root.put("key", i.key());
        root.put("provider", i.provider());
        root.put("model", i.model());
        root.put("base_url", i.baseUrl());
        root.put("temperature", i.temperature());
        root.put("max_tokens", i.maxTokens());
        root.put("schema_version", i.schemaVersion());
        root.put("latency_ms", i.latencyMillis());
        root.put("prompt_tokens", i.promptTokens());
        root.put("completion_tokens", i.completionTokens());
        root.put("cost_raw", i.costRaw());
        root.put("prompt", i.prompt());
        ObjectNode outcome = root.putObject("outcome");
        switch (i.outcome()) {
            case Advice a -> {
                outcome.put("action", a.action().name());
                outcome.put("confidence", a.confidence());
                outcome.put("horizon", a.horizon());
                outcome.put("risk_level", a.riskLevel().name());
                outcome.put("rationale", a.rationale());
                var factors = outcome.putArray("key_factors");
                a.keyFactors().forEach(factors::add);
            }
            case AdviceFailure f -> {
                outcome.put("failure", f.kind().name());
                outcome.put("reason", f.reason());
                outcome.put("raw_excerpt", f.rawExcerpt());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Interaction fromJson(JsonNode n) {
        JsonNode o = n.get("outcome");
        AdviceOutcome outcome;
        if (o.has("failure")) {
            outcome = new AdviceFailure(AdviceFailure.Kind.valueOf(o.get("failure").textValue()), o.get("reason").textValue(),
                    o.get("raw_excerpt").textValue());
        } else {
            List<String> factors = new ArrayList<>();
            o.get("key_factors").forEach(f -> factors.add(f.textValue()));
            outcome = new Advice(Action.valueOf(o.get("action").textValue()), o.get("confidence").doubleValue(),
                    o.get("horizon").textValue(), RiskLevel.valueOf(o.get("risk_level").textValue()),
                    o.get("rationale").textValue(), factors);
        }
        return new Interaction(n.get("key").textValue(), n.get("prompt").textValue(), n.get("provider").textValue(),
                n.get("model").textValue(), n.get("base_url").textValue(), n.get("temperature").doubleValue(),
                n.get("max_tokens").intValue(), n.get("schema_version").intValue(), n.get("latency_ms").longValue(),
                n.get("prompt_tokens").intValue(), n.get("completion_tokens").intValue(), n.get("cost_raw").longValue(), outcome);
    }
}
