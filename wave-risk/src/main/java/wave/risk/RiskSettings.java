package wave.risk;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.config.SchemaChecker;

/**
 * Reads the risk configuration, fail closed: a preset ({@link #PRESETS}), overridden key by key by the {@code [risk]}
 * tables of the {@code wave.toml} files, then by a risk file (the same keys at its top level). Every layer is checked
 * against the risk schema ({@value #SCHEMA_RESOURCE}); any problem, and a breaker whose action needs a key it lacks, or
 * a sector file that cannot be read, refuses the whole configuration with the file, line and key of each problem.
 */
public final class RiskSettings {
    /** Classpath resource of the JSON Schema of a risk table. */
    public static final String SCHEMA_RESOURCE = "wave/risk/risk.schema.json";
    /** The presets, by name. */
    public static final List<String> PRESETS = List.of("conservative", "agent");

    private static final JsonPointer RISK = JsonPointer.compile("/risk");

    private RiskSettings() {
    }

    /**
     * The risk configuration in effect.
     *
     * @param name    a preset's name, or a risk file; null when the {@code wave.toml} tables alone configure it
     * @param configs the {@code wave.toml} documents, the lowest precedence first (those without a {@code [risk]}
     *                table are skipped)
     * @return the configuration, or null when nothing asks for risk checks
     * @throws DocumentException        listing every problem, with its file, line and key
     * @throws IllegalArgumentException when {@code name} is neither a preset nor an existing file
     * @throws IOException              when the risk file cannot be read
     */
    public static RiskSetup resolve(String name, List<Document> configs) throws IOException {
        List<Layer> layers = new ArrayList<>();
        for (Document config : configs) {
            JsonNode table = config.root().at(RISK);
            if (table.isObject()) {
                layers.add(new Layer(config, RISK, table, parentOf(config.source())));
            }
        }
        String preset = null;
        if (name != null && PRESETS.contains(name)) {
            preset = name;
        } else if (name != null) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--risk: '" + name + "' is neither a preset (" + String.join(", ", PRESETS)
                        + ") nor a file");
            }
            Document document = Documents.read(file, file.toString(), DocumentFormat.TOML);
            layers.add(new Layer(document, JsonPointer.empty(), document.root(), file.toAbsolutePath().getParent()));
        }
        if (name == null && layers.isEmpty()) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        for (Layer layer : layers) {
            problems.addAll(layer.check());
            JsonNode chosen = layer.table().get("preset");
            if (chosen != null && chosen.isTextual() && (name == null || !PRESETS.contains(name))) {
                preset = chosen.textValue();
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        if (preset != null) {
            layers.addFirst(presetLayer(preset));
        }
        return build(preset, name, layers);
    }

    /** The preset's document, as shipped. */
    public static Document preset(String preset) {
        String resource = "wave/risk/presets/" + preset + ".toml";
        try (InputStream in = RiskSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no risk preset " + preset + "; presets: " + PRESETS);
            }
            return Documents.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + preset,
                    DocumentFormat.TOML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Layer presetLayer(String preset) {
        Document document = preset(preset);
        return new Layer(document, JsonPointer.empty(), document.root(), null);
    }

    private static RiskSetup build(String preset, String name, List<Layer> layers) throws IOException {
        Map<String, Located> keys = new LinkedHashMap<>();
        for (Layer layer : layers) {
            layer.flatten(keys);
        }
        List<Problem> problems = new ArrayList<>();
        RiskKeys risk = new RiskKeys();
        SectorMap sectors = SectorMap.NONE;
        for (Map.Entry<String, Located> e : keys.entrySet()) {
            Located value = e.getValue();
            switch (e.getKey()) {
                case "preset" -> { }
                case "sectors" -> {
                    Path file = value.layer().resolve(value.node().textValue());
                    try {
                        sectors = SectorMap.read(file);
                    } catch (IOException | IllegalArgumentException ex) {
                        problems.add(value.problem("cannot read the sector map " + file + ": " + ex.getMessage()));
                    }
                }
                default -> risk.set(e.getKey(), value.value());
            }
        }
        for (String breaker : RiskKeys.BREAKERS) {
            Located action = keys.get("breakers." + breaker + ".action");
            if (action != null && action.node().textValue().equals("reduce") && !keys.containsKey("breakers." + breaker + ".reduce_fraction")) {
                problems.add(action.problem("action reduce needs breakers." + breaker + ".reduce_fraction"));
            }
            for (String key : List.of("trip", "action", "reduce_fraction", "resume")) {
                Located set = keys.get("breakers." + breaker + "." + key);
                if (set != null && !keys.containsKey("breakers." + breaker + ".threshold")) {
                    problems.add(set.problem("breaker " + breaker + " has no threshold"));
                }
            }
        }
        Located venueErrors = keys.get("breakers.venue_errors.threshold");
        if (venueErrors != null && venueErrors.node().isNumber() && !isWhole(venueErrors.node().decimalValue())) {
            problems.add(venueErrors.problem("expected a whole number of rejections, got " + venueErrors.node().asText()));
        }
        for (String key : List.of("breakers.stale_data.threshold", "venue_errors_window")) {
            Located duration = keys.get(key);
            if (duration != null) {
                try {
                    if (RiskKeys.durationNanos(duration.value()) <= 0) {
                        problems.add(duration.problem("expected a duration > 0, got " + duration.node()));
                    }
                } catch (java.time.format.DateTimeParseException | ArithmeticException ex) {
                    problems.add(duration.problem("expected an ISO-8601 duration like \"PT5M\", got " + duration.node()));
                }
            }
        }
        // a key, then the keys of which it needs one
        for (String[] needs : new String[][] {{"correlation_window", "max_correlation"}, {"var_method", "max_var_pct"},
                {"volatility_window", "breakers.volatility_spike.threshold", "breakers.book_volatility_spike.threshold"},
                {"venue_errors_window", "breakers.venue_errors.threshold"},
                {"venue_rate_mode", "venue_orders_per_second"}, {"venue_queue_limit", "venue_rate_mode"}}) {
            Located set = keys.get(needs[0]);
            List<String> needed = List.of(needs).subList(1, needs.length);
            if (set != null && needed.stream().noneMatch(keys::containsKey)) {
                problems.add(set.problem(needs[0] + " needs " + String.join(" or ", needed)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        String description = preset != null ? preset : "custom";
        long overrides = keys.entrySet().stream().filter(e -> !e.getKey().equals("preset") && !e.getValue().layer().isPreset())
                .count();
        if (preset != null && overrides > 0) {
            description += " with " + overrides + " key" + (overrides == 1 ? "" : "s") + " overridden";
        }
        if (name != null && !PRESETS.contains(name)) {
            description += " (" + name + ")";
        }
        return new RiskSetup(description, risk.build(), sectors);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static Path parentOf(String source) {
        Path parent = Path.of(source).toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** One document's risk table: where it is and what directory its relative paths are in (null for a preset). */
    private record Layer(Document document, JsonPointer base, JsonNode table, Path directory) {
        boolean isPreset() {
            return directory == null;
        }

        /** The table's problems against the schema, keys named from the document's root ({@code risk.max_order_pct}). */
        List<Problem> check() {
            if (base.matches()) {
                return Schema.CHECKER.check(document);
            }
            return Schema.NESTED.check(document);
        }

        Path resolve(String path) {
            return directory == null ? Path.of(path) : directory.resolve(path);
        }

        void flatten(Map<String, Located> keys) {
            table.properties().forEach(e -> {
                if (e.getKey().equals("breakers")) {
                    e.getValue().properties().forEach(b -> b.getValue().properties().forEach(k -> keys.put(
                            "breakers." + b.getKey() + "." + k.getKey(), new Located(this, base.appendProperty("breakers")
                                    .appendProperty(b.getKey()).appendProperty(k.getKey()), k.getValue()))));
                } else {
                    keys.put(e.getKey(), new Located(this, base.appendProperty(e.getKey()), e.getValue()));
                }
            });
        }
    }

    /** A value and where it was set. */
    private record Located(Layer layer, JsonPointer pointer, JsonNode node) {
        Object value() {
            if (node.isNumber()) {
                return new BigDecimal(node.asText());
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.asText()));
                return items;
            }
            return node.asText();
        }

        Problem problem(String message) {
            return layer.document().problem(pointer, message);
        }
    }

    /** The schema of a risk table, and the same schema under {@code risk} for {@code wave.toml} documents. */
    private static final class Schema {
        static final SchemaChecker CHECKER = SchemaChecker.ofResource(SCHEMA_RESOURCE, RiskSettings.class.getClassLoader());
        static final SchemaChecker NESTED = new SchemaChecker(nested(CHECKER.schema()));

        private static JsonNode nested(JsonNode risk) {
            ObjectNode table = risk.deepCopy();
            JsonNode defs = table.remove("$defs");
            table.remove("$schema");
            table.remove("$id");
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", risk.get("$schema").asText());
            root.put("type", "object");
            root.set("$defs", defs);
            root.putObject("properties").set("risk", table);
            return root;
        }
    }
}
