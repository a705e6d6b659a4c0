package wave.app.alerts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wave.alerts.AlertChannel;
import wave.alerts.AlertKind;
import wave.alerts.JsonWebhookChannel;
import wave.alerts.RetryPolicy;
import wave.alerts.SlackWebhookChannel;
import wave.alerts.SmtpMailChannel;
import wave.alerts.SmtpSettings;
import wave.alerts.TelegramChannel;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.config.SchemaChecker;

/**
 * Reads the alert settings, fail closed: the {@code [alerts]} table of {@code wave.toml} (the file of highest
 * precedence that has one), or an alerts file with the same keys at its top level. Every problem, against the schema
 * ({@value #SCHEMA_RESOURCE}) or in resolving a secret, refuses the whole configuration with its file, line and key.
 *
 * <p>Secrets (webhook URLs, bot tokens, mail passwords) never stand in the file: each is a reference, {@code env:NAME}
 * (an environment variable) or {@code secret:KEY} (a line {@code KEY=VALUE} of the {@code secrets_file}). Messages name
 * the reference, never the value.
 */
public final class AlertSettings {
    /** Classpath resource of the JSON Schema of an alerts table. */
    public static final String SCHEMA_RESOURCE = "wave/app/alerts/alerts.schema.json";
    /** The {@code --alerts} choice that reads {@code wave.toml}. */
    public static final String DEFAULT = "default";

    private static final JsonPointer ALERTS = JsonPointer.compile("/alerts");
    private static final Pattern REFERENCE = Pattern.compile("(env|secret):([A-Za-z0-9_.-]+)");
    private static final SchemaChecker CHECKER = SchemaChecker.ofResource(SCHEMA_RESOURCE, AlertSettings.class.getClassLoader());
    private static final SchemaChecker NESTED = new SchemaChecker(nested(CHECKER.schema()));

    private final Document document;
    private final JsonPointer base;
    private final Path directory;
    private final Function<String, String> environment;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, String> secrets;

    private AlertSettings(Document document, JsonPointer base, Function<String, String> environment) {
        this.document = document;
        this.base = base;
        Path parent = Path.of(document.source()).toAbsolutePath().getParent();
        this.directory = parent == null ? Path.of(".") : parent;
        this.environment = environment;
    }

