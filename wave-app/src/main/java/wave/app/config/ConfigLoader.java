package wave.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.KeyPaths;
import wave.config.Problem;
import wave.config.SchemaChecker;

/**
 * Finds, reads and checks {@code wave.toml} files. Precedence, highest first: command-line flags, then the working
 * directory's {@code wave.toml} (or the file given by {@code --config FILE} instead), then the home's
 * {@code wave.toml}, then the built-in defaults. A file is checked against the schema
 * ({@value #SCHEMA_RESOURCE}) and for what the schema cannot say: one key per {@link ConfigKeys#CHOICES choice},
 * maintenance margin at most the initial margin.
 *
 * <pre>{@code
 * LayeredConfig config = new ConfigLoader(ConfigLocations.defaults()).load(null);
 * }</pre>
 */
public final class ConfigLoader {
    /** Classpath resource of the JSON Schema of {@code wave.toml} (draft 2020-12). */
    public static final String SCHEMA_RESOURCE = "wave/app/config/wave.schema.json";

    private final ConfigLocations locations;

    /** A loader looking in these locations. */
    public ConfigLoader(ConfigLocations locations) {
        this.locations = Objects.requireNonNull(locations, "locations");
    }

    /** The schema of {@code wave.toml}. */
    public static JsonNode schema() {
        return Schema.CHECKER.schema();
    }

    /**
     * The files that apply, the lowest precedence first: the home's {@code wave.toml} if it exists, then
     * {@code explicit} if given, else the working directory's {@code wave.toml} if it exists.
     *
     * @param explicit the file of {@code --config FILE}, or null
     * @throws NoSuchFileException if {@code explicit} does not exist
     */
    public List<Path> files(Path explicit) throws NoSuchFileException {
        List<Path> files = new ArrayList<>();
        Path home = locations.homeFile();
        if (Files.isRegularFile(home)) {
            files.add(home);
        }
        if (explicit != null && !Files.isRegularFile(explicit)) {
            throw new NoSuchFileException(explicit.toString());
        }
        Path local = explicit != null ? explicit : locations.workingFile();
        if (Files.isRegularFile(local) && !sameFile(local, home)) {
            files.add(local);
        }
        return files;
    }

    /**
     * Reads and checks the files that apply and merges them.
     *
     * @param explicit the file of {@code --config FILE}, or null
     * @throws DocumentException listing every problem of every file
     * @throws IOException       if a file cannot be read ({@link NoSuchFileException} if {@code explicit} is missing)
     */
    public LayeredConfig load(Path explicit) throws IOException {
        List<ConfigLayer> layers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files(explicit)) {
            Checked checked = check(file);
            problems.addAll(checked.problems());
            layers.add(checked.layer());
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        return LayeredConfig.of(layers);
    }

    /**
     * Reads and checks one file.
     *
     * @throws IOException if it cannot be read
     */
    public static Checked check(Path file) throws IOException {
        Document document;
        try {
            document = Documents.read(file, file.toString(), DocumentFormat.TOML);
        } catch (DocumentException e) {
            return new Checked(file, null, e.problems());
        }
        List<Problem> problems = Schema.CHECKER.check(document);
        if (!problems.isEmpty()) {
            return new Checked(file, null, problems);
        }
        problems = new ArrayList<>(choices(document));
        problems.addAll(strategyOrStrategies(document));
        problems.addAll(margins(document));
        return new Checked(file, new ConfigLayer(resolvePaths(document, file)), problems);
    }

    /** At most one key of each choice. */
    private static List<Problem> choices(Document document) {
        List<Problem> problems = new ArrayList<>();
        for (List<JsonPointer> choice : ConfigKeys.CHOICES) {
            List<JsonPointer> set = new ArrayList<>(choice.stream().filter(k -> !document.root().at(k).isMissingNode()).toList());
            if (set.size() > 1) {
                set.sort(Comparator.comparingInt(document::line));
                String names = String.join(", ", choice.stream().map(KeyPaths::dotted).toList());
                problems.add(document.problem(set.get(1), "give only one of " + names + "; " + KeyPaths.dotted(set.get(0))
                        + " is set on line " + document.line(set.get(0))));
            }
        }
        return problems;
    }

    /** {@code [strategy]} or {@code [[strategies]]}, not both. */
    private static List<Problem> strategyOrStrategies(Document document) {
        if (document.root().at(ConfigKeys.STRATEGIES).isMissingNode()) {
            return List.of();
        }
        for (JsonPointer key : ConfigKeys.CHOICES.getFirst()) {
            if (!document.root().at(key).isMissingNode()) {
                return List.of(document.problem(key, "give [strategy] or [[strategies]], not both; [[strategies]] is set on line "
                        + document.line(ConfigKeys.STRATEGIES)));
            }
        }
        return List.of();
    }

    private static List<Problem> margins(Document document) {
        JsonNode initial = document.root().at("/account/initial_margin_pct");
        JsonNode maintenance = document.root().at("/account/maintenance_margin_pct");
        if (initial.isNumber() && maintenance.isNumber() && maintenance.decimalValue().compareTo(initial.decimalValue()) > 0) {
            return List.of(document.problem(JsonPointer.compile("/account/maintenance_margin_pct"),
                    "expected at most account.initial_margin_pct (" + initial.asText() + "), got " + maintenance.asText()));
        }
        return List.of();
    }

    /** The document with its relative paths resolved against the file's directory ({@code store:...} names stored bars). */
    private static Document resolvePaths(Document document, Path file) {
        Path directory = file.getParent();
        if (directory == null) {
            return document;
        }
        JsonNode root = document.root().deepCopy();
        for (ConfigKey key : ConfigKeys.ALL) {
            for (JsonPointer pointer : key.pointers()) {
                JsonNode value = root.at(pointer);
                if (key.isPath() && value.isTextual() && !Path.of(value.textValue()).isAbsolute()
                        && !value.textValue().startsWith("store:")) {
                    ((ObjectNode) root.at(pointer.head())).set(pointer.last().getMatchingProperty(),
                            TextNode.valueOf(directory.resolve(value.textValue()).toString()));
                }
            }
        }
        for (JsonNode entry : root.path("strategies")) {
            JsonNode spec = entry.path("spec");
            if (spec.isTextual() && !Path.of(spec.textValue()).isAbsolute()) {
                ((ObjectNode) entry).set("spec", TextNode.valueOf(directory.resolve(spec.textValue()).toString()));
            }
        }
        return new Document(document.source(), root, document.lines());
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The schema checker, built when the first file is checked (a run without files never loads it). */
    private static final class Schema {
        static final SchemaChecker CHECKER = SchemaChecker.ofResource(SCHEMA_RESOURCE, ConfigLoader.class.getClassLoader());
    }

    /**
     * A file checked.
     *
     * @param file     the file
     * @param layer    its values if it is valid TOML of the schema's shape (its problems are then about how keys go
     *                 together), else null
     * @param problems every problem found, or none
     */
    public record Checked(Path file, ConfigLayer layer, List<Problem> problems) {
        /** A result as given. */
        public Checked {
            problems = List.copyOf(problems);
        }
    }
}
