package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.Range;
import wave.indicators.Crossover;
import wave.indicators.Indicators;
import wave.indicators.average.Ema;

/**
 * Long-only (and, through {@link #longShort}, long/short) exponential moving-average crossover: buy (with the run's sizing) when the fast EMA of the close
 * crosses above the slow one, sell the whole position when it crosses below. Crosses follow {@link Crossover}:
 * onBar starts once the slow EMA is ready, and the first bar where both exist never crosses.
 */
public final class EmaCross extends SignalStrategy<EmaCross.Params> {
    /**
     * Parameters.
     *
     * @param fast fast EMA period, bars
     * @param slow slow EMA period, bars
     */
    public record Params(
            @Range(min = 2, max = 200) @Default("12") @Describe("fast EMA period, bars") int fast,
            @Range(min = 3, max = 500) @Default("26") @Describe("slow EMA period, bars") int slow) {
        /** Requires fast &lt; slow. */
        public Params {
            requireBelow("fast", fast, "slow", slow);
        }
    }

    private final Crossover cross;

    /** A long-only strategy with the given parameters. */
    public EmaCross(Params params) {
        this(params, false);
    }

    /** The long/short variant: the exit signal sells short, the entry signal covers and buys (see {@link SignalStrategy}). */
    public static EmaCross longShort(Params params) {
        return new EmaCross(params, true);
    }

    private EmaCross(Params params, boolean longShort) {
        super(params, longShort);
        Ema fast = indicator(Indicators.ema(params.fast()));
        Ema slow = indicator(Indicators.ema(params.slow()));
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
