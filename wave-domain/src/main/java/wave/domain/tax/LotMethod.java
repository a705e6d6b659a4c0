package wave.domain.tax;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import wave.domain.order.OrderFilled;
import wave.domain.portfolio.PositionSide;

/** The standard lot methods. */
public enum LotMethod implements LotSelector {
    /** First in, first out: the oldest lot first (the default). */
    FIFO {
        @Override
        public int next(List<OpenLot> open, OrderFilled closing) {
            return 0;
        }
    },
    /** Last in, first out: the newest lot first. */
    LIFO {
        @Override
        public int next(List<OpenLot> open, OrderFilled closing) {
            return open.size() - 1;
        }
    },
    /**
     * Highest in, first out: the lot whose closing realises the least gain per unit first. For a long lot, the highest
     * cost per unit; for a short lot, the lowest proceeds per unit. Ties go to the oldest lot.
     */
    HIFO {
        @Override
        public int next(List<OpenLot> open, OrderFilled closing) {
            int best = 0;
            for (int i = 1; i < open.size(); i++) {
                int comparison = comparePerUnit(open.get(i), open.get(best));
                boolean better = open.get(i).side() == PositionSide.LONG ? comparison > 0 : comparison < 0;
                if (better) {
                    best = i;
                }
            }
            return best;
        }
    };

    /**
     * The method named {@code text} (case-insensitive: fifo, lifo, hifo).
     *
     * @throws IllegalArgumentException naming the text and the valid choices
     */
    public static LotMethod parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown lot method '" + text + "': expected fifo, lifo or hifo", e);
        }
    }

    /** Compares amount per unit exactly: {@code a.amount / a.quantity} against {@code b.amount / b.quantity}. */
    private static int comparePerUnit(OpenLot a, OpenLot b) {
        return BigInteger.valueOf(a.amountRaw()).multiply(BigInteger.valueOf(b.quantityRaw()))
                .compareTo(BigInteger.valueOf(b.amountRaw()).multiply(BigInteger.valueOf(a.quantityRaw())));
    }
}
