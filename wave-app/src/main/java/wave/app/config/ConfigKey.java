package wave.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;
import java.util.Objects;

/**
 * A {@code wave.toml} key (or the few keys of one table that make one setting) and the {@code wave backtest} flag
 * that sets the same thing, e.g. {@code costs.fee_pct} and {@code --fee-pct}.
 *
 * @param option the flag's long name
 * @param table  the table holding the keys
 * @param codec  how the keys become the flag's text and back
 */
public record ConfigKey(String option, String table, KeyCodec codec) {
    /** A key as given. */
    public ConfigKey {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(codec, "codec");
    }

    /** The pointers of the keys, e.g. {@code /costs/fee_pct}. */
    public List<JsonPointer> pointers() {
        return codec.keys().stream().map(this::pointer).toList();
    }

    /** The pointer of one of the keys. */
    public JsonPointer pointer(String key) {
        return JsonPointer.empty().appendProperty(table).appendProperty(key);
    }

    /** True if the key is a path, read relative to the directory of its file. */
    public boolean isPath() {
        return codec instanceof KeyCodec.Scalar scalar && scalar.kind() == KeyCodec.Kind.PATH;
    }
}
