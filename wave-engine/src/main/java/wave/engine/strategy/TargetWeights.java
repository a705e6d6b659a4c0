package wave.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.OrderSide;
import wave.domain.portfolio.PortfolioView;

/**
 * The execution model of target weights: for each instrument named, the quantity that makes its position worth
 * {@code weight x capital x (1 - cash buffer)} at its last close (capital: the strategy's budget, or the account's
 * equity), in whole lots (rounded towards zero), minus what is
 * held and what the strategy's working orders will still buy or sell; the differences become market orders, every
 * sale before every purchase, so that a rebalance funds itself. The cash buffer ({@value #CASH_BUFFER}, as LEAN keeps
 * one) leaves room for fees and for the gap between the close and the next open.
 */
public final class TargetWeights {
    /** Share of equity kept out of target weights, for fees and slippage. */
    public static final double CASH_BUFFER = 0.0025;

    private TargetWeights() {
    }

    /**
     * An order the model wants sent.
     *
     * @param instrument  the instrument
     * @param side        buy or sell
     * @param quantityRaw quantity, raw fixed point, positive
     */
    public record Delta(InstrumentId instrument, OrderSide side, long quantityRaw) {
    }

    /**
     * The orders that move the positions to {@code weights}, sales first.
     *
     * @param holdings    what the strategy holds (its own book, or the account), marked at the last closes
     * @param capitalRaw  the capital the weights are fractions of (the strategy's budget, or the account's equity), raw
     * @param instruments resolves an instrument id to its terms (lot size, multiplier)
     * @param pendingRaw  signed quantity the strategy's working orders will still trade, per instrument (raw)
     * @throws IllegalArgumentException for a weight outside [-1, 1] or an instrument without a price yet
     */
    public static List<Delta> orders(Map<InstrumentId, Double> weights, PortfolioView holdings, long capitalRaw,
                                     Function<InstrumentId, Instrument> instruments,
                                     Map<InstrumentId, Long> pendingRaw) {
        long budget = FixedPoint.timesRatio(capitalRaw, FixedPoint.ratioFromDouble(1 - CASH_BUFFER));
        List<Delta> sells = new ArrayList<>();
        List<Delta> buys = new ArrayList<>();
        for (Map.Entry<InstrumentId, Double> e : weights.entrySet()) {
            double weight = e.getValue();
            if (!(weight >= -1 && weight <= 1)) {
                throw new IllegalArgumentException("target weight of " + e.getKey() + " must be in [-1, 1], got " + weight);
            }
            Instrument instrument = instruments.apply(e.getKey());
            long price = holdings.position(e.getKey()).markRaw();
            if (price <= 0) {
                throw new IllegalArgumentException("no price yet for " + e.getKey() + ": target weights need a last close");
            }
            long unitValue = Math.abs(instrument.notionalRaw(price, Scales.QUANTITY));
            long target = instrument.roundDownToLot(FixedPoint.quantityForValue(FixedPoint.timesRatio(budget, FixedPoint.ratioFromDouble(weight)),
                    unitValue));
            long now = holdings.position(e.getKey()).quantityRaw() + pendingRaw.getOrDefault(e.getKey(), 0L);
            long delta = target - now;
            if (delta < 0) {
                sells.add(new Delta(e.getKey(), OrderSide.SELL, -delta));
            } else if (delta > 0) {
                buys.add(new Delta(e.getKey(), OrderSide.BUY, delta));
            }
        }
        sells.addAll(buys);
        return sells;
    }
}
