package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;
import wave.app.config.ConfigKey;
import wave.app.config.ConfigKeys;
import wave.app.config.ConfigLoader;

/**
 * The schema of wave.toml, the key table and the flags of {@code wave backtest} describe the same settings: every
 * flag has a key (a new flag fails here until it gets one), every key is in the schema with the flag's default, and
 * every rate is a percentage named {@code *_pct}.
 */
class ConfigKeysTest {
    private static final List<String> FLAGS_WITHOUT_KEY = List.of("--config", "--param", "--verbose", "--help", "--version",
            "--classpath", "--no-record", "--home", "--store-url", "--risk", "--alerts",
            "--budget"); // like --param, a strategy's budget is a key of its [[strategies]] entry

    private static final CommandLine.Model.CommandSpec BACKTEST = new CommandLine(new BacktestCommand()).getCommandSpec();
    private static final JsonNode SCHEMA = ConfigLoader.schema();

    @Test
    void everyFlagOfBacktestHasAKeyAndEveryKeyAFlag() {
        List<String> flags = new ArrayList<>();
        for (OptionSpec option : BACKTEST.options()) {
            if (!FLAGS_WITHOUT_KEY.contains(option.longestName())) {
                flags.add(option.longestName());
            }
        }
        assertThat(ConfigKeys.ALL.stream().map(ConfigKey::option).toList()).containsExactlyInAnyOrderElementsOf(flags);
    }

    @Test
    void everyKeyIsInTheSchemaAndTheSchemaHasNoOtherKeys() {
        List<String> schemaKeys = new ArrayList<>();
        SCHEMA.get("properties").properties().forEach(table -> {
            if (!ConfigKeys.RESERVED_TABLES.contains(table.getKey())
                    && !table.getKey().equals(ConfigKeys.STRATEGIES.getMatchingProperty())) { // an array of tables
                table.getValue().get("properties").fieldNames().forEachRemaining(k -> schemaKeys.add(table.getKey() + "." + k));
            }
        });
        List<String> keys = new ArrayList<>(List.of("strategy.params"));
        ConfigKeys.ALL.forEach(key -> key.codec().keys().forEach(k -> keys.add(key.table() + "." + k)));

        assertThat(keys).containsExactlyInAnyOrderElementsOf(schemaKeys);
    }

    @Test
    void theSchemaDefaultsAreTheFlagsDefaults() {
        for (ConfigKey key : ConfigKeys.ALL) {
            OptionSpec option = BACKTEST.findOption(key.option());
            Object initial = option.defaultValue() != null ? option.defaultValue() : option.initialValue();
            String flagDefault = initial == null ? null : initial.toString();
            ObjectNode expected = JsonNodeFactory.instance.objectNode();
            if (flagDefault != null) {
                key.codec().values(flagDefault).forEach(expected::set);
            }
            ObjectNode declared = JsonNodeFactory.instance.objectNode();
            for (String k : key.codec().keys()) {
                JsonNode property = SCHEMA.at("/properties/" + key.table() + "/properties/" + k);
                if (property.has("default")) {
                    declared.set(k, property.get("default"));
                }
            }
            assertThat(declared.toString()).as(key.option()).isEqualTo(expected.toString());
        }
    }

    @Test
    void everyKeyNamesItsFlagAndEveryRateIsAPercentage() {
        for (ConfigKey key : ConfigKeys.ALL) {
            for (String k : key.codec().keys()) {
                String description = SCHEMA.at("/properties/" + key.table() + "/properties/" + k + "/description").asText();
                assertThat(description).as(k).contains("Flag: --", key.option().substring(2));
                assertThat(k.endsWith("_pct")).as(k + ": " + description).isEqualTo(description.contains("in percent"));
            }
        }
    }

    @Test
    void theReservedTablesAreOpenTables() {
        for (String table : ConfigKeys.RESERVED_TABLES) {
            JsonNode schema = SCHEMA.at("/properties/" + table);
            assertThat(schema.get("type").asText()).as(table).isEqualTo("object");
            assertThat(schema.has("additionalProperties")).as(table).isFalse();
            assertThat(schema.get("description").asText()).as(table).startsWith("Reserved");
        }
    }
}
