/**
 * The indicator registry: every indicator of {@link wave.indicators} by a lower-case name, with its parameters
 * (type, default, valid range), what it reads, its outputs in order, a factory for the streaming form and a
 * function over whole arrays, bound from text parameters ({@code period=14}) and composable (an EMA of an RSI).
 * The command line's {@code wave indicators} and {@code wave indicator} are built on it.
 */
package wave.indicators.registry;
