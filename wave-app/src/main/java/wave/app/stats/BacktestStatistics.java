package wave.app.stats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import wave.app.backtest.BacktestOutcome;
import wave.app.report.html.BenchmarkCurve;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestResult;

/**
 * The {@value StatisticsOutput#FILE} that {@code backtest --out} writes beside {@code summary.json}: the cheap
 * statistics only (tests, Durbin-Watson, the deflated Sharpe ratio of one trial; no bootstrap, no Monte Carlo), against
 * the buy-and-hold of the closes when the run traded one series.
 */
public final class BacktestStatistics {
    private BacktestStatistics() {
    }

    /** Writes the statistics into {@code dir}; writes nothing for a run of fewer than 3 steps (no metrics either). */
    public static void write(BacktestOutcome outcome, List<BarSeries> series, Path dir) throws IOException {
        BacktestResult result = outcome.result();
        if (outcome.report() == null || result.steps() < 3) {
            return;
        }
        double[] equity = result.equity();
        double[] benchmark = series.size() != 1 ? null
                : BenchmarkCurve.scale(series.getFirst().timestamps(), series.getFirst().closes(), result.stepNanos(), equity[0]);
        StatisticsSettings settings = StatisticsSettings.cheap(outcome.report().config().periodsPerYear());
        StatisticsOutput.write(RunStatistics.compute(equity, benchmark, settings), dir);
    }
}
