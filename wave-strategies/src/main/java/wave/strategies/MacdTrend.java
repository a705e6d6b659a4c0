package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.Range;
import wave.indicators.Crossover;
import wave.indicators.Indicators;
import wave.indicators.momentum.Macd;

/**
 * Long-only (and, through {@link #longShort}, long/short) MACD trend following: buy (with the run's sizing) when the MACD line (fast EMA minus slow EMA of the
 * close) crosses above its signal line, sell the whole position when it crosses below. The MACD is seeded as in
 * TA-Lib, so onBar starts after {@code slow + signal - 1} bars; crosses follow {@link Crossover}.
 */
public final class MacdTrend extends SignalStrategy<MacdTrend.Params> {
    /**
     * Parameters.
     *
     * @param fast   fast EMA period, bars
     * @param slow   slow EMA period, bars
     * @param signal signal-line EMA period, bars
     */
    public record Params(
            @Range(min = 2, max = 200) @Default("12") @Describe("fast EMA period, bars") int fast,
            @Range(min = 3, max = 500) @Default("26") @Describe("slow EMA period, bars") int slow,
            @Range(min = 2, max = 200) @Default("9") @Describe("signal EMA period, bars") int signal) {
        /** Requires fast &lt; slow. */
        public Params {
            requireBelow("fast", fast, "slow", slow);
        }
    }

    private final Crossover cross;

    /** A long-only strategy with the given parameters. */
    public MacdTrend(Params params) {
        this(params, false);
    }

    /** The long/short variant: the exit signal sells short, the entry signal covers and buys (see {@link SignalStrategy}). */
    public static MacdTrend longShort(Params params) {
        return new MacdTrend(params, true);
    }

    private MacdTrend(Params params, boolean longShort) {
        super(params, longShort);
        Macd macd = indicator(Indicators.macd(params.fast(), params.slow(), params.signal()));
        cross = crossover(macd::macd, macd::signal);
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
