package wave.engine.bias;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import wave.indicators.BarIndicator;

/**
 * One output of an indicator, for the {@link RecursiveAnalysis}.
 *
 * @param name      the output's name, e.g. {@code Ema.value} or a spec's {@code rsi}
 * @param indicator the indicator computing it (fed every bar by the analysis; several outputs may share one)
 * @param value     reads the output's current value, NaN before it is valid
 */
public record IndicatorOutput(String name, BarIndicator indicator, DoubleSupplier value) {
    /** Requires every component. */
    public IndicatorOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The outputs of indicators found as their public methods without parameters that return a {@code double}
     * ({@code value()}; {@code upper()}, {@code middle()}, {@code lower()} for Bollinger bands; ...), in name order,
     * named {@code Class.method}; a second indicator of one class is numbered ({@code Ema#2.value}). Read by
     * reflection: meant for analysis, not for the per-bar path.
     */
    public static List<IndicatorOutput> of(List<BarIndicator> indicators) {
        List<IndicatorOutput> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (BarIndicator indicator : indicators) {
            String type = indicator.getClass().getSimpleName();
            int number = seen.merge(type, 1, Integer::sum);
            String prefix = number == 1 ? type : type + "#" + number;
            Arrays.stream(indicator.getClass().getMethods())
                    .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == double.class
                            && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> out.add(new IndicatorOutput(prefix + "." + m.getName(), indicator, reader(indicator, m))));
        }
        return out;
    }

    private static DoubleSupplier reader(BarIndicator indicator, Method method) {
        method.trySetAccessible();
        return () -> {
            try {
                return (double) method.invoke(indicator);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + indicator.getClass().getName() + "." + method.getName(), e);
            }
        };
    }
}
