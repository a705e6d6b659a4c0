package wave.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One exchange with the analyst's model, addressed by the SHA-256 of what determines the answer (prompt and
 * parameters). Holds no API key.
 *
 * @param key              {@link #keyOf}: hex SHA-256 of the schema version, model, base URL, temperature, max tokens and prompt
 * @param prompt           the prompt as sent
 * @param provider         the provider's name in the configuration, e.g. {@code local}
 * @param model            the model name
 * @param baseUrl          the endpoint
 * @param temperature      the sampling temperature
 * @param maxTokens        the answer's token cap
 * @param schemaVersion    the version of {@code advice.schema.json}
 * @param latencyMillis    wall time of the exchange, repair round included
 * @param promptTokens     input tokens the provider reported, summed over the calls (0 when it reported none)
 * @param completionTokens output tokens the provider reported, summed over the calls
 * @param costRaw          what the tokens cost at the provider's prices, a raw fixed-point amount
 * @param outcome          the parsed advice or the failure
 */
public record Interaction(String key, String prompt, String provider, String model, String baseUrl, double temperature,
        int maxTokens, int schemaVersion, long latencyMillis, int promptTokens, int completionTokens,
        long costRaw, AdviceOutcome outcome) {

    /** The version of the shipped advice schema. */
    public static final int SCHEMA_VERSION = 1;

    public Interaction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The same exchange under another content address (a fallback chain records under its own). */
    public Interaction withKey(String newKey) {
        return new Interaction(newKey, prompt, provider, model, baseUrl, temperature, maxTokens, schemaVersion,
                latencyMillis, promptTokens, completionTokens, costRaw, outcome);
    }

    /** The same exchange with another outcome. */
    public Interaction withOutcome(AdviceOutcome newOutcome) {
        return new Interaction(key, prompt, provider, model, baseUrl, temperature, maxTokens, schemaVersion,
                latencyMillis, promptTokens, completionTokens, costRaw, newOutcome);
    }

    /** The content address of a prompt sent to a fallback chain: the addresses under each of its providers, in order. */
    public static String keyOfChain(List<String> memberKeys) {
        return sha256(canonical(memberKeys.toArray(String[]::new), "wave-llm-chain"));
    }

    /** The content address of a prompt under the given parameters. */
    public static String keyOf(String prompt, String model, String baseUrl, double temperature, int maxTokens, int schemaVersion) {
        return sha256(canonical(new String[] {Integer.toString(schemaVersion), model, baseUrl,
                Double.toString(temperature), Integer.toString(maxTokens), prompt}, "wave-llm-interaction"));
    }

    private static String canonical(String[] parts, String tag) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(tag.length()).append(':').append(tag).append('\n');
        for (String part : parts) {
            // Length-prefixed, so that no two different field lists give the same text.
            canonical.append(part.length()).append(':').append(part).append('\n');
        }
        return canonical.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
