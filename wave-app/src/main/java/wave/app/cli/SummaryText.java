package wave.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import wave.app.backtest.BacktestOutcome;
import wave.app.backtest.OrderOutcomes;
import wave.app.backtest.StrategyOutcome;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.engine.backtest.BacktestResult;
import wave.engine.backtest.StrategyFailure;
import wave.research.metrics.PerformanceReport;

/** The readable summary printed after a backtest. */
final class SummaryText {
    private SummaryText() {
    }

    static String format(BacktestOutcome outcome, String settings) {
        BacktestResult result = outcome.result();
        StringBuilder text = new StringBuilder();
        text.append("Backtest ").append(outcome.strategy()).append(outcome.params().isEmpty() ? "" : " " + params(outcome.params()))
                .append(" on ").append(result.instruments().size() == 1 ? result.instruments().get(0) : result.instruments().size() + " instruments")
                .append(", ").append(result.steps()).append(" bars of ").append(result.spec()).append('\n');
        text.append(settings).append('\n');
        text.append(String.format(Locale.ROOT, "Final equity %s %s (from %s), %d fills, %d closed trades, fees %s, slippage %s%n",
                money(result.finalEquityRaw()), result.baseCurrency(), money(result.initialCashRaw()), result.fills().size(),
                result.trades().size(), money(result.totalFeesRaw()), money(result.totalSlippageRaw())));
        if (result.slippageBeyondBarRaw() != 0) {
            text.append("Slippage beyond the bars' range, not charged: ").append(money(result.slippageBeyondBarRaw()))
                    .append(" (fills kept within their bar; --slippage-outside-bar charges it)\n");
        }
        text.append(OrderOutcomes.of(result.tickets()).line()).append('\n');
        long borrowFees = result.totalBorrowFeesRaw();
        if (borrowFees != 0) {
            text.append("Borrow fees ").append(money(borrowFees)).append(' ').append(result.baseCurrency())
                    .append(" (short positions, charged daily)\n");
        }
        long dividends = result.portfolio().dividendRaw();
        if (dividends != 0) {
            text.append("Dividends ").append(money(dividends)).append(' ').append(result.baseCurrency())
                    .append(" (splits and dividends applied on their ex-dates)\n");
        }
        if (outcome.report() != null) {
            text.append('\n').append(outcome.report().format()).append('\n');
        }
        for (Map.Entry<InstrumentId, PerformanceReport> e : outcome.benchmarks().entrySet()) {
            PerformanceReport b = e.getValue();
            text.append(String.format(Locale.ROOT, "Buy & hold %s: total return %.2f%%, CAGR %.2f%%, Sharpe %.2f, max drawdown %.2f%%%n",
                    e.getKey(), b.totalReturn() * 100, b.cagr() * 100, b.sharpe(), b.maxDrawdown() * 100));
        }
        for (StrategyFailure f : result.failures()) {
            text.append("strategy error in ").append(f.strategy()).append('.').append(f.callback()).append(": ").append(f.error()).append('\n');
        }
        for (var halted : result.halted()) {
            text.append("strategy ").append(halted).append(" was halted after repeated errors\n");
        }
        return text.toString().stripTrailing();
    }

    /**
     * The per-strategy table of a run of several strategies in one account: each strategy's budget, capital, equity at the
     * end (capital + P&amp;L), return on its capital, fills, closed trades and fees.
     */
    static String strategies(List<StrategyOutcome> strategies, Currency currency) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-20s %-30s %14s %14s %9s %6s %7s %12s%n",
                "Strategy", "Budget", "Capital " + currency, "Equity " + currency, "Return", "Fills", "Trades", "Fees"));
        for (StrategyOutcome s : strategies) {
            text.append(String.format(Locale.ROOT, "%-20s %-30s %14s %14s %8.2f%% %6d %7d %12s%n", s.id(), s.budget(),
                    money(s.capitalRaw()), money(s.finalEquityRaw()), s.totalReturn() * 100, s.fills(), s.closedTrades().size(),
                    money(s.feesRaw())));
        }
        return text.toString().stripTrailing();
    }

    private static String money(long raw) {
        return String.format(Locale.ROOT, "%,.2f", FixedPoint.moneyToBigDecimal(raw));
    }

    static String params(Map<String, Object> params) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        params.forEach((name, value) -> joiner.add(name + "=" + value));
        return joiner.toString();
    }
}
