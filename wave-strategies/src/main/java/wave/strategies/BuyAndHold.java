package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Strategy;

/**
 * The benchmark: buys (with the run's sizing) on the first bar it sees and never sells. The order fills at the
 * open of the second bar; the position stays open until the data ends. It places that one order only: a rejected
 * buy is not retried.
 */
public final class BuyAndHold extends Strategy<BuyAndHold.Params> {
    /** Buy-and-hold has no parameters. */
    public record Params() {
    }

    private boolean ordered;

    /** A strategy with the given (empty) parameters. */
    public BuyAndHold(Params params) {
        super(params);
    }

    @Override
    protected void onBar(Bar bar) {
        if (!ordered) {
            ordered = true;
            buy();
        }
    }
}
