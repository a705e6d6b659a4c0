package wave.engine.bias;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import wave.indicators.BarIndicator;

/**
 * The outputs of an indicator, found as its public methods without parameters that return a {@code double}
 * ({@code value()}, or {@code upper()}, {@code middle()}, {@code lower()} for Bollinger bands, ...), in name order.
 * Read by reflection: meant for analysis tools, not for the per-bar path.
 */
final class IndicatorOutputs {
    private final List<Method> methods;

    private IndicatorOutputs(List<Method> methods) {
        this.methods = methods;
    }

    static IndicatorOutputs of(BarIndicator indicator) {
        List<Method> methods = Arrays.stream(indicator.getClass().getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == double.class
                        && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        methods.forEach(Method::trySetAccessible);
        return new IndicatorOutputs(methods);
    }

    /** Output names: {@code Ema.value}, {@code BollingerBands.upper}, ... */
    List<String> names(BarIndicator indicator) {
        return methods.stream().map(m -> indicator.getClass().getSimpleName() + "." + m.getName()).toList();
    }

    int count() {
        return methods.size();
    }

    /** The current value of output {@code i}, NaN while the indicator is not ready. */
    double read(BarIndicator indicator, int i) {
        if (!indicator.isReady()) {
            return Double.NaN;
        }
        try {
            return (double) methods.get(i).invoke(indicator);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + names(indicator).get(i), e);
        }
    }
}
