package wave.app.backtest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.risk.BarReturns;
import wave.risk.BarVolumes;
import wave.risk.BookRiskFigures;
import wave.risk.KernelRiskActions;
import wave.risk.RiskEngine;
import wave.risk.RiskListener;
import wave.risk.RiskRefusals;
import wave.risk.RiskSetup;
import wave.risk.TradingStateChanged;

/**
 * The risk engine of one backtest ({@code wave backtest --risk}): attached to the backtest's kernel before it runs, then
 * reported as its own section of the summary text, of {@code summary.json} ({@code risk}) and as
 * {@code risk-refusals.csv}; the book's risk figures of every step as {@code risk-figures.csv}.
 */
public final class RiskRun {
    /** Bars averaged for the volume participation limit. */
    public static final int VOLUME_WINDOW_BARS = 20;

    private final RiskSetup setup;
    private final RiskEngine engine;
    private final RiskRefusals refusals = new RiskRefusals();
    private final List<BookRiskFigures> figures = new ArrayList<>();

    private RiskRun(RiskSetup setup, Backtest backtest, List<BarSeries> data, BacktestConfig config) {
        this.setup = setup;
        this.engine = new RiskEngine(setup.config(), backtest.kernel().portfolio(), config.execution().calendar(),
                setup.sectors(), new BarVolumes(data, VOLUME_WINDOW_BARS), new BarReturns(data),
                new KernelRiskActions(backtest.kernel()));
        backtest.addPreTradeCheck(engine).listen(engine).listen(refusals);
        engine.addListener(new RiskListener() {
            @Override
            public void onStateChanged(TradingStateChanged event) {
            }

            @Override
            public void onFigures(BookRiskFigures step) {
                figures.add(step);
            }
        });
    }

    /** Puts the risk engine of {@code setup} on {@code backtest} (after the basic checks); call before it runs. */
    public static RiskRun attach(RiskSetup setup, Backtest backtest, List<BarSeries> data, BacktestConfig config) {
        return new RiskRun(setup, backtest, data, config);
    }

    /** The engine. */
    public RiskEngine engine() {
        return engine;
    }

    /** The refusals. */
    public RiskRefusals refusals() {
        return refusals;
    }

    /** The summary text's section: the configuration, refusals by rule, state changes. */
    public String text() {
        int refused = refusals.refusals().size();
        int changes = engine.transitions().size();
        StringBuilder text = new StringBuilder("Risk ").append(setup.description()).append(": ")
                .append(refused).append(refused == 1 ? " order" : " orders").append(" refused, ")
                .append(changes).append(changes == 1 ? " trading state change" : " trading state changes").append('\n');
        for (Map.Entry<String, Integer> e : refusals.countsByRule().entrySet()) {
            text.append("  refused by ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        for (TradingStateChanged t : engine.transitions()) {
            text.append("  ").append(instant(t.tsNanos())).append(' ').append(t.from()).append(" -> ").append(t.to())
                    .append(" by ").append(t.who()).append(": ").append(t.reason()).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** Writes the {@code risk} object of {@code summary.json}. */
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("risk");
        json.writeStringField("configuration", setup.description());
        json.writeNumberField("refused_orders", refusals.refusals().size());
        json.writeObjectFieldStart("refusals_by_rule");
        for (Map.Entry<String, Integer> e : refusals.countsByRule().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("state_changes");
        for (TradingStateChanged t : engine.transitions()) {
            json.writeStartObject();
            json.writeStringField("time", instant(t.tsNanos()));
            json.writeStringField("from", t.from().name());
            json.writeStringField("to", t.to().name());
            json.writeStringField("who", t.who());
            json.writeStringField("reason", t.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Writes {@code risk-refusals.csv}: every refused order with its rule, reason and message. */
    public void writeRefusals(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("risk-refusals.csv"), StandardCharsets.UTF_8)) {
            out.write("time,order_id,strategy,instrument,side,quantity,rule,reason,message\n");
            for (RiskRefusals.Refusal r : refusals.refusals()) {
                out.write(instant(r.denial().tsNanos()) + "," + r.ticket().id() + "," + r.ticket().strategyId() + ","
                        + r.ticket().instrument() + "," + r.ticket().side() + ","
                        + (r.ticket().quantityRaw() == 0 ? r.ticket().sizing().toString() : FixedPoint.formatQuantity(r.ticket().quantityRaw()))
                        + "," + r.rule() + "," + r.denial().reason() + "," + quoted(r.denial().message()) + "\n");
            }
        }
    }

    /** The book's risk figures of every step, oldest first. */
    public List<BookRiskFigures> figures() {
        return List.copyOf(figures);
    }

    /**
     * Writes {@code risk-figures.csv}: the book's risk figures at each step end (amounts in the account's currency,
     * percentages of equity; an unknown statistic is empty).
     */
    public void writeFigures(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("risk-figures.csv"), StandardCharsets.UTF_8)) {
            out.write(BookRiskFigures.CSV_HEADER + "\n");
            for (BookRiskFigures f : figures) {
                out.write(f.csvRow() + "\n");
            }
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }
}
