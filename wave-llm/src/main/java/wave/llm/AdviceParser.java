package wave.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@link Advice} from a model's answer: finds the JSON object (bare, inside a {@code ```json} fence, or
 * wrapped in prose), validates it against {@code advice.schema.json}, and on failure asks the model for one repair
 * before giving a typed {@link AdviceFailure}. Never turns a bad answer into a HOLD.
 */
public final class AdviceParser {
    /** The schema resource on the class path. */
    public static final String SCHEMA_RESOURCE = "wave/llm/advice.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String schemaText;
    private final Schema schema;

    public AdviceParser() {
        try (InputStream in = AdviceParser.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(schemaText));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** The JSON Schema advice must satisfy, as shipped (quoted to the model in its instructions). */
    public String schemaText() {
        return schemaText;
    }

    /** What one answer gave: advice, or the reason it is not valid advice. */
    public sealed interface Parsed {
        /** Valid advice. */
        record Valid(Advice advice) implements Parsed {
        }

        /** Not valid advice, and why. */
        record Invalid(String reason) implements Parsed {
        }
    }

    /** Asks the model once more, showing it its invalid answer and the reason; returns its new answer. */
    @FunctionalInterface
    public interface Repair {
        String ask(String invalidAnswer, String reason);
    }

    /** Parses one answer, without repair. */
    public Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Parsed.Invalid("the answer is empty");
        }
        String candidate = extractJson(raw);
        if (candidate == null) {
            return new Parsed.Invalid("the answer holds no JSON object");
        }
        JsonNode node;
        try {
            node = JSON.readTree(candidate);
        } catch (JsonProcessingException e) {
            return new Parsed.Invalid("the answer is not valid JSON: " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            problems.add(error.toString());
        }
        if (!problems.isEmpty()) {
            return new Parsed.Invalid("the advice does not match the schema: " + String.join("; ", problems));
        }
        List<String> factors = new ArrayList<>();
        node.get("key_factors").forEach(f -> factors.add(f.textValue()));
        try {
            return new Parsed.Valid(new Advice(Action.valueOf(node.get("action").textValue()),
                    node.get("confidence").doubleValue(), node.get("horizon").textValue(),
                    RiskLevel.ofJson(node.get("risk_level").textValue()), node.get("rationale").textValue(), factors));
        } catch (IllegalArgumentException e) {
            return new Parsed.Invalid("the advice is not valid: " + e.getMessage());
        }
    }

    /**
     * Parses an answer; if it is not valid advice, asks for one repair and parses that. A second invalid answer
     * gives {@link AdviceFailure.Kind#MALFORMED_ADVICE} with the reason and an excerpt of the last answer.
     * Exceptions of the repair call (timeouts, HTTP errors) propagate to the caller.
     */
    public AdviceOutcome parseWithRepair(String raw, Repair repair) {
        Objects.requireNonNull(repair, "repair");
        Parsed first = parse(raw);
        if (first instanceof Parsed.Valid(Advice advice)) {
            return advice;
        }
        String firstReason = ((Parsed.Invalid) first).reason();
        String second = repair.ask(raw, firstReason);
        return switch (parse(second)) {
            case Parsed.Valid(Advice advice) -> advice;
            case Parsed.Invalid(String reason) -> new AdviceFailure(AdviceFailure.Kind.MALFORMED_ADVICE,
                    "no valid advice after one repair round: " + reason + " (first answer: " + firstReason + ")", second);
        };
    }

    /** The JSON object in an answer: the content of a ``` fence if there is one, else from the first '{' to the last '}'. */
    static String extractJson(String raw) {
        String text = raw;
        int fence = text.indexOf("```");
        if (fence >= 0) {
            int lineEnd = text.indexOf('\n', fence);
            int close = lineEnd < 0 ? -1 : text.indexOf("```", lineEnd);
            if (close > lineEnd) {
                text = text.substring(lineEnd + 1, close);
            }
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        return start >= 0 && end > start ? text.substring(start, end + 1) : null;
    }
}
