package wave.llm.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The analyst's configuration: its providers in the order they are tried, and the secrets file their keys may come
 * from.
 *
 * @param chain       the primary first, then its fallbacks (at least one)
 * @param secretsFile the secrets file, or null
 */
public record LlmConfig(List<ProviderConfig> chain, Path secretsFile) {
    /** Requires at least one provider. */
    public LlmConfig {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the LLM configuration needs at least one provider");
        }
    }

    /** A chain of the given providers, without secrets file. */
    public static LlmConfig of(ProviderConfig... providers) {
        return new LlmConfig(List.of(providers), null);
    }

    /** The provider of that name. */
    public ProviderConfig provider(String name) {
        return chain.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no LLM provider " + name + "; configured: "
                        + chain.stream().map(ProviderConfig::name).toList()));
    }

    /** The primary provider. */
    public ProviderConfig primary() {
        return Objects.requireNonNull(chain.getFirst());
    }
}
