package wave.indicators;

import java.io.IOException;

/**
 * ORCL daily bars 1995-2014 (5036 rows), {@link SharedBars#ORCL}: a missing file fails the test
 * run when {@code CI=true} and skips the calling tests otherwise.
 */
record OrclBars(double[] open, double[] high, double[] low, double[] close, double[] volume) {
    static final int ROWS = 5036;

    static OrclBars load() throws IOException {
        SharedBars bars = SharedBars.load(SharedBars.ORCL);
        return new OrclBars(bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
    }

    int size() {
        return close.length;
    }

    /** Feeds bar {@code i} to a streaming indicator. */
    void feed(BarIndicator indicator, int i) {
        indicator.update(open[i], high[i], low[i], close[i], volume[i]);
    }
}
