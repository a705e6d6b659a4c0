package wave.spec;

import static wave.config.JsonValues.describe;
import static wave.spec.Nodes.child;
import static wave.spec.Nodes.element;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import wave.engine.order.Sizing;
import wave.engine.strategy.ParamSpec;
import wave.spec.indicator.IndicatorCatalog;
import wave.spec.indicator.IndicatorParam;
import wave.spec.indicator.IndicatorType;
import wave.spec.model.IndicatorSpec;
import wave.spec.model.Operand;
import wave.spec.model.RiskSpec;
import wave.spec.model.Rule;
import wave.spec.model.SizingModel;
import wave.spec.model.StrategySpec;
import wave.spec.model.Value;

/**
 * Turns a parsed TOML/JSON tree into a checked {@link StrategySpec}. Every error names the key path and the valid
 * choices. Parameters are read first, then indicators, then rules, so that each can refer to the earlier ones.
 */
final class SpecReader {
    /** The top-level keys a spec may have. */
    static final List<String> TOP_KEYS = List.of("name", "description", "instruments", "params", "constraints", "indicators",
            "entry", "exit", "risk", "sizing");
    private static final List<String> PARAM_KEYS = List.of("default", "min", "max", "type", "description");
    private static final List<String> SIDE_KEYS = List.of("long", "short");
    private static final List<String> GROUP_KEYS = List.of("all", "any", "not", "for_bars");
    private static final List<String> RISK_KEYS = List.of("stop_loss_pct", "take_profit_pct", "trailing_stop_pct", "stop_atr",
            "trailing_atr", "atr_period");
    /** The ATR period of ATR levels without {@code atr_period}, bars. */
    static final int DEFAULT_ATR_PERIOD = 14;
    private static final List<String> SIZING_KEYS = List.of("rule", "model");
    /** The sizing models and the keys each takes besides {@code model}. */
    private static final Map<String, List<String>> MODEL_KEYS = Map.of(
            "fixed-fractional", List.of("fraction"),
            "volatility-target", List.of("target_vol", "vol_period", "bars_per_year", "cap"),
            "atr-risk", List.of("risk_pct", "atr_multiple", "atr_period"),
            "kelly", List.of("win_rate", "payoff", "kelly_fraction", "cap"));
    private static final List<String> MODELS = List.of("fixed-fractional", "volatility-target", "atr-risk", "kelly");
    private static final List<String> CORRELATION_KEYS = List.of("strength", "lookback");
    /** The returns correlation-aware scaling measures without {@code lookback}. */
    static final int DEFAULT_CORRELATION_LOOKBACK = 60;
    /** The return window of volatility targeting without {@code vol_period}, returns. */
    static final int DEFAULT_VOL_PERIOD = 20;
    /** Bars a year of volatility targeting without {@code bars_per_year} (daily bars). */
    static final int DEFAULT_BARS_PER_YEAR = 252;
    /** The share of full Kelly without {@code kelly_fraction}: half Kelly. */
    static final double DEFAULT_KELLY_FRACTION = 0.5;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRATEGY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final String RULE_SHAPES = "a string like \"close > trend\", an array of rules (all must hold) or a table "
            + "with one of all = [...], any = [...], not = ...";

    private final String source;
    private final String defaultName;
    private final IndicatorCatalog catalog;
    private final ToIntFunction<JsonPointer> lines;
    private final Map<String, Class<?>> paramTypes = new LinkedHashMap<>();
    private final Map<String, IndicatorType> indicatorTypes = new LinkedHashMap<>();
    private RuleParser rules;

    /**
     * A reader for one file.
     *
     * @param source      the file name, for messages
     * @param defaultName the strategy name when the spec has none (the file name without extension)
     * @param lines       the 1-based line of the value at a JSON pointer, 0 when unknown
     */
    SpecReader(String source, String defaultName, IndicatorCatalog catalog, ToIntFunction<JsonPointer> lines) {
        this.source = source;
        this.lines = lines;
        this.defaultName = defaultName;
        this.catalog = catalog;
    }

