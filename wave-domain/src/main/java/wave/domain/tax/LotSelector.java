package wave.domain.tax;

import java.util.List;
import wave.domain.order.OrderFilled;

/** Chooses which open lot a closing fill closes next: the lot method. */
@FunctionalInterface
public interface LotSelector {
    /**
     * The index of the lot to close next.
     *
     * @param open    the instrument's open lots, oldest first, never empty
     * @param closing the fill that closes them
     * @return an index into {@code open}
     */
    int next(List<OpenLot> open, OrderFilled closing);
}
