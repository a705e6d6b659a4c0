package wave.app.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import wave.app.config.ConfigKey;
import wave.app.config.ConfigKeys;
import wave.app.config.KeyCodec;
import wave.app.config.LayeredConfig;
import wave.app.config.Numbers;
import wave.app.config.Origin;

/**
 * The options of a backtest with the values of the {@code wave.toml} files filled in where no flag was given: a
 * flag beats the files, the files beat the defaults. A flag of a choice (e.g. {@code --fee-fixed}) also keeps the
 * files' other keys of that choice (e.g. {@code costs.fee_pct}) out; {@code --strategy} or {@code --spec} keeps the
 * files' parameters out, otherwise {@code --param} values are merged over them. It also gives back the effective
 * settings as a tree with the origin of each value, for {@code wave config show}.
 */
final class ConfiguredOptions {
    private final CommandSpec spec;
    private final BacktestOptions options;
    private final LayeredConfig config;
    private final Set<String> fromFiles = new HashSet<>();
    private final Set<String> flagParams;

    private ConfiguredOptions(CommandSpec spec, BacktestOptions options, LayeredConfig config) {
        this.spec = spec;
        this.options = options;
        this.config = config;
        this.flagParams = new HashSet<>(options.params.keySet());
    }

    /**
     * Fills in the options of a parsed command from the configuration.
     *
     * @param spec    the command whose parse result says which flags were given
     * @param options the command's backtest options
     */
    static ConfiguredOptions apply(CommandSpec spec, BacktestOptions options, LayeredConfig config) {
        ConfiguredOptions configured = new ConfiguredOptions(spec, options, config);
        configured.apply();
        return configured;
    }

    private void apply() {
        for (ConfigKey key : ConfigKeys.ALL) {
            if (given(key)) {
                continue;
            }
            String flag = key.codec().flag(config.table(key.table()));
            if (flag != null) {
                set(key.option(), flag);
                fromFiles.add(key.option());
            }
        }
        if (!given(ConfigKeys.ofOption("--strategy").orElseThrow())) {
            Map<String, String> params = new LinkedHashMap<>(config.params());
            params.putAll(options.params);
            options.params = params;
            options.fileStrategies = fileStrategies();
        }
    }

