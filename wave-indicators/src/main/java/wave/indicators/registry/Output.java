package wave.indicators.registry;

import java.util.function.ToDoubleFunction;

/**
 * One named output of a registered indicator and how its streaming form reads it.
 *
 * @param name   the output's name
 * @param reader reads the current value from the indicator; {@code lastInput} is the latest value fed to a
 *               single-input indicator (NaN for the others)
 * @param <T>    the indicator class
 */
record Output<T>(String name, Reader<T> reader) {

    /** Reads an output from an indicator and the latest input. */
    @FunctionalInterface
    interface Reader<T> {
        double read(T indicator, double lastInput);
    }

    /** An output read by an accessor such as {@code Macd::signal}. */
    static <T> Output<T> of(String name, ToDoubleFunction<T> accessor) {
        return new Output<>(name, (indicator, lastInput) -> accessor.applyAsDouble(indicator));
    }

    /** An output computed from the indicator and the latest input. */
    static <T> Output<T> derived(String name, Reader<T> reader) {
        return new Output<>(name, reader);
    }
}
