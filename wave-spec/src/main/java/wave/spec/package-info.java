/**
 * Strategies written as declarative rules: a TOML or JSON spec names parameters, indicators, entry and exit rules,
 * risk levels and sizing; {@link wave.spec.StrategySpecs} reads and checks it into a
 * {@link wave.spec.SpecStrategyDefinition}, which creates {@link wave.spec.SpecStrategy} instances for the engine.
 * The format is described in {@code wave-spec/SPEC.md} and by the JSON Schema
 * {@code wave/spec/strategy-spec.schema.json}.
 */
package wave.spec;
