package wave.domain.tax;

import java.util.List;
import java.util.Map;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;

/**
 * Specific identification: for each closing order, the orders whose lots it closes, in the order given; a closing
 * order without a choice, or whose chosen lots are used up, falls back to another method.
 *
 * @param choices  closing order id to the opening order ids whose lots it closes, first choice first
 * @param fallback the method used where no chosen lot is left
 */
public record SpecificLots(Map<ClientOrderId, List<ClientOrderId>> choices, LotSelector fallback) implements LotSelector {
    /** Copies the choices. */
    public SpecificLots {
        choices = Map.copyOf(choices);
    }

    @Override
    public int next(List<OpenLot> open, OrderFilled closing) {
        for (ClientOrderId chosen : choices.getOrDefault(closing.orderId(), List.of())) {
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).openOrder().equals(chosen)) {
                    return i;
                }
            }
        }
        return fallback.next(open, closing);
    }
}
