package wave.llm.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.Problem;
import wave.config.SchemaChecker;
import wave.domain.money.FixedPoint;

/**
 * Reads the analyst's configuration from the {@code [llm]} tables of the {@code wave.toml} files, fail closed: each
 * table is checked against {@value #SCHEMA_RESOURCE}, the tables are merged key by key (a later file wins, a
 * {@code chain} replaces the earlier one), and any problem (a provider without kind or model, a chain naming an
 * unknown provider, a date that does not exist, a key where a variable's name belongs) refuses the whole
 * configuration with the file, line and key of each problem. Defaults: temperature 0, 30 s timeout, 512 tokens, free,
 * no budget; Ollama's base URL {@value #OLLAMA_BASE_URL}. An embedded provider's {@code model} is its GGUF file,
 * relative to the configuration file's directory.
 */
public final class LlmSettings {
    /** Classpath resource of the JSON Schema of the {@code [llm]} table. */
    public static final String SCHEMA_RESOURCE = "wave/llm/llm.schema.json";
    /** Ollama's default endpoint. */
    public static final String OLLAMA_BASE_URL = "http://localhost:11434";
    /** Default timeout of one call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default cap on the tokens of an answer. */
    public static final int DEFAULT_MAX_TOKENS = 512;

    private static final JsonPointer LLM = JsonPointer.compile("/llm");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private LlmSettings() {
    }

