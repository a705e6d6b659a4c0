package wave.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import wave.app.backtest.StrategyOutcome;
import wave.domain.portfolio.ClosedTrade;

/**
 * The outputs of a run of several strategies in one account: {@code trades.csv} with a {@code strategy} column,
 * {@code strategy_equity.csv} ({@code time}, then {@code <id>_equity} and {@code <id>_exposure} per strategy: its capital
 * plus P&amp;L, and the gross value of its positions) and the {@code strategies} section of {@code summary.json}.
 */
public final class StrategyTables {
    /** The per-strategy equity file. */
    public static final String EQUITY_FILE = "strategy_equity.csv";

    private StrategyTables() {
    }

    /** Writes each strategy's closed, then open trades, in strategy order, to {@code out} (closed afterwards). */
    static void writeTrades(List<StrategyOutcome> strategies, OutputStream out, boolean dateOnly) throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text("strategy,instrument,side,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,commission,net_pnl,status")
                    .newline();
            for (StrategyOutcome s : strategies) {
                for (ClosedTrade t : s.closedTrades()) {
                    BacktestReportWriter.trade(w.text(s.id()).comma(), t, dateOnly).text("closed").newline();
                }
                for (ClosedTrade t : s.openTrades()) {
                    BacktestReportWriter.trade(w.text(s.id()).comma(), t, dateOnly).text("open").newline();
                }
            }
        }
    }

    /** Writes {@code strategy_equity.csv} to {@code out} (closed afterwards); {@code ts} are the result's steps. */
    static void writeEquity(long[] ts, List<StrategyOutcome> strategies, OutputStream out, boolean dateOnly) throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text("time");
            for (StrategyOutcome s : strategies) {
                w.comma().text(s.id() + "_equity").comma().text(s.id() + "_exposure");
            }
            w.newline();
            for (int i = 0; i < ts.length; i++) {
                w.timestamp(ts[i], dateOnly);
                for (StrategyOutcome s : strategies) {
                    w.comma().money(s.equityRaw()[i]).comma().money(s.exposureRaw()[i]);
                }
                w.newline();
            }
        }
    }

    /**
     * The {@code strategies} section of {@code summary.json}: per strategy its id, name, budget, capital, final equity,
     * P&amp;L, return, fills, closed trades and fees.
     */
    public static BacktestReportWriter.Section summary(List<StrategyOutcome> strategies) {
        return json -> {
            json.writeArrayFieldStart("strategies");
            for (StrategyOutcome s : strategies) {
                json.writeStartObject();
                json.writeStringField("id", s.id());
                json.writeStringField("strategy", s.strategy());
                json.writeStringField("budget", s.budget());
                BacktestReportWriter.writeMoney(json, "capital", s.capitalRaw());
                BacktestReportWriter.writeMoney(json, "final_equity", s.finalEquityRaw());
                BacktestReportWriter.writeMoney(json, "pnl", s.pnlRaw());
                BacktestReportWriter.writeValue(json, "total_return", s.totalReturn());
                json.writeNumberField("fills", s.fills());
                json.writeNumberField("closed_trades", s.closedTrades().size());
                BacktestReportWriter.writeMoney(json, "fees", s.feesRaw());
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }
}
