package wave.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    /**
     * Reads the endpoint's answers. Kept here, not on a command class: picocli loads every command at start-up, and a
     * mapper built there would load Jackson's databind for every wave command.
     */
    static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the endpoint's JSON answer. */
    static ControlAnswer parse(String json) throws IOException {
        JsonNode node = JSON.readTree(json);
        return new ControlAnswer(node.get("effect_ms").asLong(), node.get("trading").asText(), node.get("open_orders_before").asInt(),
                node.get("open_orders").asInt());
    }

    /** {@code 1 open order} or {@code 3 open orders}. */
    static String orders(int n) {
        return n + (n == 1 ? " open order" : " open orders");
    }
}
