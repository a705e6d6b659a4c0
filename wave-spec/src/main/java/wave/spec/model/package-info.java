/**
 * The checked, immutable model of a strategy spec: what {@link wave.spec.StrategySpecs} reads from a TOML or JSON
 * file before any strategy instance is created.
 */
package wave.spec.model;
