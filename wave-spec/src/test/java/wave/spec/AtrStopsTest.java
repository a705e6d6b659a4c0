package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.spec.SpecRuns.ACME;
import static wave.spec.SpecRuns.bars;
import static wave.spec.SpecRuns.pricedTrades;
import static wave.spec.SpecRuns.runShort;
import static wave.spec.SpecRuns.toml;

import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestResult;

/**
 * ATR-multiple stops on hand-made bars, ATR(2) as TA-Lib computes it: the true range TR(t) = max(high - low,
 * |high - close(t-1)|, |low - close(t-1)|); the first ATR, on bar 2, is the mean of TR(1) and TR(2); then
 * ATR(t) = (ATR(t-1) + TR(t)) / 2. The three first bars (10, 11, 9, 10) have TR 2, so ATR(2) = 2, and the entry rule
 * {@code close > 0} (or {@code < 1000} for a short) places the entry at bar 2's close, filled at bar 3's open of 10.
 */
class AtrStopsTest {
    private static final double[] FLAT = {10, 11, 9, 10, 1000};

    private static java.util.List<String> run(String side, String risk, double[]... after) {
        double[][] rows = new double[3 + after.length][];
        rows[0] = FLAT;
        rows[1] = FLAT;
        rows[2] = FLAT;
        System.arraycopy(after, 0, rows, 3, after.length);
        BarSeries data = bars(ACME, rows);
        String rule = side.equals("long") ? "close > 0" : "close < 1000";
        BacktestResult result = runShort(toml("[entry." + side + "]\nall = [\"" + rule + "\"]\n[risk]\natr_period = 2\n" + risk),
                data, "fixed:1");
        assertThat(result.failures()).isEmpty();
        return pricedTrades(result, data).subList(0, Math.min(2, result.fills().size()));
    }

    @Test
    void longStopIsSetFromTheAtrOfTheSignalBar() {
        // stop = 10 - 2 x ATR(bar 2) = 10 - 2 x 2 = 6. Bar 3 (TR 4, ATR 3) would make it 4; bar 4 (TR 8, ATR 5.5) 2.
        double[] bar3 = {10, 14, 10, 13, 1000};
        assertThat(run("long", "stop_atr = 2\n", bar3, new double[] {13, 13, 5, 6, 1000}, new double[] {6, 6, 6, 6, 1000}))
                .containsExactly("B3@10", "S5@6");
        assertThat(run("long", "stop_atr = 2\n", bar3, new double[] {13, 13, 5, 6.01, 1000}, new double[] {6, 6, 6, 6, 1000}))
                .containsExactly("B3@10");
    }

    @Test
    void longTrailingLevelRisesWithEachCloseMinusItsAtr() {
        // starts at 10 - 1 x 2 = 8; bar 3 (ATR 3): close 13 > 8, then max(8, 13 - 3) = 10; bar 4 (TR 3, ATR 3):
        // 14 > 10, then max(10, 14 - 3) = 11; bar 5 (TR 3.5, ATR 3.25): 11 <= 11, an exit at bar 6's open
        double[] bar3 = {10, 14, 10, 13, 1000};
        double[] bar4 = {13, 15, 12, 14, 1000};
        assertThat(run("long", "trailing_atr = 1\n", bar3, bar4, new double[] {14, 14, 10.5, 11, 1000},
                new double[] {11, 11, 11, 11, 1000})).containsExactly("B3@10", "S6@11");
        assertThat(run("long", "trailing_atr = 1\n", bar3, bar4, new double[] {14, 14, 10.5, 11.01, 1000},
                new double[] {11, 11, 11, 11, 1000})).containsExactly("B3@10");
    }

    @Test
    void shortStopIsAboveTheEntry() {
        // stop = 10 + 2 x 2 = 14; bar 3 closes at 13, bar 4 at 14
        assertThat(run("short", "stop_atr = 2\n", new double[] {10, 14, 10, 13, 1000}, new double[] {13, 14.5, 13, 14, 1000},
                new double[] {14, 14, 14, 14, 1000})).containsExactly("S3@10", "B5@14");
    }

    @Test
    void shortTrailingLevelFallsWithEachClosePlusItsAtr() {
        // starts at 12; bar 3 (TR 2.5, ATR 2.25): 9 < 12, then min(12, 9 + 2.25) = 11.25; bar 4 (TR 2.5, ATR 2.375):
        // 8 < 11.25, then min(11.25, 10.375) = 10.375; bar 5: 10.5 >= 10.375, an exit at bar 6's open
        double[] bar3 = {10, 10.5, 8, 9, 1000};
        double[] bar4 = {9, 9.5, 7, 8, 1000};
        assertThat(run("short", "trailing_atr = 1\n", bar3, bar4, new double[] {8, 10.5, 8, 10.5, 1000},
                new double[] {10, 10, 10, 10, 1000})).containsExactly("S3@10", "B6@10");
        assertThat(run("short", "trailing_atr = 1\n", bar3, bar4, new double[] {8, 10.3, 8, 10.3, 1000},
                new double[] {10, 10, 10, 10, 1000})).containsExactly("S3@10");
    }
}
