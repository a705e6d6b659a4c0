package wave.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema errors in the document's words: file, line, dotted key, what was expected, what was found. */
class SchemaCheckerTest {
    private static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "costs": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "fee_pct": {"type": "number", "minimum": 0},
                    "max_volume_pct": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
                    "latency_bars": {"type": "integer", "minimum": 0},
                    "calendar": {"enum": ["nyse", "nasdaq", "fx", "24/7"]},
                    "rule": {"type": "string", "pattern": "^(all-in|fixed:[0-9]+)$", "examples": ["all-in", "fixed:100"]},
                    "allow_short": {"type": "boolean"},
                    "initial_pct": {"type": "number"},
                    "maintenance_pct": {"type": "number"},
                    "currency": {"$ref": "#/$defs/currency"}
                  },
                  "dependentRequired": {"initial_pct": ["maintenance_pct"]}
                },
                "params": {"type": "object", "additionalProperties": {"type": ["number", "string", "boolean"]}},
                "risk": {"type": "object"},
                "name": {"type": "string", "minLength": 1}
              },
              "required": ["costs"],
              "$defs": {"currency": {"type": "string", "pattern": "^[A-Z]{3}$", "examples": ["USD"]}}
            }
            """;

    private static List<String> check(String toml) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA);
        return new SchemaChecker(schema).check(Documents.parse(toml, "wave.toml", DocumentFormat.TOML)).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void aValidDocumentHasNoProblems() throws IOException {
        assertThat(check("name = \"x\"\n[costs]\nfee_pct = 0.1\ncalendar = \"nyse\"\n[params]\nfast = 10\n[risk]\nanything = [1]\n"))
                .isEmpty();
    }

    @Test
    void badTypesSayWhatWasExpected() throws IOException {
        assertThat(check("[costs]\n\nfee_pct = \"abc\"\nlatency_bars = 1.5\nallow_short = \"yes\"\n[params]\nx = [1]\n"))
                .containsExactly(
                        "wave.toml:3: costs.fee_pct: expected a number >= 0, got \"abc\"",
                        "wave.toml:4: costs.latency_bars: expected a whole number >= 0, got 1.5",
                        "wave.toml:5: costs.allow_short: expected true or false, got \"yes\"",
                        "wave.toml:7: params.x: expected a number, string or boolean, got an array");
    }

    @Test
    void valuesOutOfRangeSayTheRange() throws IOException {
        assertThat(check("[costs]\nfee_pct = -1\nmax_volume_pct = 0\nlatency_bars = -2\n")).containsExactly(
                "wave.toml:2: costs.fee_pct: expected a number >= 0, got -1",
                "wave.toml:3: costs.max_volume_pct: expected a number > 0 and <= 100, got 0",
                "wave.toml:4: costs.latency_bars: expected a whole number >= 0, got -2");
    }

    @Test
    void enumerationsAndPatternsListTheChoices() throws IOException {
        assertThat(check("[costs]\ncalendar = \"nyce\"\nrule = \"half\"\ncurrency = \"usd\"\n")).containsExactly(
                "wave.toml:2: costs.calendar: expected one of \"nyse\", \"nasdaq\", \"fx\" or \"24/7\", got \"nyce\"; did you mean 'nyse'?",
                "wave.toml:3: costs.rule: expected a string like \"all-in\" or \"fixed:100\", got \"half\"",
                "wave.toml:4: costs.currency: expected a string like \"USD\", got \"usd\"");
    }

    @Test
    void unknownKeysGetTheClosestValidKey() throws IOException {
        assertThat(check("[costs]\nfee_pcnt = 1\n[riks]\nlimit = 1\n")).containsExactly(
                "wave.toml:2: costs.fee_pcnt: unknown key 'fee_pcnt'; did you mean 'fee_pct'? (valid keys: fee_pct, "
                        + "max_volume_pct, latency_bars, calendar, rule, allow_short, initial_pct, maintenance_pct, currency)",
                "wave.toml:3: riks: unknown key 'riks'; did you mean 'risk'? (valid keys: costs, params, risk, name)");
    }

    @Test
    void missingAndDependentKeys() throws IOException {
        assertThat(check("name = \"\"\n")).containsExactly(
                "wave.toml: missing key 'costs'",
                "wave.toml:1: name: expected a string not empty, got \"\"");
        assertThat(check("[costs]\ninitial_pct = 50\n")).containsExactly(
                "wave.toml:2: costs.initial_pct: needs 'maintenance_pct' in the same table (give both or neither)");
    }
}
