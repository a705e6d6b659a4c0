package wave.app.bench;

import wave.domain.market.BarSeries;

/**
 * The floor a kernel can be compared with: the same SMA crossover signals computed by a plain loop over the
 * close column, with no orders, fills or accounting. Measured in the same run as the kernel so the ratio is
 * meaningful on a noisy machine.
 */
public final class PlainLoopBaseline {
    private PlainLoopBaseline() {
    }

    /** Median bars per second of {@code runs} passes after {@code warmups}. */
    public static double barsPerSecond(BarSeries series, int fast, int slow, int warmups, int runs) {
        double[] close = series.closes();
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += signals(close, fast, slow);
        }
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += signals(close, fast, slow);
            rates[i] = close.length / ((System.nanoTime() - start) / 1e9);
        }
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError("unreachable: keeps the loop alive");
        }
        java.util.Arrays.sort(rates);
        return rates[runs / 2];
    }

    /** Number of SMA(fast)/SMA(slow) crossings over the closes, by a plain loop (no kernel, no allocation). */
    public static long signals(double[] close, int fast, int slow) {
        double fastSum = 0;
        double slowSum = 0;
        int side = 0;
        long crosses = 0;
        for (int i = 0; i < close.length; i++) {
            fastSum += close[i];
            slowSum += close[i];
            if (i >= fast) {
                fastSum -= close[i - fast];
            }
            if (i >= slow) {
                slowSum -= close[i - slow];
            }
            if (i >= slow - 1) {
                double diff = fastSum / fast - slowSum / slow;
                int now = diff > 0 ? 1 : diff < 0 ? -1 : side;
                if (now != side && side != 0) {
                    crosses++;
                }
                side = now;
            }
        }
        return crosses;
    }
}
