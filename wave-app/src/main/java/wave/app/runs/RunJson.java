package wave.app.runs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.app.report.BacktestReportWriter;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.ClosedTrade;
import wave.store.runs.DataFingerprint;
import wave.store.runs.EquityCurve;
import wave.store.runs.MetricValue;
import wave.store.runs.RunRecord;
import wave.store.runs.StoredRun;

/**
 * {@code wave runs show ID --json}: a run as one JSON object. The money fields, {@code metrics} and
 * {@code benchmark_buy_and_hold} are written exactly as the run's {@code summary.json} writes them; parameters and
 * settings are stored as text and written as strings; the equity curve is summarised ({@code --equity} prints it whole).
 */
public final class RunJson {
    private RunJson() {
    }

    /** The run as pretty-printed JSON. */
    public static String of(StoredRun stored) {
        RunRecord run = stored.record();
        boolean dateOnly = RunText.dateOnly(run.totals().barLength());
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("id", stored.id());
            json.writeStringField("recorded_at", stored.createdAt().toString());
            json.writeStringField("kind", run.kind());
            json.writeStringField("strategy", run.strategy());
            json.writeArrayFieldStart("arguments");
            for (String a : run.configuration().arguments()) {
                json.writeString(a);
            }
            json.writeEndArray();
            BacktestReportWriter.writeObject(json, "params", run.configuration().parameters());
            BacktestReportWriter.writeObject(json, "settings", run.configuration().settings());
            json.writeArrayFieldStart("data");
            for (DataFingerprint d : run.data()) {
                json.writeStartObject();
                json.writeStringField("path", d.file().path());
                json.writeNumberField("size_bytes", d.file().sizeBytes());
                json.writeStringField("sha256", d.file().sha256());
                json.writeStringField("instrument", d.instrument());
                json.writeNumberField("bars", d.bars());
                json.writeStringField("first_time", RunText.time(d.firstTsNanos(), dateOnly));
                json.writeStringField("last_time", RunText.time(d.lastTsNanos(), dateOnly));
                json.writeEndObject();
            }
            json.writeEndArray();
            var t = run.totals();
            json.writeStringField("bar_length", t.barLength());
            json.writeStringField("currency", t.currency());
            json.writeStringField("initial_cash", FixedPoint.formatMoney(t.initialCashRaw()));
            json.writeStringField("final_equity", FixedPoint.formatMoney(t.finalEquityRaw()));
            json.writeStringField("final_cash", FixedPoint.formatMoney(t.finalCashRaw()));
            json.writeStringField("total_fees", FixedPoint.formatMoney(t.totalFeesRaw()));
            json.writeStringField("total_slippage", FixedPoint.formatMoney(t.totalSlippageRaw()));
            json.writeNumberField("fills", t.fills());
            json.writeNumberField("orders", t.orders());
            json.writeNumberField("closed_trades", run.trades().size());
            if (run.outputDir() == null) {
                json.writeNullField("output_dir");
            } else {
                json.writeStringField("output_dir", run.outputDir());
            }
            if (!run.metrics().isEmpty()) {
                BacktestReportWriter.writeObject(json, "metrics", jsonValues(run.metrics()));
            }
            json.writeObjectFieldStart("benchmark_buy_and_hold");
            for (Map.Entry<String, List<MetricValue>> e : run.benchmarks().entrySet()) {
                BacktestReportWriter.writeObject(json, e.getKey(), jsonValues(e.getValue()));
            }
            json.writeEndObject();
            EquityCurve equity = run.equity();
            json.writeObjectFieldStart("equity_curve");
            json.writeNumberField("points", equity.size());
            if (equity.size() > 0) {
                json.writeStringField("first_time", RunText.time(equity.tsNanos()[0], dateOnly));
                json.writeStringField("last_time", RunText.time(equity.tsNanos()[equity.size() - 1], dateOnly));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("trades");
            for (ClosedTrade tr : run.trades()) {
                json.writeStartObject();
                json.writeStringField("instrument", tr.instrument().toString());
                json.writeStringField("side", tr.side().name());
                json.writeStringField("entry_time", RunText.time(tr.entryTsNanos(), dateOnly));
                json.writeStringField("exit_time", RunText.time(tr.exitTsNanos(), dateOnly));
                json.writeStringField("quantity", FixedPoint.formatQuantity(tr.quantityRaw()));
                json.writeStringField("entry_price", FixedPoint.formatPrice(tr.entryPriceRaw()));
                json.writeStringField("exit_price", FixedPoint.formatPrice(tr.exitPriceRaw()));
                json.writeStringField("gross_pnl", FixedPoint.formatMoney(tr.grossPnlRaw()));
                json.writeStringField("commission", FixedPoint.formatMoney(tr.commissionRaw()));
                json.writeStringField("net_pnl", FixedPoint.formatMoney(tr.netPnlRaw()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static Map<String, Object> jsonValues(List<MetricValue> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(v.name(), MetricValues.jsonValue(v)));
        return map;
    }
}