    /** The entries of the files' {@code [[strategies]]}, each with the file and line it came from. */
    private List<StrategyEntry> fileStrategies() {
        List<StrategyEntry> entries = new ArrayList<>();
        JsonNode list = config.at(ConfigKeys.STRATEGIES);
        Origin origin = config.origin(ConfigKeys.STRATEGIES);
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            StrategyEntry.Kind kind = entry.has("name") ? StrategyEntry.Kind.NAME
                    : entry.has("class") ? StrategyEntry.Kind.CLASS : StrategyEntry.Kind.SPEC;
            String reference = entry.path(kind == StrategyEntry.Kind.NAME ? "name" : kind == StrategyEntry.Kind.CLASS ? "class" : "spec")
                    .asText();
            Map<String, String> params = new LinkedHashMap<>();
            entry.path("params").properties().forEach(p -> params.put(p.getKey(), text(p.getValue())));
            JsonNode budget = entry.path("budget");
            entries.add(new StrategyEntry(kind, entry.hasNonNull("id") ? entry.get("id").asText() : null, reference, params,
                    budget.isMissingNode() ? null : text(budget), origin + ": strategies[" + (i + 1) + "]"));
        }
        return entries;
    }

    /** A value as a flag would give it: numbers as plain decimals, anything else as written. */
    private static String text(JsonNode value) {
        return value.isNumber() ? Numbers.plain(value.decimalValue()) : value.asText();
    }

    /** True if the key's flag, or a flag of the same choice, was given on the command line. */
    private boolean given(ConfigKey key) {
        ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption(key.option())) {
            return true;
        }
        for (JsonPointer pointer : key.pointers()) {
            List<JsonPointer> choice = ConfigKeys.choiceOf(pointer).orElse(List.of());
            if (ConfigKeys.optionsOf(choice).stream().anyMatch(parsed::hasMatchedOption)) {
                return true;
            }
        }
        return false;
    }

    private void set(String option, String flag) {
        switch (option) {
            case "--strategy" -> options.names = List.of(flag);
            case "--spec" -> options.specs = List.of(flag);
            case "--strategy-class" -> options.classNames = List.of(flag);
            default -> {
                OptionSpec target = spec.findOption(option);
                Class<?> type = target.type();
                Object value = type == boolean.class || type == Boolean.class ? Boolean.valueOf(flag)
                        : type == long.class || type == Long.class ? Long.valueOf(flag)
                        : type == Path.class ? Path.of(flag) : flag;
                target.setValue(value);
            }
        }
    }

    private String get(String option) {
        Object value = switch (option) {
            case "--strategy" -> joined(options.names);
            case "--spec" -> joined(options.specs);
            case "--strategy-class" -> joined(options.classNames);
            default -> spec.findOption(option).getValue();
        };
        return value == null ? null : value.toString();
    }

    /** The values of a repeatable strategy flag separated by commas, or null when it has none. */
    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /**
     * The settings in effect as a tree in the order of {@link ConfigKeys#ALL}, the parameters and the reserved tables
     * included, with where each value came from: the flag, the file and line, or {@code default}.
     */
    Effective effective() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        Map<JsonPointer, Origin> origins = new HashMap<>();
        ConfigKeys.ALL.forEach(key -> tree.putObject(key.table()));
        for (ConfigKey key : ConfigKeys.ALL) {
            String flag = get(key.option());
            if (flag == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> value : key.codec().values(flag).entrySet()) {
                JsonPointer pointer = key.pointer(value.getKey());
                ((ObjectNode) tree.get(key.table())).set(value.getKey(), value.getValue());
                origins.put(pointer, spec.commandLine().getParseResult().hasMatchedOption(key.option()) ? flagOrigin(key, flag)
                        : fromFiles.contains(key.option()) ? config.origin(pointer) : Origin.DEFAULT);
            }
        }
        for (Map.Entry<String, String> param : options.params.entrySet()) {
            JsonPointer pointer = ConfigKeys.PARAMS.appendProperty(param.getKey());
            tree.withObject(ConfigKeys.PARAMS).set(param.getKey(), ConfigKeys.paramValue(param.getValue()));
            origins.put(pointer, flagParams.contains(param.getKey()) ? Origin.flag(ConfigKeys.PARAMS_OPTION) : config.origin(pointer));
        }
        tree.properties().removeIf(table -> table.getValue().isEmpty());
        if (options.strategiesFromFiles()) {
            tree.set(ConfigKeys.STRATEGIES.getMatchingProperty(), config.at(ConfigKeys.STRATEGIES).deepCopy());
        }
        for (String reserved : ConfigKeys.RESERVED_TABLES) {
            JsonNode table = config.table(reserved);
            if (!table.isMissingNode()) {
                tree.set(reserved, table.deepCopy());
            }
        }
        return new Effective(tree, pointer -> origins.containsKey(pointer) ? origins.get(pointer) : config.origin(pointer));
    }

    /** The flag as given: {@code --no-allow-short} for a negated switch. */
    private static Origin flagOrigin(ConfigKey key, String value) {
        boolean negated = key.codec() instanceof KeyCodec.Scalar scalar && scalar.kind() == KeyCodec.Kind.SWITCH
                && value.equals("false");
        return Origin.flag(negated ? "--no-" + key.option().substring(2) : key.option());
    }

    /**
     * The settings in effect.
     *
     * @param values  the settings as {@code wave.toml} keys
     * @param origins where each value came from, by pointer
     */
    record Effective(ObjectNode values, Function<JsonPointer, Origin> origins) {
    }
}
