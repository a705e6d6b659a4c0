package wave.strategies;

import java.util.List;
import java.util.Map;
import wave.domain.market.BarSeries;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.PercentFeeModel;
import wave.engine.order.Sizing;
import wave.engine.strategy.StrategyDefinition;

/** Runs bundled strategies the way the tests need: 100,000 USD, 0.1% fee of notional per fill, long only. */
final class Backtests {
    private Backtests() {
    }

    /** The test configuration with the given sizing. */
    static BacktestConfig config(String sizing) {
        return BacktestConfig.defaults().withFeeModel(PercentFeeModel.ofPercent("0.1")).withSizing(Sizing.parse(sizing));
    }

    /** A bundled strategy by name (fails if missing). */
    static StrategyDefinition<?> definition(String name) {
        return BundledStrategies.find(name).orElseThrow(() -> new AssertionError("no bundled strategy " + name));
    }

    /** Runs a bundled strategy with text parameters (missing ones at their defaults); short sales for the -ls variants. */
    static BacktestResult run(String name, Map<String, String> params, BarSeries data, String sizing) {
        StrategyDefinition<?> definition = definition(name);
        BacktestConfig config = config(sizing).withAllowShort(name.endsWith("-ls"));
        return new Backtest(config, List.of(data), name, id -> definition.create(params), true).run();
    }

    /** Runs a bundled strategy with default parameters. */
    static BacktestResult run(String name, BarSeries data, String sizing) {
        return run(name, Map.of(), data, sizing);
    }
}
