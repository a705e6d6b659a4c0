package wave.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import wave.app.report.html.InstrumentPrices;
import wave.engine.bias.IndicatorOutput;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyDefinition;
import wave.engine.strategy.StrategyIndicators;
import wave.indicators.BarIndicator;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;

/**
 * The strategy's indicators for the report's price charts: the run's strategy is rebuilt from its name and parameters
 * (bundled strategies and plugins on the class path), its close-reading indicators are fed each instrument's closes,
 * and those on the price scale (moving averages and the like, not oscillators: their median lies within half to twice
 * the median close) are drawn over the closes. Runs whose strategy cannot be rebuilt (a spec file that moved, a
 * strategy across instruments) keep plain price charts.
 */
final class IndicatorOverlays {
    private IndicatorOverlays() {
    }

    /** The price charts with the strategy's indicators added, or unchanged when the strategy cannot be rebuilt. */
    static List<InstrumentPrices> add(List<InstrumentPrices> prices, String strategyName, Map<String, String> params,
                                      StrategyCatalog catalog) {
        StrategyDefinition<?> definition;
        try {
            definition = catalog.byName(strategyName);
        } catch (IllegalArgumentException unknown) {
            return prices;
        }
        if (definition.isPortfolio()) {
            return prices;
        }
        List<InstrumentPrices> out = new ArrayList<>();
        for (InstrumentPrices p : prices) {
            out.add(p.withOverlays(overlays(definition, params, p.closes())));
        }
        return out;
    }

    private static List<InstrumentPrices.Overlay> overlays(StrategyDefinition<?> definition, Map<String, String> params,
                                                           double[] closes) {
        Strategy<?> strategy = definition.create(params);
        List<BarIndicator> indicators = StrategyIndicators.of(strategy);
        List<IndicatorOutput> outputs = IndicatorOutput.of(indicators).stream()
                .filter(o -> o.indicator() instanceof ValueIndicator v && v.field() == PriceField.CLOSE).toList();
        double[][] values = new double[outputs.size()][closes.length];
        for (int i = 0; i < closes.length; i++) {
            for (BarIndicator indicator : indicators) {
                if (indicator instanceof ValueIndicator v && v.field() == PriceField.CLOSE) {
                    v.update(closes[i]);
                }
            }
            for (int j = 0; j < outputs.size(); j++) {
                values[j][i] = outputs.get(j).indicator().isReady() ? outputs.get(j).value().getAsDouble() : Double.NaN;
            }
        }
        List<InstrumentPrices.Overlay> lines = new ArrayList<>();
        for (int j = 0; j < outputs.size(); j++) {
            if (onPriceScale(values[j], closes)) {
                lines.add(new InstrumentPrices.Overlay(outputs.get(j).name(), values[j]));
            }
        }
        return lines;
    }

    private static boolean onPriceScale(double[] values, double[] closes) {
        double[] ready = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (ready.length == 0 || closes.length == 0) {
            return false;
        }
        double[] sorted = closes.clone();
        Arrays.sort(sorted);
        double ratio = ready[ready.length / 2] / sorted[sorted.length / 2];
        return ratio > 0.5 && ratio < 2;
    }
}
