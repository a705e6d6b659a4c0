package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.Range;

/**
 * Long-only Donchian channel breakout (turtle style): buy (with the run's sizing) when the close exceeds the
 * highest high of the previous {@code entry} bars, sell the whole position when the close falls below the
 * lowest low of the previous {@code exit} bars. The current bar is never part of its own channel.
 */
public final class DonchianBreakout extends SignalStrategy<DonchianBreakout.Params> {
    /**
     * Parameters.
     *
     * @param entry entry channel length, bars
     * @param exit  exit channel length, bars
     */
    public record Params(
            @Range(min = 2, max = 500) @Default("20") @Describe("buy above the highest high of this many previous bars") int entry,
            @Range(min = 2, max = 500) @Default("10") @Describe("sell below the lowest low of this many previous bars") int exit) {
    }

    private final RollingExtreme upper;
    private final RollingExtreme lower;

    /** A strategy with the given parameters. */
    public DonchianBreakout(Params params) {
        super(params);
        upper = indicator(RollingExtreme.highestHigh(params.entry()));
        lower = indicator(RollingExtreme.lowestLow(params.exit()));
    }

    @Override
    boolean entry(Bar bar) {
        return bar.close() > upper.value();
    }

    @Override
    boolean exit(Bar bar) {
        return bar.close() < lower.value();
    }
}
