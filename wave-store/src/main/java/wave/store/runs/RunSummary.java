package wave.store.runs;

import java.time.Instant;
import java.util.List;

/**
 * One line of the run history. Money is fixed point (units of 10^-9 of {@code currency}); the metrics are null when
 * undefined or not finite.
 *
 * @param id             the run's id
 * @param createdAt      when it was recorded (UTC)
 * @param strategy       strategy or spec name
 * @param instruments    the instruments of its data files, in order
 * @param barLength      bar length, e.g. {@code 1d}
 * @param bars           equity points (time steps)
 * @param currency       account currency
 * @param initialCashRaw cash at the start
 * @param finalEquityRaw equity at the end
 * @param totalReturn    total return (fraction: 0.25 = 25%)
 * @param cagr           compound annual growth rate (fraction per year)
 * @param sharpeRatio    annualised Sharpe ratio
 * @param maxDrawdown    maximum drawdown (fraction, positive)
 * @param closedTrades   closed round trips
 * @param outputDir      the outputs' directory, or null
 */
public record RunSummary(long id, Instant createdAt, String strategy, List<String> instruments, String barLength, int bars,
                         String currency, long initialCashRaw, long finalEquityRaw, Double totalReturn, Double cagr,
                         Double sharpeRatio, Double maxDrawdown, int closedTrades, String outputDir) {
    /** Copies the instrument list. */
    public RunSummary {
        instruments = List.copyOf(instruments);
    }
}
