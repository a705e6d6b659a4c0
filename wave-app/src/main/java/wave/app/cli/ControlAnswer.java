package wave.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * What the control endpoint answers to a command: how long after the request the session showed its effect, the
 * trading state and the open orders before and after.
 *
 * @param effectMs         milliseconds from the request to the effect
 * @param trading          {@code running} or {@code halted by WHO: REASON}
 * @param openOrdersBefore open orders when the request arrived
 * @param openOrders       open orders once the effect showed
 */
record ControlAnswer(long effectMs, String trading, int openOrdersBefore, int openOrders) {
    /** Reads the endpoint's JSON answer. */
    static ControlAnswer parse(String json) throws IOException {
        JsonNode node = StatusCommand.JSON.readTree(json);
        return new ControlAnswer(node.get("effect_ms").asLong(), node.get("trading").asText(), node.get("open_orders_before").asInt(),
                node.get("open_orders").asInt());
    }

    /** {@code 1 open order} or {@code 3 open orders}. */
    static String orders(int n) {
        return n + (n == 1 ? " open order" : " open orders");
    }
}
