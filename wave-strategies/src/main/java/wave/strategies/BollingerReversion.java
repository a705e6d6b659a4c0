package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.Range;
import wave.indicators.Crossover;
import wave.indicators.Indicators;
import wave.indicators.volatility.BollingerBands;

/**
 * Long-only Bollinger Band mean reversion: buy (with the run's sizing) when the close crosses below the lower
 * band, sell the whole position when the close crosses above the middle band (the SMA). Crosses follow
 * {@link Crossover}; the bands use the population standard deviation of the close.
 */
public final class BollingerReversion extends SignalStrategy<BollingerReversion.Params> {
    /**
     * Parameters.
     *
     * @param period band period, bars
     * @param k      band half-width, standard deviations
     */
    public record Params(
            @Range(min = 2, max = 500) @Default("20") @Describe("band period, bars") int period,
            @Range(min = 0.1, max = 10) @Default("2.0") @Describe("band half-width, standard deviations") double k) {
    }

    private final Crossover belowLower;
    private final Crossover aboveMiddle;

    /** A strategy with the given parameters. */
    public BollingerReversion(Params params) {
        super(params);
        LatestClose close = indicator(new LatestClose());
        BollingerBands bands = indicator(Indicators.bollinger(params.period(), params.k()));
        belowLower = crossover(close::value, bands::lower);
        aboveMiddle = crossover(close::value, bands::middle);
    }

    @Override
    boolean entry(Bar bar) {
        return belowLower.crossedBelow();
    }

    @Override
    boolean exit(Bar bar) {
        return aboveMiddle.crossedAbove();
    }
}
