package wave.app.cli;

import wave.engine.strategy.StrategyDefinition;
import wave.strategies.BundledStrategies;

/** Looks up strategies by name with an error that lists the valid names. */
final class Strategies {
    private Strategies() {
    }

    static StrategyDefinition<?> byName(String name) {
        return BundledStrategies.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy '" + name + "'; valid strategies: " + String.join(", ", BundledStrategies.names())));
    }
}
