package wave.spec.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import wave.indicators.BarIndicator;
import wave.indicators.registry.IndicatorDefinition;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.IndicatorStream;

/**
 * The factory of a registry-backed {@link IndicatorType}: binds the resolved arguments as the registry's text
 * parameters (under the registry's parameter names) and reads the declared outputs of the streaming form.
 *
 * @param definition    the registry indicator
 * @param registryNames registry parameter names by spec parameter name, where they differ ({@code source -> field})
 * @param outputs       the registry outputs the type offers
 * @param previousBar   whether the outputs are read one bar late ({@link PreviousBar})
 */
record RegistryFactory(IndicatorDefinition definition, Map<String, String> registryNames, List<String> outputs,
                       boolean previousBar) implements Function<IndicatorArgs, BoundIndicator> {
    /** Copies the names and outputs. */
    RegistryFactory {
        registryNames = Map.copyOf(registryNames);
        outputs = List.copyOf(outputs);
    }

    @Override
    public BoundIndicator apply(IndicatorArgs args) {
        return read(stream(text(args, false)));
    }

    /** True when the type reads one series on the current bar, so that it can read another indicator's output. */
    boolean readsOneSeries() {
        return !previousBar && definition.isSingleInput();
    }

    /** The registry form with these arguments, the form a composition reads (the current bar's values). */
    wave.indicators.registry.BoundIndicator registryForm(IndicatorArgs args) {
        return bind(() -> definition.bind(text(args, false)));
    }

    /**
     * This type applied to an output of another registry form ({@link IndicatorRegistry#compose}): fed the inner
     * output from its first valid value on; the arguments' {@code source} does not apply.
     */
    wave.indicators.registry.BoundIndicator composedForm(IndicatorArgs args, wave.indicators.registry.BoundIndicator inner,
                                                         String innerOutput) {
        return bind(() -> IndicatorRegistry.standard().compose(definition.name(), text(args, true), inner, innerOutput));
    }

    /** A fresh streaming instance of a registry form, read through this type's outputs. */
    BoundIndicator create(wave.indicators.registry.BoundIndicator form) {
        return read(form.stream());
    }

    private BoundIndicator read(IndicatorStream stream) {
        BarIndicator indicator;
        IntFunction<DoubleSupplier> reader;
        if (previousBar) {
            PreviousBar lagged = new PreviousBar(stream);
            indicator = lagged;
            reader = i -> () -> lagged.value(i);
        } else {
            indicator = stream;
            reader = i -> () -> stream.value(i);
        }
        Map<String, DoubleSupplier> readers = new LinkedHashMap<>();
        for (String output : outputs) {
            readers.put(output, reader.apply(definition.outputIndex(output)));
        }
        return new BoundIndicator(indicator, readers);
    }

    /** The arguments as the registry's text parameters, without the bar field when {@code withoutField}. */
    private Map<String, String> text(IndicatorArgs args, boolean withoutField) {
        Map<String, String> text = new LinkedHashMap<>();
        args.values().forEach((name, value) -> {
            String registryName = registryNames.getOrDefault(name, name);
            if (!(withoutField && registryName.equals("field"))) {
                text.put(registryName, value.toString());
            }
        });
        return text;
    }

    private IndicatorStream stream(Map<String, String> text) {
        return bind(() -> definition.bind(text)).stream();
    }

    /** Binds, dropping the registry's "name: " prefix from errors (the spec's message names the type). */
    private wave.indicators.registry.BoundIndicator bind(Supplier<wave.indicators.registry.BoundIndicator> binding) {
        try {
            return binding.get();
        } catch (IllegalArgumentException e) {
            String prefix = definition.name() + ": ";
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith(prefix) ? message.substring(prefix.length()) : message, e);
        }
    }
}
