package wave.engine.strategy.sizing;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.Scales;

/** Turns an amount of the account's money into whole lots of an instrument at a price: the sizing models' last step. */
final class PositionSizes {
    private PositionSizes() {
    }

    /**
     * The whole lots of {@code instrument} that {@code fraction} of {@code equity} buys at {@code price}, rounded down;
     * zero for a non-positive fraction, equity or price.
     */
    static Quantity ofFraction(double fraction, Money equity, Price price, Instrument instrument) {
        if (!(fraction > 0) || equity.raw() <= 0 || price.raw() <= 0) {
            return Quantity.ZERO;
        }
        double unitValue = FixedPoint.moneyToDouble(Math.abs(instrument.notionalRaw(price.raw(), Scales.QUANTITY)));
        double units = fraction * FixedPoint.moneyToDouble(equity.raw()) / unitValue;
        return Quantity.ofRaw(instrument.roundDownToLot(FixedPoint.quantityFromDouble(units)));
    }
}
