package wave.app.backtest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderStatus;
import wave.engine.order.CancelCode;
import wave.engine.order.OrderTicket;

/**
 * How a run's orders ended: how many were refused (denied by the pre-trade check, rejected by the venue, or canceled at
 * the fill because the cash or the short-sale rule could not take them; an order placed while the strategies warm up
 * before {@code --from} is not a refusal) and how many ended for each reason code.
 *
 * @param orders   orders placed
 * @param filled   orders that filled entirely
 * @param refused  orders refused as described above
 * @param byReason orders that ended without filling entirely, by reason code (sorted by code)
 */
public record OrderOutcomes(int orders, int filled, int refused, Map<String, Integer> byReason) {
    /** The outcomes of {@code tickets}. */
    public static OrderOutcomes of(List<OrderTicket> tickets) {
        int filled = 0;
        int refused = 0;
        Map<String, Integer> byReason = new TreeMap<>();
        for (OrderTicket ticket : tickets) {
            OrderStatus status = ticket.status();
            if (status == OrderStatus.FILLED) {
                filled++;
            } else if (!ticket.reasonCode().isEmpty()) {
                byReason.merge(ticket.reasonCode(), 1, Integer::sum);
                boolean warmUp = DenyReason.WARMING_UP.name().equals(ticket.reasonCode());
                if (!warmUp && (status == OrderStatus.DENIED || status == OrderStatus.REJECTED
                        || CancelCode.isRefusal(ticket.reasonCode()))) {
                    refused++;
                }
            }
        }
        return new OrderOutcomes(tickets.size(), filled, refused, byReason);
    }

    /** True when more than half of the orders were refused. */
    public boolean mostRefused() {
        return refused * 2 > orders;
    }

    /** E.g. {@code Orders 98: 0 filled, 98 refused; not filled: INSUFFICIENT_CASH_AT_FILL 98 (see orders.csv)}. */
    public String line() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Orders %d: %d filled, %d refused", orders, filled,
                refused));
        if (!byReason.isEmpty()) {
            text.append("; not filled:");
            byReason.forEach((code, count) -> text.append(' ').append(code).append(' ').append(count));
        }
        return text.append(" (reasons in orders.csv)").toString();
    }

    /** The warning printed when most orders were refused, naming the most common reason. */
    public String warning() {
        String top = byReason.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        return String.format(Locale.ROOT, "wave: warning: %d of %d orders were refused (most often %s); see orders.csv "
                + "for each order's reason", refused, orders, top);
    }
}
