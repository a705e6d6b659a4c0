package wave.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import wave.indicators.BarIndicator;
import wave.spec.indicator.BoundIndicator;
import wave.spec.indicator.IndicatorArgs;
import wave.spec.indicator.IndicatorParam;
import wave.spec.model.IndicatorSpec;
import wave.spec.model.Operand;
import wave.spec.model.RiskSpec;
import wave.spec.model.Rule;
import wave.spec.model.StrategySpec;
import wave.spec.model.Value;

/**
 * Builds the run-time objects of one strategy instance from a checked spec and parameter values: fresh
 * indicators, the rule trees and the stop levels. Errors that depend on parameter values (an indicator rejecting
 * a period, a stop outside its range) are reported as {@link SpecException}s naming the key path.
 */
final class SpecCompiler {
    private final StrategySpec spec;
    private final SpecParams params;
    private final String origin;
    private final BarValues bar = new BarValues();
    private final Map<String, BoundIndicator> indicators = new LinkedHashMap<>();

    /**
     * A compiler for one instance.
     *
     * @param origin the file name (at load) or the strategy name (at run time), for errors
     */
    SpecCompiler(StrategySpec spec, SpecParams params, String origin) {
        this.spec = spec;
        this.params = params;
        this.origin = origin;
    }

    /** The parts a {@link SpecStrategy} runs, and its indicators by name (fed by the engine). */
    record Compiled(SignalEngine engine, Condition entryLong, Condition exitLong, StopRules stops,
                    Map<String, BoundIndicator> indicators) {
    }

    Compiled compile() {
        List<BarIndicator> created = new ArrayList<>();
        for (IndicatorSpec indicator : spec.indicators()) {
            BoundIndicator bound = create(indicator);
            indicators.put(indicator.name(), bound);
            created.add(bound.indicator());
        }
        Condition entry = condition(spec.entryLong());
        Condition exit = spec.exitLong() == null ? null : condition(spec.exitLong());
        Condition[] rules = exit == null ? new Condition[] {entry} : new Condition[] {entry, exit};
        SignalEngine engine = new SignalEngine(bar, created.toArray(BarIndicator[]::new), rules);
        return new Compiled(engine, entry, exit, stops(spec.risk()), Map.copyOf(indicators));
    }

    private BoundIndicator create(IndicatorSpec indicator) {
        String path = "indicators." + indicator.name();
        Map<String, Object> values = new LinkedHashMap<>();
        for (IndicatorParam param : indicator.type().params()) {
            values.put(param.name(), argument(param, indicator.arguments().get(param.name()), path + "." + param.name()));
        }
        try {
            return indicator.type().create(new IndicatorArgs(values));
        } catch (IllegalArgumentException e) {
            throw new SpecException(origin, path, e.getMessage() + " (" + indicator.type().name()
                    + " with " + new IndicatorArgs(values) + ")", e);
        }
    }

    /** An indicator argument with parameter references resolved, checked against the parameter's range. */
    private Object argument(IndicatorParam param, Value value, String path) {
        if (param.kind() == IndicatorParam.Kind.CHOICE) {
            return ((Value.Choice) value).value();
        }
        double number = params.resolve(value);
        if (!param.accepts(number)) {
            String shown = value instanceof Value.ParamRef ? value + " = " + new Value.Literal(number) : value.toString();
            throw new SpecException(origin, path, shown + " is out of range " + param.rangeText());
        }
        return param.kind() == IndicatorParam.Kind.INTEGER ? (Object) (int) number : (Object) number;
    }

    private Condition condition(Rule rule) {
        return switch (rule) {
            case Rule.Compare compare -> {
                DoubleSupplier left = operand(compare.left());
                DoubleSupplier right = operand(compare.right());
                yield switch (compare.operator()) {
                    case CROSSES_ABOVE -> new Condition.Cross(left, right, true);
                    case CROSSES_BELOW -> new Condition.Cross(left, right, false);
                    default -> new Condition.Compare(left, compare.operator(), right);
                };
            }
            case Rule.All all -> new Condition.All(all.rules().stream().map(this::condition).toArray(Condition[]::new));
            case Rule.Any any -> new Condition.Any(any.rules().stream().map(this::condition).toArray(Condition[]::new));
            case Rule.Not not -> new Condition.Not(condition(not.rule()));
            case Rule.ForBars forBars -> new Condition.ForBars(condition(forBars.rule()), forBars.bars());
        };
    }

    private DoubleSupplier operand(Operand operand) {
        return switch (operand) {
            case Operand.Series series -> indicators.get(series.indicator()).outputs().get(series.output());
            case Operand.Price price -> bar.reader(price.field());
            case Operand.Constant constant -> {
                double value = params.resolve(constant.value());
                yield () -> value;
            }
        };
    }

    private StopRules stops(RiskSpec risk) {
        return new StopRules(percent(risk.stopLossPct(), "risk.stop_loss_pct", true),
                percent(risk.takeProfitPct(), "risk.take_profit_pct", false),
                percent(risk.trailingStopPct(), "risk.trailing_stop_pct", true));
    }

    private double percent(Value value, String path, boolean below100) {
        if (value == null) {
            return Double.NaN;
        }
        double pct = params.resolve(value);
        if (!(pct > 0) || (below100 && !(pct < 100)) || !Double.isFinite(pct)) {
            throw new SpecException(origin, path, "expected " + (below100 ? "a percentage in (0, 100)" : "a percentage > 0")
                    + ", got " + value + (value instanceof Value.ParamRef ? " = " + pct : ""));
        }
        return pct;
    }
}
