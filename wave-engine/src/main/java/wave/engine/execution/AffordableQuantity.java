package wave.engine.execution;

import java.util.function.LongUnaryOperator;
import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;

/**
 * The sizing rule of percent and all-in orders: the largest whole number of lots {@code q} with
 * {@code price x q + fee(q) <= budget}. The simulated venue applies it at the fill price (a buy's after slippage); with
 * {@link SizingPrice#SIGNAL_CLOSE} the kernel applies it when the order is placed, at the signal bar's close.
 */
public final class AffordableQuantity {
    private final FeeModel feeModel;

    /** The rule with the fees of {@code feeModel} (taker fees: the order is sized as a market order). */
    public AffordableQuantity(FeeModel feeModel) {
        this.feeModel = feeModel;
    }

    /**
     * The largest whole number of lots {@code budgetRaw} pays for at {@code priceRaw}, fees included, raw; 0 when not
     * even one lot is affordable (or the price is unknown). Binary search: the cost grows with the quantity.
     *
     * @throws FixedPointOverflowException if the budget buys more than the largest quantity (about 9.2 billion units)
     */
    public long quantityRaw(Instrument instrument, long priceRaw, long budgetRaw) {
        return quantityRaw(instrument, priceRaw, q -> priceRaw, budgetRaw);
    }

    /**
     * The largest whole number of lots {@code q} with {@code price(q) x q + fee(q) <= budgetRaw}, raw, where the fill
     * price {@code price(q)} may grow with the quantity (a buy's price after slippage) and is never below
     * {@code priceRaw}, the price before slippage; 0 when not even one lot is affordable.
     *
     * @param fillPriceRaw the price each quantity would fill at (raw to raw), non-decreasing in the quantity
     * @throws FixedPointOverflowException if the budget buys more than the largest quantity (about 9.2 billion units)
     */
    public long quantityRaw(Instrument instrument, long priceRaw, LongUnaryOperator fillPriceRaw, long budgetRaw) {
        long lot = instrument.lotSize().raw();
        long lotCost = instrument.notionalRaw(priceRaw, lot);
        if (budgetRaw <= 0 || lotCost <= 0) {
            return 0;
        }
        long maxLots = Long.MAX_VALUE / lot;
        long low = 0;
        long high = Math.min(budgetRaw / lotCost, maxLots);
        if (high == maxLots && costRaw(instrument, fillPriceRaw.applyAsLong(maxLots * lot), maxLots * lot) <= budgetRaw) {
            throw FixedPointOverflowException.of("quantity of " + instrument.id() + " that " + FixedPoint.formatGroupedMoney(budgetRaw)
                    + " " + instrument.quoteCurrency() + " buy at " + FixedPoint.formatGroupedPrice(priceRaw) + " (at least "
                    + FixedPoint.formatGroupedQuantity(maxLots * lot) + ")");
        }
        while (low < high) {
            long mid = low + (high - low + 1) / 2;
            if (costRaw(instrument, fillPriceRaw.applyAsLong(mid * lot), mid * lot) <= budgetRaw) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low * lot;
    }

    /** What buying {@code quantityRaw} at {@code priceRaw} costs: notional plus fee, raw. */
    public long costRaw(Instrument instrument, long priceRaw, long quantityRaw) {
        return FixedPoint.addMoney(instrument.notionalRaw(priceRaw, quantityRaw), feeModel.feeRaw(instrument, quantityRaw, priceRaw),
                "cost plus fee");
    }

    /**
     * Why a budget buys nothing at a price, e.g. {@code budget 100 USD cannot pay for one lot of ACME.SIM at 150 plus
     * fees}, or {@code ... ACME.SIM: no price is known yet} when {@code priceRaw} is 0.
     */
    public static String cannotPayForOneLot(Instrument instrument, long budgetRaw, long priceRaw) {
        String budget = "budget " + FixedPoint.formatMoney(budgetRaw) + " " + instrument.quoteCurrency() + " cannot pay for one lot of "
                + instrument.id();
        return priceRaw == 0 ? budget + ": no price is known yet" : budget + " at " + FixedPoint.formatPrice(priceRaw) + " plus fees";
    }
}
