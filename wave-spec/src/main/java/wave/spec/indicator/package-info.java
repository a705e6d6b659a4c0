/**
 * The indicator types a strategy spec can name ({@code type = "rsi"}): {@link wave.spec.indicator.IndicatorCatalog}
 * maps each name to its parameters, outputs and a factory over the streaming indicators of {@code wave.indicators}.
 */
package wave.spec.indicator;
