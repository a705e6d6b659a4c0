package wave.app.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import wave.app.backtest.BacktestOutcome;
import wave.app.backtest.OrderOutcomes;
import wave.app.backtest.StrategyOutcome;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.portfolio.ClosedTrade;
import wave.engine.backtest.BacktestResult;
import wave.engine.strategy.StrategyNote;
import wave.research.metrics.PerformanceReport;

/**
 * Writes a backtest's {@code trades.csv}, {@code fills.csv}, {@code orders.csv}, {@code equity.csv} and
 * {@code summary.json}. Output
 * depends only on the inputs (no wall-clock time), so the same backtest writes byte-identical files.
 */
public final class BacktestReportWriter {
    private BacktestReportWriter() {
    }

    /**
     * Writes the five files into {@code dir} (created if needed).
     *
     * @param settings run settings echoed into summary.json (data files, fees, sizing, ...)
     */
    public static void write(BacktestOutcome outcome, Map<String, Object> settings, Path dir) throws IOException {
        writeTables(outcome.result(), dir);
        writeSummary(outcome, settings, dir);
    }

    /**
     * Writes {@code trades.csv}, {@code fills.csv}, {@code orders.csv} and {@code equity.csv} into {@code dir} (created if
     * needed), and {@code corporate_actions.csv} when splits or dividends were applied to positions held.
     */
    public static void writeTables(BacktestResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        boolean dateOnly = !result.spec().isIntraday();
        writeTrades(result, dir.resolve("trades.csv"), dateOnly);
        writeOrderTables(result, dir);
        writeEquity(result, dir.resolve("equity.csv"), dateOnly);
    }

    /**
     * Writes the same files as {@link #writeTables(BacktestResult, Path)} as two tasks of {@code executor}: {@code
     * equity.csv} (a line per step, the largest file by far) and the other tables, so that on two cores neither waits
     * for the other. A run of several strategies in one account ({@code strategies} not empty) writes {@code trades.csv}
     * with a {@code strategy} column and {@code strategy_equity.csv} besides (see {@link StrategyTables}).
     *
     * @return completes when every file is written; completes exceptionally with an {@link UncheckedIOException} when a
     *         file could not be written
     */
    public static CompletableFuture<Void> writeTables(BacktestResult result, List<StrategyOutcome> strategies, Path dir,
                                                      Executor executor) throws IOException {
        Files.createDirectories(dir);
        boolean dateOnly = !result.spec().isIntraday();
        CompletableFuture<Void> equity = CompletableFuture.runAsync(() -> unchecked(() -> {
            writeEquity(result, dir.resolve("equity.csv"), dateOnly);
            if (!strategies.isEmpty()) {
                StrategyTables.writeEquity(result.stepNanos(), strategies,
                        Files.newOutputStream(dir.resolve(StrategyTables.EQUITY_FILE)), dateOnly);
            }
        }), executor);
        CompletableFuture<Void> others = CompletableFuture.runAsync(() -> unchecked(() -> {
            if (strategies.isEmpty()) {
                writeTrades(result, dir.resolve("trades.csv"), dateOnly);
            } else {
                StrategyTables.writeTrades(strategies, Files.newOutputStream(dir.resolve("trades.csv")), dateOnly);
            }
            writeOrderTables(result, dir);
        }), executor);
        return CompletableFuture.allOf(equity, others);
    }

    /** Writes fills, orders, the corporate actions and the strategies' notes. */
    private static void writeOrderTables(BacktestResult result, Path dir) throws IOException {
        boolean dateOnly = !result.spec().isIntraday();
        writeFills(result, dir.resolve("fills.csv"), dateOnly);
        OrdersCsv.write(result.tickets(), Files.newOutputStream(dir.resolve("orders.csv")), dateOnly);
        if (!result.corporateActions().isEmpty()) {
            CorporateActionsCsv.write(result.corporateActions(), Files.newOutputStream(dir.resolve("corporate_actions.csv")),
                    dateOnly);
        }
        writeNotes(result.notes(), dir);
    }

    /** Writing that may fail with an {@link IOException}. */
    @FunctionalInterface
    private interface FileWriting {
        void run() throws IOException;
    }

