package wave.risk;

/** Hears the risk engine's events, on the kernel thread. */
public interface RiskListener {
    /** The trading state changed. */
    void onStateChanged(TradingStateChanged event);

    /** A warning level was crossed (e.g. the drawdown warning); trading goes on. */
    default void onWarning(long tsNanos, String message) {
    }

    /** The book's risk figures at the end of a step. */
    default void onFigures(BookRiskFigures figures) {
    }
}
