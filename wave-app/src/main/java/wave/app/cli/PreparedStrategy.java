package wave.app.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import wave.app.backtest.ParamValues;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.bias.IndicatorOutput;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyDefinition;
import wave.engine.strategy.StrategyIndicators;
import wave.spec.SpecParams;
import wave.spec.SpecStrategyDefinition;
import wave.spec.StrategySpecs;

/**
 * A validated strategy: its name, parameter values and how to build its backtest over the data.
 *
 * @param name     the strategy's name
 * @param params   its parameter values
 * @param backtest builds a backtest with a fresh strategy over the data
 * @param fresh      a fresh single-instrument strategy, or null for a portfolio strategy
 * @param indicators the outputs of a fresh strategy's indicators, or null for a portfolio strategy
 * @param trades     whether the strategy trades an instrument (a spec's {@code instruments} patterns; others trade all)
 */
record PreparedStrategy(String name, Map<String, Object> params,
                        BiFunction<List<BarSeries>, BacktestConfig, Backtest> backtest, Supplier<Strategy<?>> fresh,
                        Supplier<List<IndicatorOutput>> indicators, Predicate<InstrumentId> trades) {

    /** Validates the chosen strategy (bundled or plugin name, class on the class path, or spec file) and its parameters. */
    static PreparedStrategy of(BacktestOptions.StrategyChoice choice, Map<String, String> values, PluginOptions plugins)
            throws IOException {
        if (choice.file != null) {
            SpecStrategyDefinition definition = StrategySpecs.load(choice.file);
            SpecParams bound = definition.bind(values);
            return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                    (data, config) -> {
                        definition.requireShortsAllowed(config.allowShort());
                        return new Backtest(config, data, definition.name(), id -> definition.create(bound), false);
                    },
                    () -> definition.create(bound), () -> definition.indicatorOutputs(bound), definition::appliesTo);
        }
        StrategyCatalog catalog = plugins.catalog();
        StrategyDefinition<?> definition = choice.className != null ? catalog.byClass(choice.className)
                : catalog.byName(choice.name);
        return of(definition, values);
    }

    private static <P extends Record> PreparedStrategy of(StrategyDefinition<P> definition, Map<String, String> values) {
        P bound = definition.bind(values);
        if (definition.isPortfolio()) {
            return new PreparedStrategy(definition.name(), ParamValues.of(bound), (data, config) ->
                    Backtest.ofPortfolio(config, data, definition.name(), definition.createPortfolio(bound), false), null, null,
                    instrument -> true);
        }
        return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                (data, config) -> new Backtest(config, data, definition.name(), id -> definition.create(bound), false),
                () -> definition.create(bound), () -> IndicatorOutput.of(StrategyIndicators.of(definition.create(bound))),
                instrument -> true);
    }

    /** Bars the strategy needs before its first decision (0 for a portfolio strategy). */
    int warmupBars() {
        return fresh == null ? 0 : fresh.get().warmupBars();
    }
}
