package wave.engine.order;

import java.math.BigDecimal;
import java.util.Locale;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;

/**
 * How many units an entry order buys or sells. Percent and all-in sizing are resolved at the fill price
 * (like a broker's notional order), so the order is always affordable:
 * {@code quantity = max q (in whole lots) with price x q + fee(q) <= budget}; with
 * {@code ExecutionConfig.withSizingPrice(SIGNAL_CLOSE)} they are resolved by the same rule when the order is placed,
 * at the signal bar's close.
 */
public sealed interface Sizing permits Sizing.Fixed, Sizing.PercentOfEquity, Sizing.AllIn {
    /** A fixed quantity, raw fixed point. */
    record Fixed(long quantityRaw) implements Sizing {
        /** Requires a positive quantity. */
        public Fixed {
            requirePositive(quantityRaw);
        }

        /**
         * Checks a fixed quantity as this record does, for a caller that carries the quantity without the record.
         *
         * @param quantityRaw the quantity, raw fixed point
         * @throws IllegalArgumentException if it is not positive
         */
        public static void requirePositive(long quantityRaw) {
            if (quantityRaw <= 0) {
                throw new IllegalArgumentException("fixed size must be > 0, got " + FixedPoint.formatQuantity(quantityRaw));
            }
        }

        @Override
        public String toString() {
            return "fixed:" + FixedPoint.formatQuantity(quantityRaw);
        }
    }

    /** A budget of {@code percent} of current equity (fees included), capped by the cash available. */
    record PercentOfEquity(double percent) implements Sizing {
        /** Requires 0 &lt; percent &lt;= 100. */
        public PercentOfEquity {
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException("percent size must be in (0, 100], got " + percent);
            }
        }

        @Override
        public String toString() {
            return "percent:" + percent;
        }
    }

    /** All available cash: {@code floor(cash / (fillPrice x (1 + feeRate)))} for a percentage fee. */
    record AllIn() implements Sizing {
        @Override
        public String toString() {
            return "all-in";
        }
    }

    /** True for a notional order (percent or all-in): its quantity is resolved from a budget and a price. */
    default boolean resolvedAtFill() {
        return !(this instanceof Fixed);
    }

    /** A fixed number of whole units. */
    static Sizing fixed(long units) {
        return new Fixed(FixedPoint.quantityOfUnits(units));
    }

    /**
     * Parses {@code all-in}, {@code fixed:100}, {@code fixed:0.5} or {@code percent:10}.
     *
     * @throws IllegalArgumentException naming the text and the valid forms, or the largest quantity for a fixed size
     *                                  above it
     */
    static Sizing parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("all-in")) {
                return new AllIn();
            }
            if (t.startsWith("fixed:")) {
                String quantity = t.substring(6).trim();
                return new Fixed(FixedPoint.quantityFromBigDecimal(new BigDecimal(quantity), "fixed size " + quantity));
            }
            if (t.startsWith("percent:")) {
                return new PercentOfEquity(Double.parseDouble(t.substring(8)));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sizing '" + text + "': '" + t.substring(t.indexOf(':') + 1)
                    + "' is not a number; expected all-in, fixed:<quantity> or percent:<0-100>");
        } catch (FixedPointOverflowException e) {
            throw new IllegalArgumentException("sizing '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("sizing '" + text + "' not understood; expected all-in, fixed:<quantity> or percent:<0-100>");
    }
}
