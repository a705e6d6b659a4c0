package wave.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import wave.domain.instrument.InstrumentId;
import wave.engine.bias.IndicatorOutput;
import wave.engine.order.Sizing;
import wave.engine.strategy.ParamSpec;
import wave.engine.strategy.StrategyDefinition;
import wave.spec.indicator.BoundIndicator;
import wave.spec.model.IndicatorSpec;
import wave.spec.model.Rule;
import wave.spec.model.StrategySpec;

/**
 * A strategy defined by a spec file, created from text parameters like a {@link StrategyDefinition}: the same
 * {@link #name()}, {@link #params()} (as {@link ParamSpec}s, for help output and optimisers), {@link #bind} with the
 * same error style, and {@link #create}. The spec's parameters are dynamic, so the parameter "record" is
 * {@link SpecParams}. Obtain one from {@link StrategySpecs}; the spec was fully checked, and a strategy built with
 * the defaults, before it is returned.
 */
public final class SpecStrategyDefinition {
    private final StrategySpec spec;
    private final String source;
    private final List<Pattern> instruments;

    /**
     * Checks that the defaults satisfy the constraints and build a strategy.
     *
     * @param source the file name, for errors
     * @throws SpecException naming the file and the key path when they do not
     */
    SpecStrategyDefinition(StrategySpec spec, String source) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.source = Objects.requireNonNull(source, "source");
        this.instruments = spec.instruments().stream().map(SpecStrategyDefinition::glob).toList();
        SpecParams defaults = parse(Map.of(), source);
        for (int i = 0; i < spec.constraints().size(); i++) {
            String violation = defaults.violation(spec.constraints().get(i));
            if (violation != null) {
                throw new SpecException(source, "constraints[" + i + "]", violation + " (the parameters' defaults)");
            }
        }
        new SpecCompiler(spec, defaults, source).compile();
    }

    /** The name users type and strategy ids start with. */
    public String name() {
        return spec.name();
    }

    /** One-line description (possibly empty). */
    public String description() {
        return spec.description();
    }

    /** The file the spec was read from. */
    public String source() {
        return source;
    }

    /** The checked spec. */
    public StrategySpec spec() {
        return spec;
    }

    /** The parameters in file order (int or double, each with a default and possibly a range). */
    public List<ParamSpec> params() {
        return spec.params();
    }

    /**
     * Refuses a run in which sells cannot open short positions when the spec has an {@code entry.short} rule: its
     * short sales would all be rejected by the account.
     *
     * @param allowShort whether the run lets sells open shorts ({@code --allow-short})
     * @throws SpecException naming the file and {@code entry.short}, and the option to add
     */
    public void requireShortsAllowed(boolean allowShort) {
        if (spec.tradesShort() && !allowShort) {
            throw new SpecException(source, "entry.short", "the spec sells short, but this run does not allow short "
                    + "positions; run with --allow-short (and --margin, --borrow-rate for a margin account and its "
                    + "borrow fee), or remove the short rules");
        }
    }

    /** The entry sizing the spec sets, overriding the run's {@code --sizing}; empty to use the run's. */
    public Optional<Sizing> sizing() {
        return Optional.ofNullable(spec.sizing());
    }

    /** The instrument patterns ({@code *} and {@code ?} wildcards), {@code ["*"]} for every instrument. */
    public List<String> instruments() {
        return spec.instruments();
    }

    /**
     * Whether the spec trades an instrument: a pattern matches its symbol ({@code AAPL}) or its full id
     * ({@code AAPL.NASDAQ}). Strategies created for other instruments never trade.
     */
    public boolean appliesTo(InstrumentId instrument) {
        String symbol = instrument.symbol();
        String full = instrument.toString();
        for (Pattern pattern : instruments) {
            if (pattern.matcher(symbol).matches() || pattern.matcher(full).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses text values (missing ones take their defaults) into validated parameters: types, ranges, the spec's
     * constraints, and the indicators' own checks.
     *
     * @throws IllegalArgumentException (a {@link SpecException}) naming the strategy, the parameter and the valid
     *                                  names, types or range
     */
    public SpecParams bind(Map<String, String> values) {
        SpecParams params = parse(values, spec.name());
        for (Rule.Compare constraint : spec.constraints()) {
            String violation = params.violation(constraint);
            if (violation != null) {
                throw new SpecException(spec.name(), "", violation);
            }
        }
        new SpecCompiler(spec, params, spec.name()).compile();
        return params;
    }

    /** The default parameters. */
    public SpecParams defaults() {
        return bind(Map.of());
    }

    /** Creates a strategy from validated parameters (from {@link #bind}). */
    public SpecStrategy create(SpecParams params) {
        return new SpecStrategy(this, params, new SpecCompiler(spec, params, spec.name()).compile());
    }

    /**
     * The outputs of the spec's indicators, freshly created with validated parameters, in spec order: named as the
     * indicator ({@code rsi}) when it has one output, {@code name.output} ({@code m.signal}) otherwise. For
     * {@link wave.engine.bias.RecursiveAnalysis}.
     */
    public List<IndicatorOutput> indicatorOutputs(SpecParams params) {
        Map<String, BoundIndicator> indicators = new SpecCompiler(spec, params, spec.name()).compile().indicators();
        List<IndicatorOutput> out = new ArrayList<>();
        for (IndicatorSpec declared : spec.indicators()) {
            BoundIndicator bound = indicators.get(declared.name());
            bound.outputs().forEach((output, reader) -> out.add(new IndicatorOutput(
                    bound.outputs().size() == 1 ? declared.name() : declared.name() + "." + output, bound.indicator(), reader)));
        }
        return out;
    }

    /** Creates a strategy from text values (missing ones at their defaults). */
    public SpecStrategy create(Map<String, String> values) {
        return create(bind(values));
    }

    private SpecParams parse(Map<String, String> values, String origin) {
        Map<String, String> remaining = new LinkedHashMap<>(values);
        Map<String, Number> parsed = new LinkedHashMap<>();
        for (ParamSpec param : spec.params()) {
            String text = remaining.remove(param.name());
            parsed.put(param.name(), parse(param, (text == null ? param.defaultValue() : text).trim(), origin));
        }
        if (!remaining.isEmpty()) {
            String unknown = remaining.keySet().iterator().next();
            throw new SpecException(origin, "", "unknown parameter '" + unknown + "'; valid parameters: "
                    + (spec.params().isEmpty() ? "(none)" : String.join(", ", spec.params().stream().map(ParamSpec::name).toList())));
        }
        return new SpecParams(parsed);
    }

    private static Number parse(ParamSpec param, String text, String origin) {
        Number value;
        try {
            value = param.isIntegral() ? (Number) Integer.parseInt(text) : (Number) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new SpecException(origin, "", "parameter '" + param.name() + "' expects "
                    + (param.isIntegral() ? "an integer" : "a number") + ", got '" + text + "'");
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v) || (param.hasRange() && (v < param.min() || v > param.max()))) {
            throw new SpecException(origin, "", "parameter '" + param.name() + "' = " + text + " is out of range "
                    + (param.hasRange() ? param.rangeText() : "(finite numbers)"));
        }
        return value;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
