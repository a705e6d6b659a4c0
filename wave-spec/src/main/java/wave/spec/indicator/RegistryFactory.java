package wave.spec.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;
import wave.indicators.BarIndicator;
import wave.indicators.registry.IndicatorDefinition;
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
        Map<String, String> text = new LinkedHashMap<>();
        args.values().forEach((name, value) -> text.put(registryNames.getOrDefault(name, name), value.toString()));
        IndicatorStream stream = stream(text);
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

    /** Binds and streams, dropping the registry's "name: " prefix from errors (the spec's message names the type). */
    private IndicatorStream stream(Map<String, String> text) {
        try {
            return definition.bind(text).stream();
        } catch (IllegalArgumentException e) {
            String prefix = definition.name() + ": ";
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith(prefix) ? message.substring(prefix.length()) : message, e);
        }
    }
}
