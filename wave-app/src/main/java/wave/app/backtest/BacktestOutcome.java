package wave.app.backtest;

import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.engine.backtest.BacktestResult;
import wave.research.metrics.PerformanceReport;

/**
 * A finished backtest with its metrics.
 *
 * @param strategy   strategy name
 * @param params     the validated parameter values by name
 * @param result     the engine's result
 * @param report     metrics of the equity curve (null when the run has fewer than two steps)
 * @param benchmarks buy-and-hold metrics of each instrument's closes
 */
public record BacktestOutcome(String strategy, Map<String, Object> params, BacktestResult result, PerformanceReport report,
                              Map<InstrumentId, PerformanceReport> benchmarks) {
}