    private static void unchecked(FileWriting writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes what the strategies logged to {@code log.txt} ({@code time strategy message} per line) and the values they
     * recorded to {@code records.csv} ({@code time,strategy,name,value}), times as ISO-8601 UTC instants on the kernel's
     * clock (when the strategy acted); a file is written only when there is something to put in it.
     */
    static void writeNotes(List<StrategyNote> notes, Path dir) throws IOException {
        StringBuilder log = new StringBuilder();
        StringBuilder records = new StringBuilder();
        for (StrategyNote note : notes) {
            String time = Instant.ofEpochSecond(Math.floorDiv(note.tsNanos(), 1_000_000_000L),
                    Math.floorMod(note.tsNanos(), 1_000_000_000L)).toString();
            if (note.isLog()) {
                log.append(time).append(' ').append(note.strategy()).append(' ').append(note.message()).append('\n');
            } else {
                records.append(time).append(',').append(note.strategy()).append(',').append(note.name()).append(',')
                        .append(Double.isFinite(note.value()) ? BigDecimal.valueOf(note.value()).toPlainString()
                                : Double.toString(note.value())).append('\n');
            }
        }
        if (!log.isEmpty()) {
            Files.writeString(dir.resolve("log.txt"), log, StandardCharsets.UTF_8);
        }
        if (!records.isEmpty()) {
            Files.writeString(dir.resolve("records.csv"), "time,strategy,name,value\n" + records, StandardCharsets.UTF_8);
        }
    }

    private static AsciiWriter open(Path file) throws IOException {
        return new AsciiWriter(Files.newOutputStream(file));
    }

    private static void writeTrades(BacktestResult result, Path file, boolean dateOnly) throws IOException {
        writeTrades(result.trades(), result.openTrades(), Files.newOutputStream(file), dateOnly);
    }

    /**
     * Writes closed trades in the {@code trades.csv} format to {@code out} (closed afterwards).
     *
     * @param dateOnly times as {@code yyyy-MM-dd} (daily and longer bars) rather than date and time
     */
    public static void writeTrades(List<ClosedTrade> trades, OutputStream out, boolean dateOnly) throws IOException {
        writeTrades(trades, List.of(), out, dateOnly);
    }

    /**
     * Writes trades in the {@code trades.csv} format to {@code out} (closed afterwards): the closed round trips
     * ({@code status} {@code closed}), then the positions still open at the end ({@code open}: exit time and price
     * are the last step and the mark, the P&amp;L is realised plus unrealised, the quantity is the quantity held).
     *
     * @param dateOnly times as {@code yyyy-MM-dd} (daily and longer bars) rather than date and time
     */
    public static void writeTrades(List<ClosedTrade> closed, List<ClosedTrade> open, OutputStream out, boolean dateOnly)
            throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text("instrument,side,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,commission,net_pnl,status")
                    .newline();
            for (ClosedTrade t : closed) {
                trade(w, t, dateOnly).text("closed").newline();
            }
            for (ClosedTrade t : open) {
                trade(w, t, dateOnly).text("open").newline();
            }
        }
    }

    static AsciiWriter trade(AsciiWriter w, ClosedTrade t, boolean dateOnly) {
        return w.text(t.instrument().toString()).comma().text(t.side().name()).comma()
                .timestamp(t.entryTsNanos(), dateOnly).comma().timestamp(t.exitTsNanos(), dateOnly).comma()
                .quantity(t.quantityRaw()).comma().price(t.entryPriceRaw()).comma().price(t.exitPriceRaw()).comma()
                .money(t.grossPnlRaw()).comma().money(t.commissionRaw()).comma().money(t.netPnlRaw()).comma();
    }

    private static void writeFills(BacktestResult result, Path file, boolean dateOnly) throws IOException {
        try (AsciiWriter w = open(file)) {
            w.text("time,order_id,instrument,side,quantity,price,commission,slippage,currency").newline();
            for (OrderFilled f : result.fills()) {
                w.timestamp(f.tsNanos(), dateOnly).comma().text(f.orderId().toString()).comma().text(f.instrument().toString())
                        .comma().text(f.side().name()).comma().quantity(f.quantityRaw()).comma().price(f.priceRaw()).comma()
                        .money(f.commissionRaw()).comma().money(f.slippageRaw()).comma().text(f.commissionCurrency().code())
                        .newline();
            }
        }
    }

    /**
     * Writes {@code equity.csv} with the holdings: after {@code time,equity,cash}, two columns per instrument,
     * {@code <instrument>_quantity} (signed) and {@code <instrument>_value} (quantity x the close it was marked at, in
     * its quote currency); in a single-currency run, equity = cash + the sum of the values.
     */
    private static void writeEquity(BacktestResult result, Path file, boolean dateOnly) throws IOException {
        long[] ts = result.stepNanos();
        long[][] quantity = result.holdings().quantityRaw();
        long[][] value = result.holdings().marketValueRaw();
        try (AsciiWriter w = open(file)) {
            w.text("time,equity,cash");
            for (InstrumentId id : result.instruments()) {
                w.comma().text(id + "_quantity").comma().text(id + "_value");
            }
            w.newline();
            for (int i = 0; i < ts.length; i++) {
                w.timestamp(ts[i], dateOnly).comma().money(result.equityRaw()[i]).comma().money(result.cashRaw()[i]);
                for (int k = 0; k < quantity.length; k++) {
                    w.comma().quantity(quantity[k][i]).comma().money(value[k][i]);
                }
                w.newline();
            }
        }
    }

    /**
     * Writes an equity curve in the {@code equity.csv} format to {@code out} (closed afterwards).
     *
     * @param ts       time of each step, nanoseconds since the epoch (UTC)
     * @param equity   equity at each step, fixed point (units of 10^-9)
     * @param cash     cash at each step, fixed point (units of 10^-9)
     * @param dateOnly times as {@code yyyy-MM-dd} (daily and longer bars) rather than date and time
     */
    public static void writeEquity(long[] ts, long[] equity, long[] cash, OutputStream out, boolean dateOnly) throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text("time,equity,cash").newline();
            for (int i = 0; i < ts.length; i++) {
                w.timestamp(ts[i], dateOnly).comma().money(equity[i]).comma().money(cash[i]).newline();
            }
        }
    }

    /** Writes {@code summary.json} into {@code dir} (created if needed). */
    public static void writeSummary(BacktestOutcome outcome, Map<String, Object> settings, Path dir) throws IOException {
        writeSummary(outcome, settings, dir, List.of());
    }

    /** A section of {@code summary.json} written by a feature of the run (e.g. the risk engine's {@code risk}). */
    @FunctionalInterface
    public interface Section {
        /** Writes the section's field(s) into the summary's top-level object. */
        void write(JsonGenerator json) throws IOException;
    }

    /** Writes {@code summary.json} with extra {@code sections} after the standard fields. */
    public static void writeSummary(BacktestOutcome outcome, Map<String, Object> settings, Path dir, List<Section> sections)
            throws IOException {
        Files.createDirectories(dir);
        BacktestResult result = outcome.result();
        try (OutputStream out = Files.newOutputStream(dir.resolve("summary.json"));
             JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("strategy", outcome.strategy());
            json.writeObjectFieldStart("params");
            for (Map.Entry<String, Object> e : outcome.params().entrySet()) {
                writeValue(json, e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("settings");
            for (Map.Entry<String, Object> e : settings.entrySet()) {
                writeValue(json, e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeStringField("currency", result.baseCurrency().code());
            writeMoney(json, "initial_cash", result.initialCashRaw());
            writeMoney(json, "final_equity", result.finalEquityRaw());
            writeMoney(json, "final_cash", result.portfolio().cashRaw());
            writeMoney(json, "total_fees", result.totalFeesRaw());
            writeMoney(json, "total_slippage", result.totalSlippageRaw());
            writeMoney(json, "slippage_beyond_bar", result.slippageBeyondBarRaw());
            writeMoney(json, "total_dividends", result.portfolio().dividendRaw());
            writeMoney(json, "total_borrow_fees", result.totalBorrowFeesRaw());
            json.writeNumberField("fills", result.fills().size());
            json.writeNumberField("orders", result.tickets().size());
            OrderOutcomes outcomes = OrderOutcomes.of(result.tickets());
            json.writeNumberField("orders_refused", outcomes.refused());
            writeObject(json, "orders_by_reason", outcomes.byReason());
            json.writeNumberField("strategy_errors", result.failures().size());
            if (outcome.report() != null) {
                writeReport(json, "metrics", outcome.report());
            }
            json.writeObjectFieldStart("benchmark_buy_and_hold");
            for (Map.Entry<InstrumentId, PerformanceReport> e : outcome.benchmarks().entrySet()) {
                writeReport(json, e.getKey().toString(), e.getValue());
            }
            json.writeEndObject();
            for (Section section : sections) {
                section.write(json);
            }
            json.writeEndObject();
        }
    }

    /** An amount as an exact JSON number (the plain decimal of the raw value, no exponent, no trailing zeros). */
    public static void writeMoney(JsonGenerator json, String field, long raw) throws IOException {
        json.writeFieldName(field);
        json.writeNumber(FixedPoint.formatMoney(raw));
    }

    /** Writes a metrics report as a JSON object field (an undefined statistic, NaN or infinite, as null). */
    public static void writeReport(JsonGenerator json, String field, PerformanceReport report) throws IOException {
        writeObject(json, field, report.toMap());
    }

    /**
     * Writes a map as a JSON object field, as summary.json writes its values: whole numbers and finite doubles as
     * numbers, NaN and infinities (undefined statistics, e.g. a Sharpe ratio without variance) as null, booleans as
     * booleans, null as null, anything else as its text.
     */
    public static void writeObject(JsonGenerator json, String field, Map<String, ?> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            writeValue(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    /** Writes one field as {@link #writeObject} writes each value. */
    public static void writeValue(JsonGenerator json, String key, Object value) throws IOException {
        json.writeFieldName(key);
        switch (value) {
            case null -> json.writeNull();
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Double d when Double.isFinite(d) -> json.writeNumber(d);
            case Double d -> json.writeNull();
            case Boolean b -> json.writeBoolean(b);
            default -> json.writeString(value.toString());
        }
    }
}
