package wave.engine.strategy;

import java.util.List;
import wave.indicators.BarIndicator;

/** Read-only access to the indicators a strategy registered, for analysis tools such as the recursive analysis. */
public final class StrategyIndicators {
    private StrategyIndicators() {
    }

    /** The indicators {@code strategy} registered with {@code indicator(...)}, in registration order. */
    public static List<BarIndicator> of(Strategy<?> strategy) {
        return List.copyOf(strategy.registeredIndicators());
    }
}
