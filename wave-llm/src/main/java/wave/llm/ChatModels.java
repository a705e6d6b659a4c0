package wave.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import wave.llm.config.ProviderConfig;

/** Builds langchain4j's chat model for a provider: no hidden retries, request and response logging off. */
final class ChatModels {
    private ChatModels() {
    }

    /**
     * The chat model of the provider.
     *
     * @param apiKey the key, or null for endpoints that need none
     */
    static ChatModel of(ProviderConfig config, String apiKey) {
        return switch (config.kind()) {
            case OPENAI_COMPATIBLE -> OpenAiChatModel.builder()
                    .baseUrl(config.baseUrl())
                    // Local endpoints (LM Studio, vLLM) need no key; the client wants a value all the same.
                    .apiKey(apiKey == null ? "no-key" : apiKey)
                    .modelName(config.model())
                    .temperature(config.temperature())
                    .timeout(config.timeout())
                    .maxTokens(config.maxTokens())
                    .maxRetries(0)
                    .logRequests(false)
                    .logResponses(false)
                    .build();
            case OLLAMA -> {
                OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder();
                builder.baseUrl(config.baseUrl())
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .timeout(config.timeout())
                        .numPredict(config.maxTokens())
                        .logRequests(false)
                        .logResponses(false);
                if (apiKey != null) { // Ollama behind an authenticating proxy
                    builder.customHeaders(Map.of("Authorization", "Bearer " + apiKey));
                }
                yield builder.maxRetries(0).build();
            }
            case EMBEDDED -> throw new IllegalArgumentException("an embedded provider has no chat endpoint");
        };
    }
}
