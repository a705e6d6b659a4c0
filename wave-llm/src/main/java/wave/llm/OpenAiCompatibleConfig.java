package wave.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible chat-completions endpoint (OpenAI, OpenRouter, LM Studio, vLLM, Ollama's
 * {@code /v1}). Holds the <em>name</em> of the environment variable with the API key, never the key itself.
 *
 * @param baseUrl     e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 * @param model       the model name the endpoint knows
 * @param temperature sampling temperature (0 for the most repeatable answers)
 * @param timeout     connect and read timeout of one call
 * @param maxTokens   cap on the tokens of one answer
 * @param apiKeyEnv   the environment variable holding the API key; null or unset for endpoints that need none
 */
public record OpenAiCompatibleConfig(String baseUrl, String model, double temperature, Duration timeout, int maxTokens,
        String apiKeyEnv) {

    public OpenAiCompatibleConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
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
}
