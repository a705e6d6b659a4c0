package wave.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import wave.app.backtest.ParamValues;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.order.StrategyId;
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
 * A validated strategy: its name, parameter values and how to add it to a backtest over the data.
 *
 * @param name       the strategy's name
 * @param params     its parameter values
 * @param adder      adds a fresh strategy to a backtest under an id
 * @param fresh      a fresh single-instrument strategy, or null for a portfolio strategy
 * @param indicators the outputs of a fresh strategy's indicators, or null for a portfolio strategy
 * @param trades     whether the strategy trades an instrument (a spec's {@code instruments} patterns; others trade all)
 */
record PreparedStrategy(String name, Map<String, Object> params, Adder adder, Supplier<Strategy<?>> fresh,
                        Supplier<List<IndicatorOutput>> indicators, Predicate<InstrumentId> trades) {

    /** Adds a fresh instance of the strategy to a backtest. */
    @FunctionalInterface
    interface Adder {
        /**
         * Adds the strategy under {@code id} (a single-instrument strategy: one instance per series, {@code id:SYMBOL}).
         *
         * @return the ids of the instances added
         */
        List<StrategyId> addTo(Backtest backtest, String id, BacktestConfig config);
    }

    /** Validates the chosen strategy (bundled or plugin name, class on the class path, or spec file) and its parameters. */
    static PreparedStrategy of(BacktestOptions.StrategyChoice choice, Map<String, String> values, PluginOptions plugins)
            throws IOException {
        if (choice.file != null) {
            return of(StrategyEntry.Kind.SPEC, choice.file.toString(), values, plugins);
        }
        return choice.className != null ? of(StrategyEntry.Kind.CLASS, choice.className, values, plugins)
                : of(StrategyEntry.Kind.NAME, choice.name, values, plugins);
    }

    /** Validates a strategy named by {@code reference} (a name, a class name or a spec file) and its parameters. */
    static PreparedStrategy of(StrategyEntry.Kind kind, String reference, Map<String, String> values, PluginOptions plugins)
            throws IOException {
        if (kind == StrategyEntry.Kind.SPEC) {
            SpecStrategyDefinition definition = StrategySpecs.load(Path.of(reference));
            SpecParams bound = definition.bind(values);
            return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                    (backtest, id, config) -> {
                        definition.requireShortsAllowed(config.allowShort());
                        return backtest.addStrategy(id, instrument -> definition.create(bound));
                    },
                    () -> definition.create(bound), () -> definition.indicatorOutputs(bound), definition::appliesTo);
        }
        StrategyCatalog catalog = plugins.catalog();
        StrategyDefinition<?> definition = kind == StrategyEntry.Kind.CLASS ? catalog.byClass(reference)
                : catalog.byName(reference);
        return of(definition, values);
    }

    private static <P extends Record> PreparedStrategy of(StrategyDefinition<P> definition, Map<String, String> values) {
        P bound = definition.bind(values);
        if (definition.isPortfolio()) {
            return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                    (backtest, id, config) -> List.of(backtest.addPortfolioStrategy(id, definition.createPortfolio(bound))),
                    null, null, instrument -> true);
        }
        return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                (backtest, id, config) -> backtest.addStrategy(id, instrument -> definition.create(bound)),
                () -> definition.create(bound), () -> IndicatorOutput.of(StrategyIndicators.of(definition.create(bound))),
                instrument -> true);
    }

    /** A backtest of this strategy alone over the data, its instances named after the strategy. */
    Backtest backtest(List<BarSeries> data, BacktestConfig config) {
        Backtest backtest = Backtest.withoutStrategies(config, data, false);
        adder.addTo(backtest, name, config);
        return backtest;
    }

    /** Bars the strategy needs before its first decision (0 for a portfolio strategy). */
    int warmupBars() {
        return fresh == null ? 0 : fresh.get().warmupBars();
    }
}
