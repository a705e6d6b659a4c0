package wave.engine.strategy;

import java.util.List;

/**
 * A plugin that contributes strategies: a jar lists its implementation in
 * {@code META-INF/services/wave.engine.strategy.StrategyProvider}, and {@code wave} finds it on {@code --classpath}
 * ({@link java.util.ServiceLoader}). The strategies are then used by name like the bundled ones.
 */
public interface StrategyProvider {
    /** The strategies this plugin contributes; names must not clash with the bundled ones or each other. */
    List<StrategyDefinition<?>> strategies();
}
