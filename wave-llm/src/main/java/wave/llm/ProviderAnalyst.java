package wave.llm;

import wave.llm.config.ApiKeys;
import wave.llm.config.ProviderConfig;
import wave.llm.embedded.EmbeddedAnalyst;

/** The analyst on one configured provider, whose worst-case usage can be reserved against its budget. */
public interface ProviderAnalyst extends Analyst, InteractionSource {
    /** The provider's configuration (which names where the key is found, never the key). */
    ProviderConfig config();

    /** The most tokens one request on this prompt may use, estimated before sending. */
    long worstCaseTokens(String prompt);

    /** What {@link #worstCaseTokens} costs at the provider's prices, a raw amount. */
    long worstCaseCostRaw(String prompt);

    /**
     * The analyst of a provider: {@link ChatAnalyst} for the HTTP kinds, {@link EmbeddedAnalyst} for a
     * GGUF file run in process.
     *
     * @throws IllegalArgumentException when the provider names a key that is not set, or cannot run
     */
    static ProviderAnalyst of(ProviderConfig config, ApiKeys keys) {
        return switch (config.kind()) {
            case OPENAI_COMPATIBLE, OLLAMA -> new ChatAnalyst(config, keys);
            case EMBEDDED -> new EmbeddedAnalyst(config);
        };
    }
}
