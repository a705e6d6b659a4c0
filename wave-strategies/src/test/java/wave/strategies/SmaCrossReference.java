package wave.strategies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately plain, engine-free re-implementation of a long-only SMA cross backtest in exact {@link BigDecimal}
 * arithmetic, read straight from the CSV text: the cross rule, signals on bar t executed at the open of bar t+1, buy
 * only when flat, sell everything when long, a fee of {@code feeRate x price x quantity} per fill, and the open
 * position marked at the last close. How the two SMAs are compared is a choice ({@link SmaComparison}).
 */
final class SmaCrossReference {
    /** How fast and slow SMAs are compared on each bar. */
    enum SmaComparison {
        /** The exact means of the windows (BigDecimal): ties are real ties. */
        EXACT,
        /**
         * Double SMAs kept as running sums the way TA-Lib (and wave-indicators' {@code Sma}) does: add the newest value,
         * divide, subtract the oldest. The sum drifts by rounding, so an exact tie may compare as unequal.
         */
        RUNNING_DOUBLE
    }

    /** One execution: bar index, +1 buy / -1 sell, quantity (shares) and price. */
    record Fill(int bar, int side, long quantity, BigDecimal price) {
    }

    /** What the reference run produced. */
    record Outcome(int bars, int closedTrades, List<Fill> fills, BigDecimal cash, long held, BigDecimal finalValue) {
    }

    private SmaCrossReference() {
    }

    /**
     * Runs the reference.
     *
     * @param fixedShares shares per entry, or 0 for all-in ({@code floor(cash / (open x (1 + feeRate)))})
     */
    static Outcome run(Path yahooCsv, SmaComparison comparison, int fastPeriod, int slowPeriod, BigDecimal initialCash,
                       BigDecimal feeRate, long fixedShares) {
        List<String> lines;
        try {
            lines = Files.readAllLines(yahooCsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = lines.size() - 1;
        BigDecimal[] open = new BigDecimal[n];
        BigDecimal[] close = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).strip().split(",");
            open[i] = new BigDecimal(f[1]);
            close[i] = new BigDecimal(f[4]);
        }
        int[] order = comparison == SmaComparison.EXACT ? compareExactly(close, fastPeriod, slowPeriod)
                : compareRunningDoubles(close, fastPeriod, slowPeriod);
        // signal[t]: +1 up-cross, -1 down-cross, 0 none; only bars where both SMAs exist count
        int[] signal = new int[n];
        int side = 0;
        for (int t = slowPeriod - 1; t < n; t++) {
            int c = order[t];
            if (c > 0) {
                signal[t] = side < 0 ? 1 : 0;
                side = 1;
            } else if (c < 0) {
                signal[t] = side > 0 ? -1 : 0;
                side = -1;
            }
        }
        BigDecimal cash = initialCash;
        BigDecimal onePlusFee = BigDecimal.ONE.add(feeRate);
        long held = 0;
        int trades = 0;
        List<Fill> fills = new ArrayList<>();
        for (int t = 0; t + 1 < n; t++) {
            BigDecimal price = open[t + 1];
            if (signal[t] > 0 && held == 0) {
                long quantity = fixedShares > 0 ? fixedShares
                        : cash.divide(price.multiply(onePlusFee), 0, RoundingMode.FLOOR).longValueExact();
                BigDecimal notional = price.multiply(BigDecimal.valueOf(quantity));
                BigDecimal cost = notional.add(notional.multiply(feeRate));
                if (quantity > 0 && cost.compareTo(cash) <= 0) {
                    cash = cash.subtract(cost);
                    held = quantity;
                    fills.add(new Fill(t + 1, 1, quantity, price));
                }
            } else if (signal[t] < 0 && held > 0) {
                BigDecimal notional = price.multiply(BigDecimal.valueOf(held));
                cash = cash.add(notional).subtract(notional.multiply(feeRate));
                fills.add(new Fill(t + 1, -1, held, price));
                held = 0;
                trades++;
            }
        }
        BigDecimal finalValue = cash.add(close[n - 1].multiply(BigDecimal.valueOf(held)));
        return new Outcome(n, trades, List.copyOf(fills), cash, held, finalValue);
    }

    /** Per bar from {@code slow - 1}: the sign of {@code fastSum / fast - slowSum / slow}, exactly. */
    private static int[] compareExactly(BigDecimal[] close, int fastPeriod, int slowPeriod) {
        int[] out = new int[close.length];
        for (int t = slowPeriod - 1; t < close.length; t++) {
            BigDecimal fastSum = sum(close, t - fastPeriod + 1, t);
            BigDecimal slowSum = sum(close, t - slowPeriod + 1, t);
            out[t] = fastSum.multiply(BigDecimal.valueOf(slowPeriod)).compareTo(slowSum.multiply(BigDecimal.valueOf(fastPeriod)));
        }
        return out;
    }

    /** Per bar from {@code slow - 1}: the sign of {@code fast - slow} with TA-Lib-style running double sums. */
    private static int[] compareRunningDoubles(BigDecimal[] close, int fastPeriod, int slowPeriod) {
        double[] fast = runningSma(close, fastPeriod);
        double[] slow = runningSma(close, slowPeriod);
        int[] out = new int[close.length];
        for (int t = slowPeriod - 1; t < close.length; t++) {
            out[t] = fast[t] > slow[t] ? 1 : fast[t] < slow[t] ? -1 : 0;
        }
        return out;
    }

    private static double[] runningSma(BigDecimal[] close, int period) {
        double[] out = new double[close.length];
        double total = 0;
        for (int i = 0; i < close.length; i++) {
            total += close[i].doubleValue();
            if (i >= period - 1) {
                out[i] = total / period;
                total -= close[i - period + 1].doubleValue();
            }
        }
        return out;
    }

    private static BigDecimal sum(BigDecimal[] values, int from, int to) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = from; i <= to; i++) {
            total = total.add(values[i]);
        }
        return total;
    }
}
