package wave.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;

/** Numbers of the configuration as flags write them, and back as tree values. */
public final class Numbers {
    private Numbers() {
    }

    /** Plain decimal digits without trailing zeros: {@code 0.1}, {@code 100000}. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A whole number as an integer node, any other as a decimal node, without trailing zeros. */
    static JsonNode node(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return LongNode.valueOf(stripped.longValueExact());
        }
        return DecimalNode.valueOf(stripped);
    }
}
