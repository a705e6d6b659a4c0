package wave.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the keys of one {@link ConfigKey} into the text of its flag and back. The values are assumed valid: files
 * are checked against the schema first, flags by the command that parses them.
 */
public sealed interface KeyCodec permits KeyCodec.Scalar, KeyCodec.Margin, KeyCodec.Slippage {
    /** The keys, in their table. */
    List<String> keys();

    /**
     * The flag's text for the keys set in a table.
     *
     * @param table the table (a missing node when the file has none)
     * @return the text, or null when none of the keys is set
     */
    String flag(JsonNode table);

    /** The keys' values standing for a flag's text; empty when the flag sets none (e.g. {@code --slippage none}). */
    Map<String, JsonNode> values(String flag);

    /** The kinds of single keys. */
    enum Kind {
        /** A string, e.g. {@code calendar = "nyse"}. */
        TEXT,
        /** A path, read relative to the directory of the file that names it. */
        PATH,
        /** A number, written as plain decimal digits. */
        NUMBER,
        /** {@code true} or {@code false}, for a negatable flag ({@code --allow-short}, {@code --no-allow-short}). */
        SWITCH
    }

    /** One key whose value is the flag's value. */
    record Scalar(String key, Kind kind) implements KeyCodec {
        @Override
        public List<String> keys() {
            return List.of(key);
        }

        @Override
        public String flag(JsonNode table) {
            JsonNode value = table.path(key);
            if (value.isMissingNode()) {
                return null;
            }
            return switch (kind) {
                case TEXT, PATH -> value.asText();
                case NUMBER -> Numbers.plain(value.decimalValue());
                case SWITCH -> Boolean.toString(value.asBoolean());
            };
        }

        @Override
        public Map<String, JsonNode> values(String flag) {
            JsonNode value = switch (kind) {
                case TEXT, PATH -> TextNode.valueOf(flag);
                case NUMBER -> Numbers.node(new BigDecimal(flag.strip()));
                case SWITCH -> BooleanNode.valueOf(Boolean.parseBoolean(flag));
            };
            return Map.of(key, value);
        }
    }

    /** {@code --margin 0.5/0.25}: {@code initial_margin_pct = 50} and {@code maintenance_margin_pct = 25}. */
    record Margin() implements KeyCodec {
        @Override
        public List<String> keys() {
            return List.of("initial_margin_pct", "maintenance_margin_pct");
        }

        @Override
        public String flag(JsonNode table) {
            JsonNode initial = table.path("initial_margin_pct");
            JsonNode maintenance = table.path("maintenance_margin_pct");
            if (initial.isMissingNode() || maintenance.isMissingNode()) {
                return null;
            }
            return Numbers.plain(initial.decimalValue().movePointLeft(2)) + "/" + Numbers.plain(maintenance.decimalValue().movePointLeft(2));
        }

        @Override
        public Map<String, JsonNode> values(String flag) {
            String[] fractions = flag.split("/");
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put("initial_margin_pct", Numbers.node(new BigDecimal(fractions[0].strip()).movePointRight(2)));
            values.put("maintenance_margin_pct", Numbers.node(new BigDecimal(fractions[1].strip()).movePointRight(2)));
            return values;
        }
    }

    /**
     * {@code --slippage}: {@code bps:B} is {@code slippage_pct = B / 100}, {@code spread-bps:S} is
     * {@code spread_pct = S / 100}, {@code sqrt:K} is {@code impact_coefficient = K}, {@code none} sets none of them.
     */
    record Slippage() implements KeyCodec {
        @Override
        public List<String> keys() {
            return List.of("slippage_pct", "spread_pct", "impact_coefficient");
        }

        @Override
        public String flag(JsonNode table) {
            if (table.has("slippage_pct")) {
                return "bps:" + Numbers.plain(table.get("slippage_pct").decimalValue().movePointRight(2));
            }
            if (table.has("spread_pct")) {
                return "spread-bps:" + Numbers.plain(table.get("spread_pct").decimalValue().movePointRight(2));
            }
            if (table.has("impact_coefficient")) {
                return "sqrt:" + Numbers.plain(table.get("impact_coefficient").decimalValue());
            }
            return null;
        }

        @Override
        public Map<String, JsonNode> values(String flag) {
            String text = flag.strip().toLowerCase(Locale.ROOT);
            int colon = text.indexOf(':');
            if (colon < 0) {
                return Map.of(); // none
            }
            BigDecimal value = new BigDecimal(text.substring(colon + 1).strip());
            return switch (text.substring(0, colon)) {
                case "bps" -> Map.of("slippage_pct", Numbers.node(value.movePointLeft(2)));
                case "spread-bps" -> Map.of("spread_pct", Numbers.node(value.movePointLeft(2)));
                default -> Map.of("impact_coefficient", Numbers.node(value));
            };
        }
    }
}
