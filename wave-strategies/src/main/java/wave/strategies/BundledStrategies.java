package wave.strategies;

import java.util.List;
import java.util.Optional;
import wave.engine.strategy.StrategyDefinition;

/** The strategies that ship with Wave, by name. */
public final class BundledStrategies {
    private static final List<StrategyDefinition<?>> ALL = List.of(
            new StrategyDefinition<>("buy-and-hold", "benchmark: buy on the first bar, never sell",
                    BuyAndHold.Params.class, BuyAndHold::new),
            new StrategyDefinition<>("sma-cross", "long-only: buy when the fast SMA crosses above the slow SMA, sell when it crosses below",
                    SmaCross.Params.class, SmaCross::new),
            new StrategyDefinition<>("ema-cross", "long-only: buy when the fast EMA crosses above the slow EMA, sell when it crosses below",
                    EmaCross.Params.class, EmaCross::new),
            new StrategyDefinition<>("rsi-reversion", "long-only: buy when the RSI crosses below lower, sell when it crosses above upper",
                    RsiReversion.Params.class, RsiReversion::new),
            new StrategyDefinition<>("bollinger-reversion",
                    "long-only: buy when the close crosses below the lower Bollinger band, sell when it crosses above the middle band",
                    BollingerReversion.Params.class, BollingerReversion::new),
            new StrategyDefinition<>("donchian-breakout",
                    "long-only: buy above the highest high of the previous entry bars, sell below the lowest low of the previous exit bars",
                    DonchianBreakout.Params.class, DonchianBreakout::new),
            new StrategyDefinition<>("macd-trend", "long-only: buy when the MACD line crosses above its signal line, sell when it crosses below",
                    MacdTrend.Params.class, MacdTrend::new),
            new StrategyDefinition<>("sma-cross-ls", "long/short: long when the fast SMA crosses above the slow SMA, short when "
                    + "it crosses below (needs --allow-short)", SmaCross.Params.class, SmaCross::longShort),
            new StrategyDefinition<>("ema-cross-ls", "long/short: long when the fast EMA crosses above the slow EMA, short when "
                    + "it crosses below (needs --allow-short)", EmaCross.Params.class, EmaCross::longShort),
            new StrategyDefinition<>("rsi-reversion-ls", "long/short: long when the RSI crosses below lower, short when it "
                    + "crosses above upper (needs --allow-short)", RsiReversion.Params.class, RsiReversion::longShort),
            new StrategyDefinition<>("macd-trend-ls", "long/short: long when the MACD line crosses above its signal line, short "
                    + "when it crosses below (needs --allow-short)", MacdTrend.Params.class, MacdTrend::longShort));

    private static final List<StrategyDefinition<?>> PORTFOLIOS = List.of(
            StrategyDefinition.portfolio("equal-weight-monthly",
                    "across all instruments: equal weights, rebalanced on the first bar of every month",
                    EqualWeightMonthly.Params.class, EqualWeightMonthly::new),
            StrategyDefinition.portfolio("momentum-12-1",
                    "across all instruments: hold the top N by 12-1 month momentum, equal weights, rebalanced monthly",
                    MomentumRotation.Params.class, MomentumRotation::new));

    private BundledStrategies() {
    }

    /** The bundled strategies across instruments (one instance trades every series of a run). */
    public static List<StrategyDefinition<?>> portfolios() {
        return PORTFOLIOS;
    }

    /** Every bundled strategy, in display order. */
    public static List<StrategyDefinition<?>> all() {
        return ALL;
    }

    /** A strategy by name. */
    public static Optional<StrategyDefinition<?>> find(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The names, for error messages. */
    public static List<String> names() {
        return ALL.stream().map(StrategyDefinition::name).toList();
    }
}
