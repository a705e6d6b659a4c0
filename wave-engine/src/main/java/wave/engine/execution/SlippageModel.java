package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.order.OrderSide;

/**
 * How far a fill's price moves against the order: a buy pays {@code price + slippage}, a sell receives
 * {@code price - slippage}. The venue never lets a limit order's price pass its limit, and reports the money cost
 * of each fill's slippage in {@link wave.domain.order.OrderFilled#slippageRaw()} (fees stay separate).
 *
 * <p>One method decides; the two defaults serve models that learn from the bars (see
 * {@link SquareRootImpactSlippage}): a configuration holds one instance that many runs may share, so such a
 * model returns a fresh copy from {@link #forRun(int)} and keeps its state there.
 */
@FunctionalInterface
public interface SlippageModel {
    /**
     * The adverse price move per unit for one fill, raw fixed point, {@code >= 0}.
     *
     * @param instrumentIndex the instrument's index in the session (for models with state per instrument)
     * @param side            buy or sell
     * @param priceRaw        the fill price before slippage, raw fixed point
     * @param quantityRaw     quantity of this fill, positive, raw fixed point
     * @param bar             the bar the order fills on
     */
    long slippageRaw(int instrumentIndex, OrderSide side, long priceRaw, long quantityRaw, Bar bar);

    /** The instance one run uses, over {@code instruments} instruments; stateless models return themselves. */
    default SlippageModel forRun(int instruments) {
        return this;
    }

    /** Sees every bar of an instrument after its orders were matched (a fill never sees its own bar's close). */
    default void afterBar(int instrumentIndex, Bar bar) {
    }

    /** No slippage (the default). */
    static SlippageModel none() {
        return new NoSlippage();
    }

    /** A fixed {@code bps} basis points of the price (see {@link FixedBpsSlippage}). */
    static SlippageModel fixedBps(double bps) {
        return new FixedBpsSlippage(bps);
    }

    /** Half of a quoted spread of {@code spreadBps} basis points (see {@link HalfSpreadSlippage}). */
    static SlippageModel halfSpread(double spreadBps) {
        return new HalfSpreadSlippage(spreadBps);
    }

    /** Square-root market impact (see {@link SquareRootImpactSlippage}). */
    static SlippageModel squareRootImpact(double k, int windowBars) {
        return new SquareRootImpactSlippage(k, windowBars);
    }
}
