package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.Range;
import wave.indicators.Crossover;
import wave.indicators.Indicators;
import wave.indicators.average.Sma;

/**
 * Long-only (and, through {@link #longShort}, long/short) moving-average crossover: buy (with the run's sizing) when the fast SMA of the close crosses above
 * the slow one, sell the whole position when it crosses below. A cross at bar t needs fast &gt; slow at t and
 * fast &lt; slow at the last earlier bar where they differed (the mirror for a cross below).
 */
public final class SmaCross extends SignalStrategy<SmaCross.Params> {
    /**
     * Parameters.
     *
     * @param fast fast SMA period, bars
     * @param slow slow SMA period, bars
     */
    public record Params(
            @Range(min = 2, max = 200) @Default("10") @Describe("fast SMA period, bars") int fast,
            @Range(min = 3, max = 500) @Default("30") @Describe("slow SMA period, bars") int slow) {
        /** Requires fast &lt; slow. */
        public Params {
            requireBelow("fast", fast, "slow", slow);
        }
    }

    private final Crossover cross;

    /** A long-only strategy with the given parameters. */
    public SmaCross(Params params) {
        this(params, false);
    }

    /** The long/short variant: the exit signal sells short, the entry signal covers and buys (see {@link SignalStrategy}). */
    public static SmaCross longShort(Params params) {
        return new SmaCross(params, true);
    }

    private SmaCross(Params params, boolean longShort) {
        super(params, longShort);
        Sma fast = indicator(Indicators.sma(params.fast()));
        Sma slow = indicator(Indicators.sma(params.slow()));
        cross = crossover(fast::value, slow::value);
    }

    @Override
    boolean entry(Bar bar) {
        return cross.crossedAbove();
    }

    @Override
    boolean exit(Bar bar) {
        return cross.crossedBelow();
    }
}
