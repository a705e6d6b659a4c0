package wave.spec.indicator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import wave.indicators.BarIndicator;

/**
 * A freshly created indicator and how to read each of its outputs. The spec strategy feeds the indicator every
 * bar and reads outputs after the update; an output is NaN until the indicator is ready.
 *
 * @param indicator the streaming indicator
 * @param outputs   readers by output name, one per output of the {@link IndicatorType}
 */
public record BoundIndicator(BarIndicator indicator, Map<String, DoubleSupplier> outputs) {
    /** Copies the outputs, keeping their order. */
    public BoundIndicator {
        Objects.requireNonNull(indicator, "indicator");
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** An indicator with one output. */
    public static BoundIndicator single(BarIndicator indicator, String output, DoubleSupplier reader) {
        return new BoundIndicator(indicator, Map.of(output, reader));
    }
}
