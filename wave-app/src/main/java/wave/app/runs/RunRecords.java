package wave.app.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.app.backtest.BacktestOutcome;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestResult;
import wave.research.metrics.PerformanceReport;
import wave.store.runs.DataFingerprint;
import wave.store.runs.EquityCurve;
import wave.store.runs.FileDigest;
import wave.store.runs.MetricValue;
import wave.store.runs.RunConfiguration;
import wave.store.runs.RunRecord;
import wave.store.runs.RunTotals;

/** Builds the {@link RunRecord} of a finished backtest. */
public final class RunRecords {
    private RunRecords() {
    }

    /**
     * The record of a backtest: everything its summary.json holds, plus the arguments, the data fingerprints, the
     * equity curve and the trades.
     *
     * @param arguments the command-line arguments as given
     * @param settings  the effective settings, as summary.json echoes them
     * @param series    the bar series the run used, one per data file, in the order of {@code files}, or every column of
     *                  one wide panel file
     * @param files     the data files' digests
     * @param outputDir where the outputs were written, or null
     */
    public static RunRecord backtest(BacktestOutcome outcome, List<String> arguments, Map<String, Object> settings,
                                     List<BarSeries> series, List<FileDigest> files, Path outputDir) {
        if (series.size() != files.size() && files.size() != 1) {
            throw new IllegalArgumentException(series.size() + " series for " + files.size() + " data files");
        }
        BacktestResult result = outcome.result();
        List<DataFingerprint> data = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            BarSeries s = series.get(i);
            data.add(new DataFingerprint(files.get(files.size() == 1 ? 0 : i), s.instrument().toString(), s.size(),
                    s.isEmpty() ? 0 : s.tsNanos(0), s.isEmpty() ? 0 : s.tsNanos(s.size() - 1)));
        }
        Map<String, List<MetricValue>> benchmarks = new LinkedHashMap<>();
        for (Map.Entry<InstrumentId, PerformanceReport> e : outcome.benchmarks().entrySet()) {
            benchmarks.put(e.getKey().toString(), MetricValues.of(e.getValue()));
        }
        RunTotals totals = new RunTotals(result.spec().toString(), result.baseCurrency().code(), result.initialCashRaw(),
                result.finalEquityRaw(), result.portfolio().cashRaw(), result.totalFeesRaw(), result.totalSlippageRaw(),
                result.fills().size(), result.tickets().size());
        return new RunRecord("backtest", outcome.strategy(),
                new RunConfiguration(arguments, text(outcome.params()), text(settings)), data, totals,
                outcome.report() == null ? List.of() : MetricValues.of(outcome.report()), benchmarks,
                new EquityCurve(result.stepNanos(), result.equityRaw(), result.cashRaw()), result.trades(),
                outputDir == null ? null : outputDir.toAbsolutePath().normalize().toString());
    }

    private static Map<String, String> text(Map<String, ?> values) {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((k, v) -> text.put(k, String.valueOf(v)));
        return text;
    }
}
