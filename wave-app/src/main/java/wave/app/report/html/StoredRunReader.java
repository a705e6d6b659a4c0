package wave.app.report.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.app.report.BacktestReportWriter;
import wave.app.runs.MetricValues;
import wave.app.runs.RunText;
import wave.domain.money.FixedPoint;
import wave.store.runs.EquityCurve;
import wave.store.runs.MetricValue;
import wave.store.runs.RunRecord;
import wave.store.runs.StoredRun;

/** The tearsheet data of a run from the run history ({@code wave runs show}). */
public final class StoredRunReader {
    private StoredRunReader() {
    }

    /** The run's curve, metrics and trades; the benchmark curve is read from the run's data file if it is still there. */
    public static TearsheetData read(StoredRun run) throws IOException {
        RunRecord r = run.record();
        EquityCurve curve = r.equity();
        double[] equity = new double[curve.size()];
        for (int i = 0; i < equity.length; i++) {
            equity[i] = FixedPoint.moneyToBigDecimal(curve.equityRaw()[i]).doubleValue();
        }
        String benchmarkName = r.benchmarks().isEmpty() ? null : r.benchmarks().keySet().iterator().next();
        double[] benchmark = benchmarkName == null || r.data().size() != 1 || equity.length == 0 ? null
                : BenchmarkCurve.read(Path.of(r.data().getFirst().file().path()), curve.tsNanos(), equity[0]);
        ByteArrayOutputStream trades = new ByteArrayOutputStream();
        BacktestReportWriter.writeTrades(r.trades(), trades, RunText.dateOnly(r.totals().barLength()));
        return new TearsheetData(r.strategy() + " (run " + run.id() + ")", r.totals().currency(), curve.tsNanos(), equity,
                benchmarkName, benchmark, json(r.metrics()), benchmarkName == null ? Map.of() : json(r.benchmarks().get(benchmarkName)),
                trades.toString(StandardCharsets.US_ASCII), prices(r, curve.tsNanos()));
    }

    private static List<InstrumentPrices> prices(RunRecord r, long[] ts) throws IOException {
        List<InstrumentPrices> prices = new ArrayList<>();
        if (ts.length > 0) {
            for (var d : r.data()) {
                prices.addAll(InstrumentPrices.read(d.file().path(), ts[0], ts[ts.length - 1]));
            }
        }
        return prices;
    }

    private static Map<String, Object> json(List<MetricValue> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.name(), MetricValues.jsonValue(v)));
        return map;
    }
}
