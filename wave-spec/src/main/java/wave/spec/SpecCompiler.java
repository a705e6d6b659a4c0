package wave.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import wave.engine.strategy.sizing.AtrRisk;
import wave.engine.strategy.sizing.BookCorrelation;
import wave.engine.strategy.sizing.CorrelationScaling;
import wave.engine.strategy.sizing.FixedFractional;
import wave.engine.strategy.sizing.FractionalKelly;
import wave.engine.strategy.sizing.VolatilityTarget;
import wave.indicators.BarIndicator;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.IndicatorStream;
import wave.spec.indicator.BoundIndicator;
import wave.spec.indicator.IndicatorArgs;
import wave.spec.indicator.IndicatorParam;
import wave.spec.indicator.IndicatorType;
import wave.spec.model.IndicatorSpec;
import wave.spec.model.Operand;
import wave.spec.model.RiskSpec;
import wave.spec.model.Rule;
import wave.spec.model.SizingModel;
import wave.spec.model.StrategySpec;
import wave.spec.model.Value;

/**
 * Builds the run-time objects of one strategy instance from a checked spec and parameter values: fresh
 * indicators (those reading another indicator's output composed as the registry composes them), the rule trees
 * and the stop levels. Errors that depend on parameter values (an indicator rejecting
 * a period, a stop outside its range) are reported as {@link SpecException}s naming the key path.
 */
final class SpecCompiler {
    /** The longest ATR period of ATR levels, bars (the registry's bound). */
    private static final int MAX_ATR_PERIOD = 100_000;
    private static final String CORRELATION = "sizing.correlation";
    private final StrategySpec spec;
    private final SpecParams params;
    private final String origin;
    private final BarValues bar = new BarValues();
    private final Map<String, BoundIndicator> indicators = new LinkedHashMap<>();
    private final Map<String, wave.indicators.registry.BoundIndicator> registryForms = new HashMap<>();

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

    /**
     * The parts a {@link SpecStrategy} runs, and its indicators by name (fed by the engine). A rule the spec does
     * not have is null, and so is the correlation scaling of a spec without one.
     */
    record Compiled(SignalEngine engine, Condition entryLong, Condition exitLong, Condition entryShort, Condition exitShort,
                    StopRules stops, ModelSizing sizing, BookCorrelation correlation, Map<String, BoundIndicator> indicators) {
    }

    Compiled compile() {
        List<BarIndicator> created = new ArrayList<>();
        for (IndicatorSpec indicator : spec.indicators()) {
            BoundIndicator bound = create(indicator);
            indicators.put(indicator.name(), bound);
            created.add(bound.indicator());
        }
        Condition entryLong = condition(spec.entryLong());
        Condition exitLong = condition(spec.exitLong());
        Condition entryShort = condition(spec.entryShort());
        Condition exitShort = condition(spec.exitShort());
        Condition[] rules = Stream.of(entryLong, exitLong, entryShort, exitShort).filter(Objects::nonNull)
                .toArray(Condition[]::new);
        StopRules stops = stops(spec.risk(), created);
        ModelSizing sizing = sizing(spec.sizingModel(), created);
        SignalEngine engine = new SignalEngine(bar, created.toArray(BarIndicator[]::new), rules);
        return new Compiled(engine, entryLong, exitLong, entryShort, exitShort, stops, sizing, correlation(spec.correlation()),
                Map.copyOf(indicators));
    }