    StrategySpec read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("", "expected a table of keys (" + String.join(", ", TOP_KEYS) + "), got " + describe(root));
        }
        checkKeys(root, "", TOP_KEYS);
        String name = readName(root.get("name"));
        String description = optionalString(root.get("description"), "description");
        List<String> instruments = readInstruments(root.get("instruments"));
        List<ParamSpec> params = readParams(root.get("params"));
        List<IndicatorSpec> indicators = readIndicators(root.get("indicators"));
        rules = new RuleParser(source, indicatorTypes, paramTypes);
        List<Rule.Compare> constraints = readConstraints(root.get("constraints"));
        JsonNode entry = root.get("entry");
        JsonNode exit = root.get("exit");
        checkSide(entry, "entry", true);
        checkSide(exit, "exit", false);
        Rule entryLong = readRule(entry, "entry", "long");
        Rule entryShort = readRule(entry, "entry", "short");
        if (entryLong == null && entryShort == null) {
            throw fail("entry", "missing entry rules; add an [entry.long] or [entry.short] table, e.g. all = [\"close > trend\"]");
        }
        Rule exitLong = readRule(exit, "exit", "long");
        Rule exitShort = readRule(exit, "exit", "short");
        if (exitLong != null && entryLong == null) {
            throw fail("exit.long", "an exit.long rule needs an entry.long rule; a short-only spec exits with exit.short");
        }
        if (exitShort != null && entryShort == null) {
            throw fail("exit.short", "an exit.short rule needs an entry.short rule; a long-only spec exits with exit.long");
        }
        RiskSpec risk = readRisk(root.get("risk"));
        JsonNode sizingNode = root.get("sizing");
        boolean model = sizingNode != null && sizingNode.isObject() && sizingNode.has("model");
        Sizing sizing = model ? null : readSizing(sizingNode);
        SizingModel sizingModel = model ? readSizingModel(sizingNode) : null;
        SizingModel.Correlation correlation = model ? readCorrelation(sizingNode) : null;
        return new StrategySpec(name, description, instruments, params, constraints, indicators, entryLong, exitLong,
                entryShort, exitShort, risk, sizing, sizingModel, correlation);
    }

    // ---- name, description, instruments --------------------------------------------------------------------

    private String readName(JsonNode node) {
        if (node == null) {
            if (!STRATEGY_NAME.matcher(defaultName).matches()) {
                throw fail("name", "missing, and the file name '" + defaultName + "' is not a valid strategy name; "
                        + "add name = \"my-strategy\" (letters, digits, '-', '_', '.')");
            }
            return defaultName;
        }
        if (!node.isTextual() || !STRATEGY_NAME.matcher(node.textValue()).matches()) {
            throw fail("name", "expected a name of letters, digits, '-', '_' and '.', starting with a letter or digit, got "
                    + describe(node));
        }
        return node.textValue();
    }

    private String optionalString(JsonNode node, String path) {
        if (node == null) {
            return "";
        }
        if (!node.isTextual()) {
            throw fail(path, "expected a string, got " + describe(node));
        }
        return node.textValue();
    }

    private List<String> readInstruments(JsonNode node) {
        if (node == null) {
            return List.of("*");
        }
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(instrumentPattern(node, "instruments"));
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(instrumentPattern(node.get(i), element("instruments", i)));
            }
        } else {
            throw fail("instruments", "expected an array of symbols or patterns like [\"AAPL\", \"BTC*\"] or [\"*\"], got "
                    + describe(node));
        }
        return out;
    }

    private String instrumentPattern(JsonNode node, String path) {
        if (!node.isTextual() || node.textValue().isBlank() || node.textValue().chars().anyMatch(Character::isWhitespace)) {
            throw fail(path, "expected a symbol or pattern without spaces (* and ? are wildcards), got " + describe(node));
        }
        return node.textValue();
    }

    // ---- params and constraints ----------------------------------------------------------------------------

    private List<ParamSpec> readParams(JsonNode node) {
        List<ParamSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw fail("params", "expected a table of parameters like rsi_period = { default = 14, min = 2, max = 50 }, got "
                    + describe(node));
        }
        for (Map.Entry<String, JsonNode> entry : Nodes.entries(node)) {
            String name = entry.getKey();
            String path = child("params", name);
            if (!IDENTIFIER.matcher(name).matches()) {
                throw fail(path, "parameter names are letters, digits and '_', starting with a letter or '_'");
            }
            ParamSpec param = readParam(name, entry.getValue(), path);
            paramTypes.put(name, param.type());
            out.add(param);
        }
        return out;
    }

    private ParamSpec readParam(String name, JsonNode node, String path) {
        if (node.isNumber()) {
            boolean integral = node.isIntegralNumber();
            return new ParamSpec(name, integral ? int.class : double.class, number(node, path, integral), Double.NaN, Double.NaN, "");
        }
        if (!node.isObject()) {
            throw fail(path, "expected a number or a table like { default = 14, min = 2, max = 50 }, got " + describe(node));
        }
        checkKeys(node, path, PARAM_KEYS);
        JsonNode def = node.get("default");
        JsonNode min = node.get("min");
        JsonNode max = node.get("max");
        if (def == null) {
            throw fail(child(path, "default"), "missing; every parameter needs a default");
        }
        if ((min == null) != (max == null)) {
            throw fail(path, "give both min and max, or neither");
        }
        boolean integral = switch (optionalString(node.get("type"), child(path, "type"))) {
            case "integer" -> true;
            case "number" -> false;
            case "" -> isIntegral(def) && (min == null || isIntegral(min)) && (max == null || isIntegral(max));
            default -> throw fail(child(path, "type"), "unknown type " + describe(node.get("type")) + "; valid types: integer, number");
        };
        String defaultText = number(def, child(path, "default"), integral);
        double low = min == null ? Double.NaN : Double.parseDouble(number(min, child(path, "min"), integral));
        double high = max == null ? Double.NaN : Double.parseDouble(number(max, child(path, "max"), integral));
        ParamSpec spec = new ParamSpec(name, integral ? int.class : double.class, defaultText, low, high,
                optionalString(node.get("description"), child(path, "description")));
        if (spec.hasRange()) {
            if (!(low <= high)) {
                throw fail(path, "min (" + min.asText() + ") must be <= max (" + max.asText() + ")");
            }
            double value = Double.parseDouble(defaultText);
            if (value < low || value > high) {
                throw fail(child(path, "default"), defaultText + " is out of range " + spec.rangeText());
            }
        }
        return spec;
    }

    private static boolean isIntegral(JsonNode node) {
        return node.isIntegralNumber();
    }

    /** A number node as text: a whole number within int range for integral parameters, else any finite number. */
    private String number(JsonNode node, String path, boolean integral) {
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw fail(path, "expected " + (integral ? "an integer" : "a number") + ", got " + describe(node));
        }
        if (integral) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw fail(path, "expected an integer" + (node.isIntegralNumber() ? " in int range" : "") + ", got " + describe(node));
            }
            return Integer.toString(node.intValue());
        }
        return Double.toString(node.doubleValue());
    }

    private List<Rule.Compare> readConstraints(JsonNode node) {
        List<Rule.Compare> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            throw fail("constraints", "expected an array like [\"$fast < $slow\"], got " + describe(node));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String path = element("constraints", i);
            if (!item.isTextual()) {
                throw fail(path, "expected a string like \"$fast < $slow\", got " + describe(item));
            }
            out.add(rules.parseConstraint(item.textValue(), path));
        }
        return out;
    }

    // ---- indicators ----------------------------------------------------------------------------------------

    private List<IndicatorSpec> readIndicators(JsonNode node) {
        List<IndicatorSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw fail("indicators", "expected a table of indicators like rsi = { type = \"rsi\", period = 14 }, got " + describe(node));
        }
        for (Map.Entry<String, JsonNode> entry : Nodes.entries(node)) {
            String name = entry.getKey();
            String path = child("indicators", name);
            if (!IDENTIFIER.matcher(name).matches()) {
                throw fail(path, "indicator names are letters, digits and '_', starting with a letter or '_'");
            }
            if (IndicatorParam.priceFieldNames().contains(name)) {
                throw fail(path, "'" + name + "' is a price field; give the indicator another name");
            }
            IndicatorSpec spec = readIndicator(name, entry.getValue(), path);
            indicatorTypes.put(name, spec.type());
            out.add(spec);
        }
        return out;
    }

    private IndicatorSpec readIndicator(String name, JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path, "expected a table like { type = \"sma\", period = 20 }, got " + describe(node));
        }
        JsonNode typeNode = node.get("type");
        String validTypes = "valid types: " + String.join(", ", catalog.names());
        if (typeNode == null) {
            throw fail(child(path, "type"), "missing; " + validTypes);
        }
        if (!typeNode.isTextual()) {
            throw fail(child(path, "type"), "expected a string, got " + describe(typeNode) + "; " + validTypes);
        }
        IndicatorType type = catalog.find(typeNode.textValue()).orElseThrow(
                () -> fail(child(path, "type"), "unknown indicator '" + typeNode.textValue() + "'; " + validTypes));
        Operand.Series of = node.has("of") ? readOf(type, node, path) : null;
        Map<String, Value> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : Nodes.entries(node)) {
            String key = entry.getKey();
            if (key.equals("type") || key.equals("of")) {
                continue;
            }
            IndicatorParam param = type.param(key).orElseThrow(() -> fail(child(path, key), "unknown parameter '" + key
                    + "' of indicator type '" + type.name() + "'; valid parameters: "
                    + (type.params().isEmpty() ? "(none)" : String.join(", ", type.paramNames()))));
            arguments.put(key, argument(param, entry.getValue(), child(path, key)));
        }
        Map<String, Value> ordered = new LinkedHashMap<>();
        for (IndicatorParam param : type.params()) {
            Value value = arguments.get(param.name());
            if (value == null) {
                if (param.defaultValue() == null) {
                    throw fail(child(path, param.name()), "missing; indicator type '" + type.name() + "' needs it");
                }
                value = defaultValue(param);
            }
            ordered.put(param.name(), value);
        }
        return new IndicatorSpec(name, type, ordered, of);
    }

    /**
     * The {@code of} key: an output of an indicator defined above ({@code "rsi"}, {@code "m.hist"}) that a
     * single-input indicator reads instead of a bar field.
     */
    private Operand.Series readOf(IndicatorType type, JsonNode node, String path) {
        String ofPath = child(path, "of");
        JsonNode of = node.get("of");
        if (!type.readsOneSeries()) {
            throw fail(ofPath, "indicator type '" + type.name() + "' cannot read another indicator's output; "
                    + "indicators that read one series: " + String.join(", ", catalog.names().stream()
                    .filter(n -> catalog.find(n).orElseThrow().readsOneSeries()).toList()));
        }
        if (node.has("source")) {
            throw fail(child(path, "source"), "does not apply with of: the indicator reads " + describe(of)
                    + ", not a bar field; remove source");
        }
        String defined = indicatorTypes.isEmpty() ? "(none)" : String.join(", ", indicatorTypes.keySet());
        if (!of.isTextual()) {
            throw fail(ofPath, "expected the name of an indicator defined above, like \"rsi\" or \"m.hist\", got "
                    + describe(of) + "; defined above: " + defined);
        }
        String text = of.textValue();
        int dot = text.indexOf('.');
        String inner = dot < 0 ? text : text.substring(0, dot);
        IndicatorType innerType = indicatorTypes.get(inner);
        if (innerType == null) {
            throw fail(ofPath, "unknown indicator '" + inner + "'; an indicator reads one defined above it: " + defined);
        }
        if (!innerType.canBeRead()) {
            throw fail(ofPath, "indicator '" + inner + "' (" + innerType.name() + ") cannot be read by another indicator: "
                    + "only registry indicators of the current bar can (donchian is read a bar late)");
        }
        String output;
        if (dot < 0) {
            output = innerType.defaultOutput();
            if (output == null) {
                throw fail(ofPath, "indicator '" + inner + "' (" + innerType.name() + ") has several outputs; name one: "
                        + String.join(", ", innerType.outputs().stream().map(o -> inner + "." + o).toList()));
            }
        } else {
            String written = text.substring(dot + 1);
            output = innerType.output(written).orElseThrow(() -> fail(ofPath, "indicator '" + inner + "' ("
                    + innerType.name() + ") has no output '" + written + "'; outputs: " + String.join(", ", innerType.outputs())));
        }
        return new Operand.Series(inner, output);
    }

    private static Value defaultValue(IndicatorParam param) {
        return switch (param.kind()) {
            case INTEGER, NUMBER -> new Value.Literal(((Number) param.defaultValue()).doubleValue());
            case CHOICE -> new Value.Choice((String) param.defaultValue());
        };
    }

    private Value argument(IndicatorParam param, JsonNode node, String path) {
        if (param.kind() == IndicatorParam.Kind.CHOICE) {
            if (!node.isTextual() || !param.choices().contains(node.textValue())) {
                throw fail(path, "expected one of " + String.join(", ", param.choices()) + ", got " + describe(node));
            }
            return new Value.Choice(node.textValue());
        }
        boolean integral = param.kind() == IndicatorParam.Kind.INTEGER;
        String expected = integral ? "an integer" : "a number";
        if (node.isTextual() && node.textValue().startsWith("$")) {
            return paramRef(node, path, integral);
        }
        if (!node.isNumber()) {
            throw fail(path, "expected " + expected + ", got " + describe(node)
                    + (node.isTextual() ? "; a parameter reference starts with $, e.g. \"$period\"" : ""));
        }
        return new Value.Literal(Double.parseDouble(number(node, path, integral)));
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    private void checkSide(JsonNode node, String path, boolean required) {
        String example = "add an [" + path + ".long] or [" + path + ".short] table, e.g. "
                + (required ? "all = [\"close > trend\"]" : "any = [\"rsi > 70\"]");
        if (node == null) {
            if (required) {
                throw fail(path, "missing entry rules; " + example);
            }
            return;
        }
        if (!node.isObject()) {
            throw fail(path, "expected a table with a long or short rule, got " + describe(node) + "; " + example);
        }
        checkKeys(node, path, SIDE_KEYS);
    }

    /** The rule of one side ({@code entry.long}), or null when the table or the side is absent. */
    private Rule readRule(JsonNode table, String path, String side) {
        JsonNode rule = table == null ? null : table.get(side);
        return rule == null ? null : readRule(rule, child(path, side));
    }

    private Rule readRule(JsonNode node, String path) {
        if (node.isTextual()) {
            return rules.parseRule(node.textValue(), path);
        }
        if (node.isArray()) {
            return new Rule.All(readRules(node, path));
        }
        if (!node.isObject()) {
            throw fail(path, "expected a rule: " + RULE_SHAPES + "; got " + describe(node));
        }
        checkKeys(node, path, GROUP_KEYS);
        List<String> groups = GROUP_KEYS.stream().filter(k -> !k.equals("for_bars") && node.has(k)).toList();
        if (groups.size() != 1) {
            throw fail(path, "expected exactly one of all, any, not" + (groups.isEmpty() ? "" : "; got " + String.join(", ", groups)));
        }
        String key = groups.get(0);
        String groupPath = child(path, key);
        JsonNode value = node.get(key);
        Rule rule = switch (key) {
            case "all" -> new Rule.All(readGroup(value, groupPath));
            case "any" -> new Rule.Any(readGroup(value, groupPath));
            default -> new Rule.Not(readRule(value, groupPath));
        };
        JsonNode forBars = node.get("for_bars");
        if (forBars != null) {
            if (!forBars.isIntegralNumber() || !forBars.canConvertToInt() || forBars.intValue() < 1) {
                throw fail(child(path, "for_bars"), "expected a whole number of bars >= 1, got " + describe(forBars));
            }
            rule = new Rule.ForBars(rule, forBars.intValue());
        }
        return rule;
    }

    private List<Rule> readGroup(JsonNode node, String path) {
        if (!node.isArray()) {
            throw fail(path, "expected an array of rules, got " + describe(node));
        }
        if (node.isEmpty()) {
            throw fail(path, "expected at least one rule");
        }
        return readRules(node, path);
    }

    private List<Rule> readRules(JsonNode array, String path) {
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(readRule(array.get(i), element(path, i)));
        }
        return out;
    }

    // ---- risk and sizing -----------------------------------------------------------------------------------

    private RiskSpec readRisk(JsonNode node) {
        if (node == null) {
            return RiskSpec.none();
        }
        if (!node.isObject()) {
            throw fail("risk", "expected a table with " + String.join(", ", RISK_KEYS) + ", got " + describe(node));
        }
        checkKeys(node, "risk", RISK_KEYS);
        Value stopAtr = multiple(node.get("stop_atr"), "risk.stop_atr");
        Value trailingAtr = multiple(node.get("trailing_atr"), "risk.trailing_atr");
        Value atrPeriod = atrPeriod(node.get("atr_period"), stopAtr != null || trailingAtr != null);
        return new RiskSpec(percent(node.get("stop_loss_pct"), "risk.stop_loss_pct", true),
                percent(node.get("take_profit_pct"), "risk.take_profit_pct", false),
                percent(node.get("trailing_stop_pct"), "risk.trailing_stop_pct", true), stopAtr, trailingAtr, atrPeriod);
    }

    /** An ATR multiple: a number > 0 or a $parameter (checked when bound). */
    private Value multiple(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual() && node.textValue().startsWith("$")) {
            return paramRef(node, path, false);
        }
        if (!node.isNumber() || !(node.doubleValue() > 0) || !Double.isFinite(node.doubleValue())) {
            throw fail(path, "expected a multiple of the ATR > 0 (2.5 means 2.5 x ATR) or a $parameter, got " + describe(node));
        }
        return new Value.Literal(node.doubleValue());
    }

    /** The ATR period: an integer >= 1 or an integer $parameter; the default when absent and an ATR level is used. */
    private Value atrPeriod(JsonNode node, boolean used) {
        String path = "risk.atr_period";
        if (node == null) {
            return used ? new Value.Literal(DEFAULT_ATR_PERIOD) : null;
        }
        if (!used) {
            throw fail(path, "atr_period applies to ATR levels; add stop_atr or trailing_atr, or remove it");
        }
        if (node.isTextual() && node.textValue().startsWith("$")) {
            return paramRef(node, path, true);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw fail(path, "expected a whole number of bars >= 1 or an integer $parameter, got " + describe(node));
        }
        return new Value.Literal(node.intValue());
    }

    private Value.ParamRef paramRef(JsonNode node, String path, boolean integral) {
        String ref = node.textValue().substring(1);
        Class<?> type = paramTypes.get(ref);
        if (type == null) {
            throw failAtLine(path, "unknown parameter '" + node.textValue() + "'; defined parameters: "
                    + (paramTypes.isEmpty() ? "(none)" : String.join(", ", paramTypes.keySet().stream().map(p -> "$" + p).toList())));
        }
        if (integral && type != int.class) {
            throw fail(path, "expected an integer, but parameter '" + node.textValue() + "' is a number; give it an integer "
                    + "default, min and max (or type = \"integer\")");
        }
        return new Value.ParamRef(ref);
    }

    private Value percent(JsonNode node, String path, boolean below100) {
        if (node == null) {
            return null;
        }
        if (node.isTextual() && node.textValue().startsWith("$")) {
            return paramRef(node, path, false);
        }
        String range = below100 ? "a percentage in (0, 100)" : "a percentage > 0";
        if (!node.isNumber() || !(node.doubleValue() > 0) || (below100 && !(node.doubleValue() < 100)) || !Double.isFinite(node.doubleValue())) {
            throw fail(path, "expected " + range + " (5.0 means 5 %) or a $parameter, got " + describe(node));
        }
        return new Value.Literal(node.doubleValue());
    }

    private Sizing readSizing(JsonNode node) {
        if (node == null) {
            return null;
        }
        String path = "sizing";
        JsonNode rule = node;
        if (node.isObject()) {
            checkKeys(node, path, SIZING_KEYS);
            path = "sizing.rule";
            rule = node.get("rule");
            if (rule == null) {
                throw fail(path, "missing; expected all-in, fixed:<quantity> or percent:<0-100> (or a sizing model: "
                        + "model = " + String.join(" | ", MODELS.stream().map(m -> "\"" + m + "\"").toList()) + ")");
            }
        }
        if (!rule.isTextual()) {
            throw fail(path, "expected all-in, fixed:<quantity> or percent:<0-100>, got " + describe(rule));
        }
        try {
            return Sizing.parse(rule.textValue());
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    private SizingModel readSizingModel(JsonNode node) {
        JsonNode modelNode = node.get("model");
        if (!modelNode.isTextual() || !MODEL_KEYS.containsKey(modelNode.textValue())) {
            throw fail("sizing.model", "expected one of " + String.join(", ", MODELS) + ", got " + describe(modelNode));
        }
        String model = modelNode.textValue();
        if (node.has("rule")) {
            throw fail("sizing.rule", "a [sizing] table has either a rule or a model, not both; remove rule or model");
        }
        List<String> valid = new ArrayList<>(List.of("model"));
        valid.addAll(MODEL_KEYS.get(model));
        valid.add("correlation");
        String unknown = Nodes.firstUnknownKey(node, valid);
        if (unknown != null) {
            throw fail(child("sizing", unknown), "unknown key '" + unknown + "' for model \"" + model + "\"; valid keys: "
                    + String.join(", ", valid));
        }
        return switch (model) {
            case "fixed-fractional" -> new SizingModel.FixedFractional(sizingValue(node, "sizing", SizingKey.FRACTION));
            case "volatility-target" -> new SizingModel.VolatilityTarget(sizingValue(node, "sizing", SizingKey.TARGET_VOL),
                    sizingValue(node, "sizing", SizingKey.VOL_PERIOD), sizingValue(node, "sizing", SizingKey.BARS_PER_YEAR),
                    sizingValue(node, "sizing", SizingKey.CAP));
            case "atr-risk" -> new SizingModel.AtrRisk(sizingValue(node, "sizing", SizingKey.RISK_PCT),
                    sizingValue(node, "sizing", SizingKey.ATR_MULTIPLE), sizingValue(node, "sizing", SizingKey.ATR_PERIOD));
            default -> new SizingModel.Kelly(sizingValue(node, "sizing", SizingKey.WIN_RATE),
                    sizingValue(node, "sizing", SizingKey.PAYOFF), sizingValue(node, "sizing", SizingKey.KELLY_FRACTION),
                    sizingValue(node, "sizing", SizingKey.CAP));
        };
    }

    /** The {@code correlation} table beside a sizing model, or null. */
    private SizingModel.Correlation readCorrelation(JsonNode sizing) {
        JsonNode node = sizing.get("correlation");
        if (node == null) {
            return null;
        }
        String path = "sizing.correlation";
        if (!node.isObject()) {
            throw fail(path, "expected a table like { strength = 0.5, lookback = 60 }, got " + describe(node));
        }
        checkKeys(node, path, CORRELATION_KEYS);
        return new SizingModel.Correlation(sizingValue(node, path, SizingKey.STRENGTH), sizingValue(node, path, SizingKey.LOOKBACK));
    }

    /**
     * A numeric key of a {@code [sizing]} table: a literal in the key's range, a {@code $parameter} (an integer one
     * for a whole key; its value is checked when bound), or the key's default when absent.
     */
    private Value sizingValue(JsonNode table, String tablePath, SizingKey key) {
        String path = child(tablePath, key.key());
        JsonNode node = table.get(key.key());
        if (node == null) {
            if (key.fallback() == null) {
                throw fail(path, "missing; expected " + key.expected());
            }
            return new Value.Literal(key.fallback());
        }
        if (node.isTextual() && node.textValue().startsWith("$")) {
            return paramRef(node, path, key.whole());
        }
        boolean number = key.whole() ? node.isIntegralNumber() && node.canConvertToInt() : node.isNumber();
        if (!number || !key.accepts(node.doubleValue())) {
            throw fail(path, "expected " + key.expected() + ", got " + describe(node));
        }
        return new Value.Literal(node.doubleValue());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void checkKeys(JsonNode table, String path, List<String> valid) {
        String unknown = Nodes.firstUnknownKey(table, valid);
        if (unknown != null) {
            throw fail(child(path, unknown), "unknown key '" + unknown + "'; valid keys: " + String.join(", ", valid));
        }
    }

    private SpecException fail(String path, String detail) {
        return new SpecException(source, path, detail);
    }

    /** An error naming the line of the value at {@code path} (a dotted path of table keys) besides the path. */
    private SpecException failAtLine(String path, String detail) {
        return SpecException.at(source, lines.applyAsInt(JsonPointer.compile("/" + path.replace('.', '/'))), path, detail);
    }
}
