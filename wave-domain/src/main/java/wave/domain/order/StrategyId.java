package wave.domain.order;

import java.util.Objects;

/**
 * Names a running strategy instance, e.g. {@code sma-cross-1}.
 *
 * @param value non-blank name
 */
public record StrategyId(String value) {
    /** Requires a non-blank value. */
    public StrategyId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("strategy id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
