package wave.risk;

import java.time.Instant;
import java.util.Locale;

/**
 * The book's risk figures at the end of a step, published to {@link RiskListener#onFigures}. Amounts are in the
 * account's currency; percentages of equity ({@code 10} is 10%). VaR and CVaR are losses (positive), over the last
 * {@code varBars} returns of the held instruments at the configured confidence; NaN when no position has that history.
 *
 * @param tsNanos            when, nanoseconds since the epoch (UTC), on the kernel's clock
 * @param equity             the account's equity
 * @param gross              sum of the absolute position values
 * @param net                longs minus shorts
 * @param leverage           gross over equity
 * @param largestPosition    the instrument of the largest absolute position value, or "" with no position
 * @param largestPositionPct its absolute value, % of equity
 * @param largestSector      the sector with the largest absolute value, or "" when no position has a known sector
 * @param largestSectorPct   its absolute value, % of equity
 * @param varBars            returns the VaR, CVaR and beta are measured over
 * @param confidence         the VaR's confidence
 * @param historicalVar      historical VaR
 * @param historicalCvar     historical CVaR (expected shortfall)
 * @param parametricVar      parametric (normal) VaR
 * @param parametricCvar     parametric (normal) CVaR
 * @param beta               beta of the book's returns (P&amp;L over equity) to the benchmark's; NaN without one
 */
public record BookRiskFigures(long tsNanos, double equity, double gross, double net, double leverage,
                              String largestPosition, double largestPositionPct, String largestSector,
                              double largestSectorPct, int varBars, double confidence, double historicalVar,
                              double historicalCvar, double parametricVar, double parametricCvar, double beta) {
    /** The header of {@code risk-figures.csv}: one column per figure, the historical VaR also as % of equity. */
    public static final String CSV_HEADER = "time,equity,gross,net,leverage,largest_position,largest_position_pct,"
            + "largest_sector,largest_sector_pct,var_bars,confidence,historical_var,historical_cvar,parametric_var,"
            + "parametric_cvar,historical_var_pct,beta";

    /** The figures as a row of {@code risk-figures.csv}: amounts with 2 decimals, ratios with 4, unknown ones empty. */
    public String csvRow() {
        return Instant.ofEpochSecond(Math.floorDiv(tsNanos, 1_000_000_000L), Math.floorMod(tsNanos, 1_000_000_000L))
                + "," + number(equity, 2) + "," + number(gross, 2) + "," + number(net, 2) + "," + number(leverage, 4)
                + "," + largestPosition + "," + number(largestPositionPct, 4) + ",\"" + largestSector.replace("\"", "\"\"")
                + "\"," + number(largestSectorPct, 4) + "," + varBars + "," + confidence + "," + number(historicalVar, 2)
                + "," + number(historicalCvar, 2) + "," + number(parametricVar, 2) + "," + number(parametricCvar, 2) + ","
                + number(pctOfEquity(historicalVar), 4) + "," + number(beta, 4);
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
    }

    /** {@code amount} as % of equity; infinite for a non-positive equity. */
    public double pctOfEquity(double amount) {
        return equity <= 0 ? Double.POSITIVE_INFINITY : 100 * amount / equity;
    }
}