    /**
     * The alert settings in effect.
     *
     * @param choice      {@value #DEFAULT} for the {@code [alerts]} table of {@code wave.toml}, or an alerts file
     * @param configs     the {@code wave.toml} documents, the lowest precedence first
     * @param environment reads an environment variable (null when unset)
     * @throws DocumentException        listing every problem, with its file, line and key
     * @throws IllegalArgumentException when there is no such file, or {@value #DEFAULT} finds no {@code [alerts]} table
     * @throws IOException              when the alerts file cannot be read
     */
    public static AlertConfig resolve(String choice, List<Document> configs, Function<String, String> environment)
            throws IOException {
        AlertSettings settings;
        if (choice.equals(DEFAULT)) {
            Document chosen = null;
            for (Document config : configs) {
                if (config.root().at(ALERTS).isObject()) {
                    chosen = config;
                }
            }
            if (chosen == null) {
                throw new IllegalArgumentException("--alerts default: no [alerts] table in wave.toml (see docs/alerts.md)");
            }
            settings = new AlertSettings(chosen, ALERTS, environment);
        } else {
            Path file = Path.of(choice);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--alerts: '" + choice + "' is neither 'default' nor a file");
            }
            settings = new AlertSettings(Documents.read(file, file.toString(), DocumentFormat.TOML), JsonPointer.empty(),
                    environment);
        }
        return settings.build();
    }

    private AlertConfig build() {
        List<Problem> schemaProblems = (base.matches() ? CHECKER : NESTED).check(document);
        if (!schemaProblems.isEmpty()) {
            throw new DocumentException(schemaProblems);
        }
        JsonNode table = document.root().at(base);
        Duration timeout = Duration.ofMillis(table.path("timeout_ms").asLong(5_000));
        List<AlertChannel> channels = new ArrayList<>();
        if (table.has("slack")) {
            URI url = uri("slack", "url");
            if (url != null) {
                channels.add(new SlackWebhookChannel(url, timeout));
            }
        }
        if (table.has("webhook")) {
            URI url = uri("webhook", "url");
            if (url != null) {
                channels.add(new JsonWebhookChannel(url, timeout));
            }
        }
        if (table.has("telegram")) {
            JsonNode telegram = table.get("telegram");
            String token = secret(at("telegram", "token"));
            URI api = plainUri(at("telegram", "api"), telegram.path("api").asText("https://api.telegram.org"));
            if (token != null && api != null) {
                channels.add(new TelegramChannel(api, token, telegram.get("chat_id").asText(), timeout));
            }
        }
        if (table.has("email")) {
            channels.add(mail(table.get("email"), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        }
        if (channels.isEmpty() && problems.isEmpty()) {
            problems.add(document.problem(base, "no channel: give [alerts.slack], [alerts.webhook], [alerts.telegram] "
                    + "or [alerts.email]"));
        }
        if (table.has("backoff_ms") && table.has("max_backoff_ms")
                && table.get("max_backoff_ms").asLong() < table.get("backoff_ms").asLong()) {
            problems.add(document.problem(base.appendProperty("max_backoff_ms"), "must be >= backoff_ms ("
                    + table.get("backoff_ms").asLong() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        Set<AlertKind> kinds = EnumSet.allOf(AlertKind.class);
        if (table.has("events")) {
            kinds = EnumSet.noneOf(AlertKind.class);
            for (JsonNode event : table.get("events")) {
                kinds.add(AlertKind.ofKey(event.asText()));
            }
        }
        long backoff = table.path("backoff_ms").asLong(RetryPolicy.DEFAULT.firstBackoff().toMillis());
        long maxBackoff = table.path("max_backoff_ms").asLong(Math.max(backoff, RetryPolicy.DEFAULT.maxBackoff().toMillis()));
        RetryPolicy retry = new RetryPolicy(table.path("attempts").asInt(RetryPolicy.DEFAULT.attempts()),
                Duration.ofMillis(backoff), Duration.ofMillis(maxBackoff));
        return new AlertConfig(document.source(), kinds, table.path("queue").asInt(1_000), retry, channels);
    }

    private SmtpMailChannel mail(JsonNode email, int timeoutMillis) {
        String security = email.path("security").asText("starttls");
        int defaultPort = switch (security) {
            case "tls" -> 465;
            case "none" -> 25;
            default -> 587;
        };
        String password = email.has("password") ? secret(at("email", "password")) : null;
        List<String> to = new ArrayList<>();
        email.get("to").forEach(address -> to.add(address.asText()));
        return new SmtpMailChannel(new SmtpSettings(email.get("host").asText(), email.path("port").asInt(defaultPort),
                security, email.has("user") ? email.get("user").asText() : null, password, email.get("from").asText(), to,
                timeoutMillis));
    }

    private JsonPointer at(String table, String key) {
        return base.appendProperty(table).appendProperty(key);
    }

    /** A secret URL: resolved, then parsed (an unparsable one is reported without its text). */
    private URI uri(String table, String key) {
        String url = secret(at(table, key));
        if (url == null) {
            return null;
        }
        try {
            URI parsed = new URI(url);
            if (parsed.getScheme() != null && (parsed.getScheme().equals("http") || parsed.getScheme().equals("https"))) {
                return parsed;
            }
        } catch (URISyntaxException e) {
            // reported below, without the value
        }
        problems.add(document.problem(at(table, key), "the secret it names is not an http(s) URL (the value is not shown)"));
        return null;
    }

    private URI plainUri(JsonPointer pointer, String text) {
        try {
            URI parsed = new URI(text);
            if (parsed.getScheme() != null && (parsed.getScheme().equals("http") || parsed.getScheme().equals("https"))) {
                return parsed;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(document.problem(pointer, "expected an http(s) URL, got \"" + text + "\""));
        return null;
    }

    /** The value of a secret reference, or null with a problem recorded (naming the reference, never a value). */
    private String secret(JsonPointer pointer) {
        String reference = document.root().at(pointer).asText();
        Matcher matcher = REFERENCE.matcher(reference);
        if (!matcher.matches()) {
            problems.add(document.problem(pointer, "expected a reference env:NAME or secret:KEY: secrets never go in the "
                    + "configuration file (the value is not shown)"));
            return null;
        }
        String name = matcher.group(2);
        String value;
        if (matcher.group(1).equals("env")) {
            value = environment.apply(name);
            if (value == null || value.isBlank()) {
                problems.add(document.problem(pointer, "environment variable " + name + " is not set"));
                return null;
            }
            return value;
        }
        Map<String, String> file = secrets(pointer);
        if (file == null) {
            return null;
        }
        value = file.get(name);
        if (value == null || value.isBlank()) {
            problems.add(document.problem(pointer, "no " + name + " in the secrets file " + secretsFile()));
            return null;
        }
        return value;
    }

    private Path secretsFile() {
        JsonNode file = document.root().at(base.appendProperty("secrets_file"));
        return file.isTextual() ? directory.resolve(file.asText()) : null;
    }

    /** The secrets file's KEY=VALUE lines (blank lines and # comments skipped), read once; null with a problem. */
    private Map<String, String> secrets(JsonPointer pointer) {
        if (secrets != null) {
            return secrets;
        }
        Path file = secretsFile();
        if (file == null) {
            problems.add(document.problem(pointer, "secret: references need secrets_file in the same table"));
            return null;
        }
        Map<String, String> read = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    problems.add(Problem.at(file.toString(), i + 1, "", "expected KEY=VALUE (the line is not shown)"));
                    continue;
                }
                read.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        } catch (IOException e) {
            problems.add(document.problem(base.appendProperty("secrets_file"), "cannot read " + file + ": "
                    + e.getClass().getSimpleName()));
            return null;
        }
        secrets = read;
        return read;
    }

    /** The table's schema under {@code alerts}, for {@code wave.toml} documents. */
    private static JsonNode nested(JsonNode alerts) {
        ObjectNode table = alerts.deepCopy();
        table.remove("$schema");
        table.remove("$id");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", alerts.get("$schema").asText());
        root.put("type", "object");
        root.putObject("properties").set("alerts", table);
        return root;
    }
}