    /**
     * The analyst's configuration.
     *
     * @param configs the {@code wave.toml} documents, the lowest precedence first
     * @return the configuration, or null when no document has an {@code [llm]} table
     * @throws DocumentException listing every problem, with its file, line and key
     */
    public static LlmConfig resolve(List<Document> configs) {
        Map<String, Located> keys = new LinkedHashMap<>();
        List<String> providerOrder = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean any = false;
        for (Document config : configs) {
            JsonNode table = config.root().at(LLM);
            if (table.isMissingNode()) {
                continue;
            }
            any = true;
            List<Problem> found = Schema.CHECKER.check(config);
            if (!found.isEmpty()) {
                problems.addAll(found);
                continue;
            }
            flatten(config, table, keys, providerOrder);
        }
        if (!any) {
            return null;
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        Map<String, ProviderConfig> providers = new LinkedHashMap<>();
        for (String name : providerOrder) {
            ProviderConfig provider = provider(name, keys, problems);
            if (provider != null) {
                providers.put(name, provider);
            }
        }
        List<ProviderConfig> chain = new ArrayList<>();
        Located chainKey = keys.get("chain");
        if (chainKey != null) {
            for (JsonNode item : chainKey.node()) {
                ProviderConfig provider = providers.get(item.textValue());
                if (provider != null) {
                    chain.add(provider);
                } else if (!providerOrder.contains(item.textValue())) {
                    problems.add(chainKey.problem("chain names provider '" + item.textValue() + "', which has no "
                            + "[llm.providers." + item.textValue() + "] table (providers: " + String.join(", ", providerOrder) + ")"));
                }
            }
        } else {
            chain.addAll(providers.values());
        }
        if (providerOrder.isEmpty()) {
            Document last = configs.reversed().stream().filter(c -> !c.root().at(LLM).isMissingNode()).findFirst().orElseThrow();
            problems.add(last.problem(LLM, "[llm] configures no provider: add an [llm.providers.NAME] table"));
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        Located secrets = keys.get("secrets_file");
        return new LlmConfig(chain, secrets == null ? null : secrets.resolve(secrets.node().textValue()));
    }

    private static void flatten(Document config, JsonNode table, Map<String, Located> keys, List<String> providerOrder) {
        table.properties().forEach(e -> {
            if (e.getKey().equals("providers")) {
                e.getValue().properties().forEach(p -> {
                    if (!providerOrder.contains(p.getKey())) {
                        providerOrder.add(p.getKey());
                    }
                    p.getValue().properties().forEach(k -> keys.put("providers." + p.getKey() + "." + k.getKey(),
                            new Located(config, LLM.appendProperty("providers").appendProperty(p.getKey())
                                    .appendProperty(k.getKey()), k.getValue())));
                });
            } else {
                keys.put(e.getKey(), new Located(config, LLM.appendProperty(e.getKey()), e.getValue()));
            }
        });
    }

    private static ProviderConfig provider(String name, Map<String, Located> keys, List<Problem> problems) {
        String prefix = "providers." + name + ".";
        Located kind = keys.get(prefix + "kind");
        Located model = keys.get(prefix + "model");
        Located anyKey = keys.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        int before = problems.size();
        if (kind == null) {
            problems.add(anyKey.problem("provider " + name + " has no kind (openai-compatible, ollama or embedded)"));
        }
        if (model == null) {
            problems.add(anyKey.problem("provider " + name + " has no model"));
        }
        ProviderKind providerKind = kind == null ? null : ProviderKind.ofConfigName(kind.node().textValue());
        Located baseUrl = keys.get(prefix + "base_url");
        if (baseUrl == null && providerKind == ProviderKind.OPENAI_COMPATIBLE) {
            problems.add(anyKey.problem("provider " + name + " has no base_url (e.g. https://api.openai.com/v1, "
                    + "http://localhost:1234/v1)"));
        }
        LocalDate cutoff = null;
        Located cutoffKey = keys.get(prefix + "knowledge_cutoff");
        if (cutoffKey != null) {
            try {
                cutoff = LocalDate.parse(cutoffKey.node().textValue());
            } catch (DateTimeParseException e) {
                problems.add(cutoffKey.problem("expected a date YYYY-MM-DD that exists, got \"" + cutoffKey.node().textValue() + "\""));
            }
        }
        Located env = keys.get(prefix + "api_key_env");
        if (env != null && !VARIABLE_NAME.matcher(env.node().textValue()).matches()) {
            // Never echo the value: it may be the key itself, written where its variable's name belongs.
            problems.add(env.problem("expected the name of an environment variable (letters, digits and _), "
                    + "not the key itself"));
        }
        if (problems.size() > before) {
            return null;
        }
        Prices prices = new Prices(money(keys.get(prefix + "price_per_1k_input"), true),
                money(keys.get(prefix + "price_per_1k_output"), true));
        Budget budget = new Budget(keys.containsKey(prefix + "daily_token_budget")
                ? keys.get(prefix + "daily_token_budget").node().longValue() : 0,
                money(keys.get(prefix + "daily_cost_budget"), false));
        boolean embedded = providerKind == ProviderKind.EMBEDDED;
        return new ProviderConfig(name, providerKind,
                embedded ? "embedded" : baseUrl != null ? baseUrl.node().textValue() : OLLAMA_BASE_URL,
                embedded ? model.resolve(model.node().textValue()).toString() : model.node().textValue(),
                number(keys.get(prefix + "temperature"), 0.0),
                keys.containsKey(prefix + "timeout_seconds")
                        ? Duration.ofMillis(Math.round(keys.get(prefix + "timeout_seconds").node().doubleValue() * 1000))
                        : DEFAULT_TIMEOUT,
                keys.containsKey(prefix + "max_tokens") ? keys.get(prefix + "max_tokens").node().intValue() : DEFAULT_MAX_TOKENS,
                cutoff, prices, budget,
                env == null ? null : env.node().textValue(),
                keys.containsKey(prefix + "api_key_secret") ? keys.get(prefix + "api_key_secret").node().textValue() : null);
    }

    private static double number(Located key, double otherwise) {
        return key == null ? otherwise : key.node().doubleValue();
    }

    private static long money(Located key, boolean price) {
        if (key == null) {
            return 0;
        }
        BigDecimal value = new BigDecimal(key.node().asText());
        return price ? FixedPoint.priceFromBigDecimal(value) : FixedPoint.moneyFromBigDecimal(value);
    }

    /** A value and where it was set. */
    private record Located(Document document, JsonPointer pointer, JsonNode node) {
        Problem problem(String message) {
            return document.problem(pointer, message);
        }

        Path resolve(String path) {
            Path parent = Path.of(document.source()).toAbsolutePath().getParent();
            return parent == null || Path.of(path).isAbsolute() ? Path.of(path) : parent.resolve(path);
        }
    }

    private static final class Schema {
        static final SchemaChecker CHECKER = SchemaChecker.ofResource(SCHEMA_RESOURCE, LlmSettings.class.getClassLoader());
    }
}
