package wave.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import wave.app.config.KeyCodec.Kind;
import wave.app.config.KeyCodec.Scalar;

/**
 * Every key of {@code wave.toml} with the {@code wave backtest} flag it stands for, in the order
 * {@code wave config show} prints them (docs/config.md has the same table).
 */
public final class ConfigKeys {
    /** The keys and their flags. */
    public static final List<ConfigKey> ALL = List.of(
            key("--data", "data", "path", Kind.PATH),
            key("--price-column", "data", "price_column", Kind.TEXT),
            key("--on-bad-data", "data", "on_bad_data", Kind.TEXT),
            key("--splits", "data", "splits", Kind.TEXT),
            key("--from", "data", "from", Kind.TEXT),
            key("--to", "data", "to", Kind.TEXT),
            key("--symbol", "data", "symbol", Kind.TEXT),
            key("--columns", "data", "columns", Kind.TEXT),
            key("--date-format", "data", "date_format", Kind.TEXT),
            key("--time-zone", "data", "time_zone", Kind.TEXT),
            key("--strategy", "strategy", "name", Kind.TEXT),
            key("--spec", "strategy", "spec", Kind.PATH),
            key("--strategy-class", "strategy", "class", Kind.TEXT),
            key("--sizing", "sizing", "rule", Kind.TEXT),
            key("--size-at", "sizing", "size_at", Kind.TEXT),
            key("--fee-pct", "costs", "fee_pct", Kind.NUMBER),
            key("--fee-per-share", "costs", "fee_per_share", Kind.NUMBER),
            key("--fee-min", "costs", "fee_min", Kind.NUMBER),
            key("--fee-fixed", "costs", "fee_fixed", Kind.NUMBER),
            new ConfigKey("--slippage", "costs", new KeyCodec.Slippage()),
            key("--calendar", "execution", "calendar", Kind.TEXT),
            key("--latency-bars", "execution", "latency_bars", Kind.NUMBER),
            key("--latency-ms", "execution", "latency_ms", Kind.NUMBER),
            key("--max-volume-pct", "execution", "max_volume_pct", Kind.NUMBER),
            key("--intrabar-path", "execution", "intrabar_path", Kind.TEXT),
            key("--fill-at-signal-close", "execution", "fill_at_signal_close", Kind.SWITCH),
            key("--slippage-outside-bar", "execution", "slippage_outside_bar", Kind.SWITCH),
            key("--close-at-end", "execution", "close_at_end", Kind.SWITCH),
            key("--cash", "account", "cash", Kind.NUMBER),
            key("--currency", "account", "currency", Kind.TEXT),
            key("--allow-short", "account", "allow_short", Kind.SWITCH),
            new ConfigKey("--margin", "account", new KeyCodec.Margin()),
            key("--borrow-rate", "account", "borrow_rate_pct", Kind.NUMBER),
            key("--lot-size", "account", "lot_size", Kind.NUMBER),
            key("--periods-per-year", "output", "periods_per_year", Kind.NUMBER),
            key("--out", "output", "dir", Kind.PATH),
            key("--tax-lots", "output", "tax_lots", Kind.TEXT));

    /** The strategy's parameters, {@code strategy.params.NAME}; the flag is {@code --param NAME=VALUE}. */
    public static final JsonPointer PARAMS = JsonPointer.compile("/strategy/params");

    /** The flag of the strategy's parameters. */
    public static final String PARAMS_OPTION = "--param";

    /**
     * Keys that are one choice: a file may set at most one of each, and a layer (a file, or the command line) that
     * sets one replaces all of them from the layers below. The first, the strategy, replaces its parameters too.
     */
    public static final List<List<JsonPointer>> CHOICES = List.of(
            pointers("/strategy/name", "/strategy/spec", "/strategy/class"),
            pointers("/costs/fee_pct", "/costs/fee_per_share", "/costs/fee_fixed"),
            pointers("/costs/slippage_pct", "/costs/spread_pct", "/costs/impact_coefficient"));

    /**
     * Tables read by the features that own them (the risk engine, the alerts and the LLM analyst check their own keys)
     * or reserved for later ones (store): accepted and shown.
     */
    public static final List<String> RESERVED_TABLES = List.of("risk", "store", "alerts", "llm");

    /**
     * {@code [[strategies]]}: several strategies in one account, an array of tables (name, class or spec; id, budget,
     * params). A layer that sets it replaces the {@code [strategy]} of the layers below, and the other way round.
     */
    public static final JsonPointer STRATEGIES = JsonPointer.compile("/strategies");

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private ConfigKeys() {
    }

    /** The key of a flag, if it has one. */
    public static Optional<ConfigKey> ofOption(String option) {
        return ALL.stream().filter(k -> k.option().equals(option)).findFirst();
    }

    /** The choice a key belongs to, if any. */
    public static Optional<List<JsonPointer>> choiceOf(JsonPointer key) {
        return CHOICES.stream().filter(c -> c.contains(key)).findFirst();
    }

    /** The flags whose keys belong to a choice. */
    public static List<String> optionsOf(List<JsonPointer> choice) {
        return ALL.stream().filter(k -> k.pointers().stream().anyMatch(choice::contains)).map(ConfigKey::option).toList();
    }

    /** A parameter's text, as {@code --param} gives it, as a value: a number, true or false, else a string. */
    public static JsonNode paramValue(String text) {
        if (text.equals("true") || text.equals("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        if (NUMBER.matcher(text).matches()) {
            return Numbers.node(new BigDecimal(text));
        }
        return TextNode.valueOf(text);
    }

    private static ConfigKey key(String option, String table, String key, Kind kind) {
        return new ConfigKey(option, table, new Scalar(key, kind));
    }

    private static List<JsonPointer> pointers(String... pointers) {
        return Arrays.stream(pointers).map(JsonPointer::compile).toList();
    }
}
