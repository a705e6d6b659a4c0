package wave.llm.config;

import java.util.Optional;
import java.util.function.Function;

/** Finds a provider's API key: the environment variable it names first, then its entry of the secrets file. */
public final class ApiKeys {
    private final Function<String, String> environment;
    private final Secrets secrets;

    /**
     * Keys from an environment and a secrets file.
     *
     * @param environment variable lookup ({@code System::getenv}; tests pass a map)
     * @param secrets     the secrets file's entries, or {@link Secrets#NONE}
     */
    public ApiKeys(Function<String, String> environment, Secrets secrets) {
        this.environment = environment;
        this.secrets = secrets;
    }

    /** Keys from the process environment only. */
    public static ApiKeys fromEnvironment() {
        return new ApiKeys(System::getenv, Secrets.NONE);
    }

    /**
     * The provider's key, or empty when it names none.
     *
     * @throws IllegalArgumentException when it names a variable or secret that is not set (the message names where
     *                                  the key was looked for, never a key)
     */
    public Optional<String> keyOf(ProviderConfig provider) {
        if (provider.apiKeyEnv() != null) {
            String value = environment.apply(provider.apiKeyEnv());
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
            if (provider.apiKeySecret() == null) {
                throw new IllegalArgumentException("llm.providers." + provider.name() + ".api_key_env: the environment variable "
                        + provider.apiKeyEnv() + " is not set");
            }
        }
        if (provider.apiKeySecret() != null) {
            return Optional.of(secrets.get(provider.apiKeySecret()).orElseThrow(() -> new IllegalArgumentException(
                    "llm.providers." + provider.name() + ".api_key_secret: " + secrets + " has no entry "
                            + provider.apiKeySecret())));
        }
        return Optional.empty();
    }
}
