package wave.llm.config;

import java.util.Locale;

/** How Wave talks to a provider: the protocol, not the vendor. */
public enum ProviderKind {
    /**
     * OpenAI's chat-completions API at a base URL ending in {@code /v1}: OpenAI, OpenRouter, LM Studio, vLLM, Ollama's
     * {@code /v1}, and Azure OpenAI's v1 API ({@code https://RESOURCE.openai.azure.com/openai/v1}).
     */
    OPENAI_COMPATIBLE,
    /** Ollama's native API ({@code POST /api/chat}) at its base URL, by default {@code http://localhost:11434}. */
    OLLAMA,
    /**
     * A GGUF model file run by llama.cpp (de.kherud:llama) in a child JVM, with grammar-constrained decoding; the
     * {@code model} is the file.
     */
    EMBEDDED;

    /** The name in {@code wave.toml}: {@code openai-compatible}, {@code ollama}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named in {@code wave.toml}. */
    public static ProviderKind ofConfigName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
