package wave.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.engine.kernel.KernelListener;
import wave.engine.order.OrderTicket;

/**
 * Collects the orders the risk engine and the trading state refused, each with its rule: the risk key its message
 * starts with ({@code risk.max_order_pct}), or {@code trading_state.halted} / {@code trading_state.reducing} for the
 * kernel's halt and reduce-only denials. Other denials (funds, lots, budgets) are not the risk engine's.
 */
public final class RiskRefusals implements KernelListener {
    private final List<Refusal> refusals = new ArrayList<>();

    /**
     * One refused order.
     *
     * @param ticket the order
     * @param denial the event
     * @param rule   the rule that refused it
     */
    public record Refusal(OrderTicket ticket, OrderDenied denial, String rule) {
    }

    /** Reads denials, rejections and fills only: the kernel need not build submissions and acceptances for it. */
    @Override
    public boolean readsOrderAcknowledgements() {
        return false;
    }

    @Override
    public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
        if (event instanceof OrderDenied denied) {
            String rule = ruleOf(denied);
            if (rule != null) {
                refusals.add(new Refusal(ticket, denied, rule));
            }
        }
    }

    /** The rule of a denial, or null when it is not a risk refusal. */
    static String ruleOf(OrderDenied denied) {
        if (denied.reason() == DenyReason.TRADING_HALTED) {
            return "trading_state.halted";
        }
        if (denied.reason() == DenyReason.REDUCE_ONLY && denied.message().startsWith("trading is")) {
            return "trading_state.reducing";
        }
        String message = denied.message();
        int colon = message.indexOf(':');
        return message.startsWith("risk.") && colon > 0 ? message.substring(0, colon) : null;
    }

    /** Every refusal, in order. */
    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** How many orders each rule refused, by rule name. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Refusal refusal : refusals) {
            counts.merge(refusal.rule(), 1, Integer::sum);
        }
        return counts;
    }
}
