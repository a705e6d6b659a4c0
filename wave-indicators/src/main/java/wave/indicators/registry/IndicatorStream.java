package wave.indicators.registry;

import wave.indicators.BarIndicator;

/**
 * The streaming form of a registered indicator, fed one bar at a time, with its outputs read by position in
 * {@link IndicatorDefinition#outputs()} order. Updates cost what the wrapped indicator's do; reading an output
 * allocates nothing.
 */
public interface IndicatorStream extends BarIndicator {
    /** The number of outputs, as {@link BoundIndicator#outputs()}. */
    int outputCount();

    /**
     * The current value of output {@code output} (0-based), NaN before its first valid value; after each bar it
     * equals the array form's value at that bar bit for bit.
     */
    double value(int output);

    /** The first output's current value. */
    default double value() {
        return value(0);
    }

    /**
     * The wrapped library object ({@code wave.indicators.momentum.Rsi}, {@code Macd}, ...; for a composition the outer
     * one), for callers that want its own accessors.
     */
    Object indicator();
}
