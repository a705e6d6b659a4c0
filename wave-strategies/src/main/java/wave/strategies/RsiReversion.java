package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.Range;
import wave.indicators.Crossover;
import wave.indicators.Indicators;
import wave.indicators.momentum.Rsi;

/**
 * Long-only (and, through {@link #longShort}, long/short) RSI mean reversion: buy (with the run's sizing) when
 * the RSI of the close crosses below {@code lower} (oversold), sell the whole position when it crosses above {@code upper} (overbought). A cross
 * below {@code lower} at bar t needs RSI &lt; lower at t and RSI &gt; lower at the last earlier bar where they
 * differed (see {@link Crossover}).
 */
public final class RsiReversion extends SignalStrategy<RsiReversion.Params> {
    /**
     * Parameters.
     *
     * @param period RSI period, bars
     * @param lower  oversold threshold, RSI points in [0, 100]
     * @param upper  overbought threshold, RSI points in [0, 100]
     */
    public record Params(
            @Range(min = 2, max = 200) @Default("14") @Describe("RSI period, bars") int period,
            @Range(min = 0, max = 100) @Default("30") @Describe("buy when the RSI crosses below this level, RSI points") double lower,
            @Range(min = 0, max = 100) @Default("70") @Describe("sell when the RSI crosses above this level, RSI points") double upper) {
        /** Requires lower &lt; upper. */
        public Params {
            if (!(lower < upper)) {
                throw new IllegalArgumentException("lower (" + lower + ") must be < upper (" + upper + ")");
            }
        }
    }

    private final Crossover oversold;
    private final Crossover overbought;

    /** A long-only strategy with the given parameters. */
    public RsiReversion(Params params) {
        this(params, false);
    }

    /** The long/short variant: the exit signal sells short, the entry signal covers and buys (see {@link SignalStrategy}). */
    public static RsiReversion longShort(Params params) {
        return new RsiReversion(params, true);
    }

    private RsiReversion(Params params, boolean longShort) {
        super(params, longShort);
        Rsi rsi = indicator(Indicators.rsi(params.period()));
        double lower = params.lower();
        double upper = params.upper();
        oversold = crossover(rsi::value, () -> lower);
        overbought = crossover(rsi::value, () -> upper);
    }

    @Override
    boolean entry(Bar bar) {
        return oversold.crossedBelow();
    }

    @Override
    boolean exit(Bar bar) {
        return overbought.crossedAbove();
    }
}
