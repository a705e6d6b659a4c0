package wave.alerts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What an alert is about; {@link #key()} is its name in {@code [alerts] events} of {@code wave.toml}. */
public enum AlertKind {
    /** An order filled (in part or in full). */
    FILL("fills"),
    /** An order was refused: denied by a pre-trade check or the risk engine, or rejected by the venue. */
    REFUSAL("refusals"),
    /** A circuit breaker tripped (or trading resumed after one). */
    BREAKER("breakers"),
    /** Trading was halted or resumed by hand (the kill switch). */
    KILL_SWITCH("kill_switch"),
    /** The summary of a trading day. */
    DAILY_SUMMARY("daily_summary"),
    /** Strategy code threw, a strategy was halted, or a component failed. */
    ERROR("errors");

    private final String key;

    AlertKind(String key) {
        this.key = key;
    }

    /** The configuration name, e.g. {@code fills}. */
    public String key() {
        return key;
    }

    /**
     * The kind named {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the valid ones
     */
    public static AlertKind ofKey(String key) {
        for (AlertKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown alert event '" + key + "': expected one of "
                + Arrays.stream(values()).map(AlertKind::key).collect(Collectors.joining(", ")));
    }
}