    private BoundIndicator create(IndicatorSpec indicator) {
        String path = "indicators." + indicator.name();
        Map<String, Object> values = new LinkedHashMap<>();
        for (IndicatorParam param : indicator.type().params()) {
            values.put(param.name(), argument(param, indicator.arguments().get(param.name()), path + "." + param.name()));
        }
        IndicatorArgs args = new IndicatorArgs(values);
        try {
            if (indicator.of() == null) {
                indicator.type().registryForm(args).ifPresent(form -> registryForms.put(indicator.name(), form));
                return indicator.type().create(args);
            }
            IndicatorType.Composed composed = indicator.type().compose(args, registryForms.get(indicator.of().indicator()),
                    indicator.of().output());
            registryForms.put(indicator.name(), composed.form());
            return composed.bound();
        } catch (IllegalArgumentException e) {
            throw new SpecException(origin, path, e.getMessage() + " (" + indicator.type().name()
                    + " with " + args + ")", e);
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

    /** The rule's condition, or null for a null rule. */
    private Condition condition(Rule rule) {
        return switch (rule) {
            case null -> null;
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

    /** The stop levels; an ATR level adds its ATR to {@code created}, fed after the spec's indicators. */
    private StopRules stops(RiskSpec risk, List<BarIndicator> created) {
        IndicatorStream atr = null;
        if (risk.usesAtr()) {
            double period = params.resolve(risk.atrPeriod());
            if (!(period >= 1 && period <= MAX_ATR_PERIOD)) {
                throw new SpecException(origin, "risk.atr_period", "expected a whole number of bars in [1, " + MAX_ATR_PERIOD
                        + "], got " + risk.atrPeriod() + (risk.atrPeriod() instanceof Value.ParamRef ? " = " + (int) period : ""));
            }
            atr = IndicatorRegistry.standard().bind("atr", Map.of("period", Integer.toString((int) period))).stream();
            created.add(atr);
        }
        IndicatorStream atrStream = atr;
        return new StopRules(percent(risk.stopLossPct(), "risk.stop_loss_pct", true),
                percent(risk.takeProfitPct(), "risk.take_profit_pct", false),
                percent(risk.trailingStopPct(), "risk.trailing_stop_pct", true),
                multiple(risk.stopAtr(), "risk.stop_atr"), multiple(risk.trailingAtr(), "risk.trailing_atr"),
                atrStream == null ? null : () -> atrStream.value(0));
    }

    /**
     * The sizing model with its {@code $parameters} bound, or null; its ATR or return volatility is added to
     * {@code created}.
     */
    private ModelSizing sizing(SizingModel model, List<BarIndicator> created) {
        return switch (model) {
            case null -> null;
            case SizingModel.FixedFractional m -> {
                FixedFractional fixed = new FixedFractional(sizingValue(m.fraction(), SizingKey.FRACTION));
                yield new ModelSizing(close -> fixed.fraction());
            }
            case SizingModel.AtrRisk m -> {
                AtrRisk risk = new AtrRisk(sizingValue(m.riskPct(), SizingKey.RISK_PCT) / 100,
                        sizingValue(m.atrMultiple(), SizingKey.ATR_MULTIPLE));
                int period = (int) sizingValue(m.atrPeriod(), SizingKey.ATR_PERIOD);
                IndicatorStream atr = IndicatorRegistry.standard().bind("atr", Map.of("period", Integer.toString(period))).stream();
                created.add(atr);
                yield new ModelSizing(close -> {
                    double a = atr.isReady() ? atr.value(0) : Double.NaN;
                    return a > 0 && close > 0 ? risk.fraction(a, close) : 0;
                });
            }
            case SizingModel.VolatilityTarget m -> {
                VolatilityTarget target = new VolatilityTarget(sizingValue(m.targetVol(), SizingKey.TARGET_VOL),
                        sizingValue(m.cap(), SizingKey.CAP));
                int barsPerYear = (int) sizingValue(m.barsPerYear(), SizingKey.BARS_PER_YEAR);
                ModelSizing.ReturnVolatility vol = new ModelSizing.ReturnVolatility((int) sizingValue(m.volPeriod(), SizingKey.VOL_PERIOD));
                created.add(vol);
                yield new ModelSizing(close -> {
                    double v = vol.isReady() ? vol.annualised(barsPerYear) : Double.NaN;
                    return v > 0 ? target.fraction(v) : 0;
                });
            }
            case SizingModel.Kelly m -> {
                FractionalKelly kelly = new FractionalKelly(sizingValue(m.kellyFraction(), SizingKey.KELLY_FRACTION),
                        sizingValue(m.cap(), SizingKey.CAP));
                double winRate = sizingValue(m.winRate(), SizingKey.WIN_RATE);
                double payoff = sizingValue(m.payoff(), SizingKey.PAYOFF);
                yield new ModelSizing(close -> kelly.fraction(winRate, payoff, 1));
            }
        };
    }

    /** The correlation scaling with its {@code $parameters} bound, or null. */
    private BookCorrelation correlation(SizingModel.Correlation correlation) {
        if (correlation == null) {
            return null;
        }
        return new BookCorrelation(new CorrelationScaling(sizingValue(correlation.strength(), CORRELATION, SizingKey.STRENGTH)),
                (int) sizingValue(correlation.lookback(), CORRELATION, SizingKey.LOOKBACK));
    }

    /** A {@code [sizing]} value with its {@code $parameter} bound, checked against the key's range. */
    private double sizingValue(Value value, SizingKey key) {
        return sizingValue(value, "sizing", key);
    }

    /** A value of the table at {@code tablePath} with its {@code $parameter} bound, checked against the key's range. */
    private double sizingValue(Value value, String tablePath, SizingKey key) {
        double number = params.resolve(value);
        if (!key.accepts(number)) {
            throw new SpecException(origin, tablePath + "." + key.key(), "expected " + key.expected() + ", got " + value
                    + (value instanceof Value.ParamRef ? " = " + new Value.Literal(number) : ""));
        }
        return number;
    }

    private double multiple(Value value, String path) {
        if (value == null) {
            return Double.NaN;
        }
        double k = params.resolve(value);
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new SpecException(origin, path, "expected a multiple of the ATR > 0, got " + value
                    + (value instanceof Value.ParamRef ? " = " + k : ""));
        }
        return k;
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
