/**
 * The indicator types a strategy spec can name ({@code type = "rsi"}): {@link wave.spec.indicator.IndicatorCatalog}
 * maps each name to its parameters, outputs and a factory; the standard types are the indicators of
 * {@code wave.indicators.registry.IndicatorRegistry}, created through it.
 */
package wave.spec.indicator;
