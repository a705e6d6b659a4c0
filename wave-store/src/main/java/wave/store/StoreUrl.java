package wave.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a store lives, parsed from a {@code store.url} value (the {@code --store-url} option, the
 * {@value #ENV} environment variable, or later the {@code wave.toml} key):
 * <ul>
 *   <li>empty: the embedded SQLite store of the home, {@code <home>/wave.db};</li>
 *   <li>{@code sqlite:FILE} (or {@code jdbc:sqlite:FILE}): a SQLite file, relative paths resolved against the home;</li>
 *   <li>{@code postgresql://[user[:password]@]host[:port]/database[?param=value&...]} (also {@code postgres://} and
 *       {@code jdbc:postgresql://}): a PostgreSQL database; the port defaults to 5432, {@code user} and
 *       {@code password} may also be query parameters, other parameters go to the JDBC driver (e.g.
 *       {@code sslmode=require}).</li>
 * </ul>
 * {@link #toString()} never shows the password.
 */
public final class StoreUrl {
    /** The environment variable holding a store URL. */
    public static final String ENV = "WAVE_STORE_URL";
    /** PostgreSQL's default port. */
    public static final int DEFAULT_POSTGRESQL_PORT = 5432;

    private static final String EXPECTED = "expected postgresql://[user[:password]@]host[:port]/database or sqlite:FILE";

    /** The database behind a store URL. */
    public enum Kind {
        /** An embedded SQLite file. */
        SQLITE,
        /** A PostgreSQL server. */
        POSTGRESQL
    }

    private final Kind kind;
    private final String jdbcUrl;
    private final Path file;
    private final String user;
    private final String password;
    private final String display;

    private StoreUrl(Kind kind, String jdbcUrl, Path file, String user, String password, String display) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.file = file;
        this.user = user;
        this.password = password;
        this.display = display;
    }

    /** A SQLite store in {@code file}. */
    public static StoreUrl sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new StoreUrl(Kind.SQLITE, "jdbc:sqlite:" + absolute, absolute, null, null, "sqlite:" + absolute);
    }

    /**
     * The store chosen for this process: {@code option} if not blank, else {@code env}'s {@value #ENV}, else the
     * home's SQLite file.
     *
     * @throws IllegalArgumentException when the chosen value is not a store URL (the message says which form was expected)
     */
    public static StoreUrl resolve(String option, Map<String, String> env, WaveHome home) {
        if (option != null && !option.isBlank()) {
            return parse(option, home);
        }
        return parse(env.get(ENV), home);
    }

    /**
     * Parses a store URL; blank means the home's SQLite file.
     *
     * @param text the URL (may be null or blank)
     * @param home the home that relative SQLite paths and the default store belong to
     * @throws IllegalArgumentException naming the text and the expected forms when it is not understood
     */
    public static StoreUrl parse(String text, WaveHome home) {
        if (text == null || text.isBlank()) {
            return sqlite(home.storeFile());
        }
        String url = text.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqliteFile(url, url.substring("jdbc:sqlite:".length()), home);
        }
        if (lower.startsWith("sqlite:")) {
            return sqliteFile(url, url.substring("sqlite:".length()), home);
        }
        for (String scheme : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (lower.startsWith(scheme)) {
                return postgresql(url, "postgresql://" + url.substring(scheme.length()));
            }
        }
        throw new IllegalArgumentException("store URL '" + redact(url) + "' not understood; " + EXPECTED);
    }

    private static StoreUrl sqliteFile(String url, String path, WaveHome home) {
        String p = path.startsWith("//") ? path.substring(2) : path;
        if (p.isBlank() || p.startsWith(":memory:") || p.startsWith("file:")) {
            throw new IllegalArgumentException("store URL '" + url + "' names no SQLite file; expected sqlite:FILE");
        }
        try {
            return sqlite(home.dir().resolve(p));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("store URL '" + url + "': '" + p + "' is not a valid file name", e);
        }
    }

    private static StoreUrl postgresql(String original, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("store URL '" + redact(original) + "' is not a valid URL (" + e.getReason() + "); " + EXPECTED, e);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("store URL '" + redact(original) + "' names no host; " + EXPECTED);
        }
        String database = uri.getRawPath() == null ? "" : decode(uri.getRawPath().replaceFirst("^/", ""));
        if (database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("store URL '" + redact(original) + "' names no database; " + EXPECTED);
        }
        int port = uri.getPort() == -1 ? DEFAULT_POSTGRESQL_PORT : uri.getPort();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length == 2 ? decode(parts[1]) : null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                String key = decode(kv[0]);
                String value = kv.length == 2 ? decode(kv[1]) : "";
                switch (key) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> params.put(key, value);
                }
            }
        }
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        String jdbc = "jdbc:postgresql://" + hostPart + ":" + port + "/" + encode(database) + query;
        String display = "postgresql://" + (user == null ? "" : user + "@") + hostPart + ":" + port + "/" + database;
        return new StoreUrl(Kind.POSTGRESQL, jdbc, null, user, password, display);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text with the password of a {@code user:password@} part replaced by {@code ***}. */
    static String redact(String text) {
        return text.replaceFirst("//([^/@:]*):[^/@]*@", "//$1:***@").replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    /** SQLite or PostgreSQL. */
    public Kind kind() {
        return kind;
    }

    /** The JDBC URL (without user or password). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The SQLite file; null for PostgreSQL. */
    public Path file() {
        return file;
    }

    /** The PostgreSQL user, or null for the driver's default (the operating-system user). */
    public String user() {
        return user;
    }

    /** The PostgreSQL password, or null. */
    public String password() {
        return password;
    }

    /** The URL without its password: {@code sqlite:/home/me/.wave/wave.db} or {@code postgresql://wave@db:5432/wave}. */
    @Override
    public String toString() {
        return display;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreUrl other && kind == other.kind && jdbcUrl.equals(other.jdbcUrl)
                && java.util.Objects.equals(user, other.user) && java.util.Objects.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, jdbcUrl, user);
    }
}
