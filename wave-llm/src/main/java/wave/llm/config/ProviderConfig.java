package wave.llm.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One provider of the analyst, as {@code [llm.providers.NAME]} of {@code wave.toml} configures it. Holds where the API
 * key is found (an environment variable's name, or an entry of the secrets file), never the key itself.
 *
 * @param name            the provider's name in the configuration, e.g. {@code local}
 * @param kind            the protocol
 * @param baseUrl         e.g. {@code https://api.openai.com/v1}, {@code http://localhost:11434}
 * @param model           the model name the endpoint knows
 * @param temperature     sampling temperature in [0, 2] (0 for the most repeatable answers)
 * @param timeout         connect and read timeout of one call
 * @param maxTokens       cap on the tokens of one answer
 * @param knowledgeCutoff the last date the model's training data covers, or null when unknown
 * @param prices          price per 1,000 tokens
 * @param budget          daily limits
 * @param apiKeyEnv       the environment variable holding the API key, or null
 * @param apiKeySecret    the entry of the secrets file holding the API key, or null (the variable wins when both are set)
 */
public record ProviderConfig(String name, ProviderKind kind, String baseUrl, String model, double temperature,
        Duration timeout, int maxTokens, LocalDate knowledgeCutoff, Prices prices, Budget budget, String apiKeyEnv,
        String apiKeySecret) {

    /** Validates every field; the message names the field and what was expected. */
    public ProviderConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(budget, "budget");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
        }
        if (!(temperature >= 0.0 && temperature <= 2.0)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], got " + temperature);
        }
    }

    /** A free provider without budget, cutoff or key: the common case of a local model. */
    public static ProviderConfig local(String name, ProviderKind kind, String baseUrl, String model, Duration timeout,
            int maxTokens) {
        return new ProviderConfig(name, kind, baseUrl, model, 0.0, timeout, maxTokens, null, Prices.FREE,
                Budget.UNLIMITED, null, null);
    }

    /** The same provider with other prices and budget. */
    public ProviderConfig withCosts(Prices newPrices, Budget newBudget) {
        return new ProviderConfig(name, kind, baseUrl, model, temperature, timeout, maxTokens, knowledgeCutoff, newPrices,
                newBudget, apiKeyEnv, apiKeySecret);
    }

    /** The same provider reading its key from the environment variable {@code variable}. */
    public ProviderConfig withApiKeyEnv(String variable) {
        return new ProviderConfig(name, kind, baseUrl, model, temperature, timeout, maxTokens, knowledgeCutoff, prices,
                budget, variable, apiKeySecret);
    }

    /** The knowledge cutoff, if known. */
    public Optional<LocalDate> cutoff() {
        return Optional.ofNullable(knowledgeCutoff);
    }

    /** The settings as {@code wave llm check} shows them; names where the key comes from, never the key. */
    public Map<String, String> describe() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("kind", kind.configName());
        map.put("base_url", baseUrl);
        map.put("model", model);
        map.put("temperature", Double.toString(temperature));
        map.put("timeout_seconds", Double.toString(timeout.toMillis() / 1000.0));
        map.put("max_tokens", Integer.toString(maxTokens));
        map.put("knowledge_cutoff", knowledgeCutoff == null ? "unknown" : knowledgeCutoff.toString());
        map.put("api_key", apiKeyEnv != null ? "$" + apiKeyEnv : apiKeySecret != null ? "secret " + apiKeySecret : "none");
        return map;
    }
}
