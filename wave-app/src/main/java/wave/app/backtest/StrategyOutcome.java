package wave.app.backtest;

import java.util.List;
import wave.domain.portfolio.ClosedTrade;

/**
 * One strategy's result in a run of several sharing an account. Amounts are raw fixed point in the account's currency;
 * the strategies' P&amp;L, fees and fills add up to the account's.
 *
 * @param id           the strategy's id in the run
 * @param strategy     the strategy's name
 * @param budget       its budget as shown ({@code 40% of equity}, {@code 50000})
 * @param capitalRaw   its budget of the initial equity: the capital its return is measured on
 * @param finalEquityRaw capital plus P&amp;L at the end
 * @param pnlRaw       realised and unrealised P&amp;L of its own fills, net of their fees
 * @param feesRaw      fees of its fills
 * @param fills        its fills
 * @param closedTrades its closed round trips
 * @param openTrades   its positions still open at the end, valued at their last mark
 * @param equityRaw    capital plus P&amp;L at each step of the result
 * @param exposureRaw  gross exposure of its positions at each step of the result
 */
public record StrategyOutcome(String id, String strategy, String budget, long capitalRaw, long finalEquityRaw, long pnlRaw,
                              long feesRaw, int fills, List<ClosedTrade> closedTrades, List<ClosedTrade> openTrades,
                              long[] equityRaw, long[] exposureRaw) {
    /** P&amp;L over capital, e.g. 0.05 for 5% (NaN without capital). */
    public double totalReturn() {
        return capitalRaw == 0 ? Double.NaN : (double) pnlRaw / capitalRaw;
    }
}
