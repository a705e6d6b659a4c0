package wave.llm;

import java.time.Duration;
import wave.llm.config.Budget;
import wave.llm.config.Prices;
import wave.llm.config.ProviderConfig;
import wave.llm.config.ProviderKind;

/** Provider configurations of the tests' loopback servers. */
final class TestProviders {
    private TestProviders() {
    }

    static ProviderConfig openAi(String name, String baseUrl, double temperature, Duration timeout, int maxTokens,
            String apiKeyEnv) {
        return new ProviderConfig(name, ProviderKind.OPENAI_COMPATIBLE, baseUrl, "fake-model", temperature, timeout,
                maxTokens, null, Prices.FREE, Budget.UNLIMITED, apiKeyEnv, null);
    }

    static ProviderConfig ollama(String name, String baseUrl, Duration timeout) {
        return ProviderConfig.local(name, ProviderKind.OLLAMA, baseUrl, "llama3.1:8b", timeout, 256);
    }
}
