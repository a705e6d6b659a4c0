package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * The bars a {@code wave paper --feed} replays: {@code replay:FILE|DIR} (read as {@code backtest --data} reads them,
 * with the same loading options), {@code replay:store:SYMBOL[,SYMBOL...]} (bars from the store), or {@code synthetic}
 * (the seeded synthetic market: one instrument, {@value #SYNTHETIC_SYMBOL}, {@value #SYNTHETIC_BARS} one-minute bars).
 */
final class PaperFeeds {
    static final String REPLAY = "replay:";
    static final String SYNTHETIC = "synthetic";
    static final String SYNTHETIC_SYMBOL = "SYN";
    static final int SYNTHETIC_BARS = 100_000;
    static final long SYNTHETIC_SEED = 7;

    private PaperFeeds() {
    }

    /**
     * Loads the feed's bars.
     *
     * @throws IllegalArgumentException when the feed is not understood or names nothing to read
     */
    static List<BarSeries> load(String feed, RunOptions run, StoreOptions store, PrintWriter err) throws IOException {
        if (feed.equals(SYNTHETIC)) {
            return SyntheticMarket.generate(SyntheticMarketConfig.defaults(SYNTHETIC_SEED, List.of(InstrumentId.of(SYNTHETIC_SYMBOL)),
                    SYNTHETIC_BARS, BarSpec.MINUTE_1)).series();
        }
        if (!feed.startsWith(REPLAY) || feed.length() == REPLAY.length()) {
            throw new IllegalArgumentException("--feed '" + feed + "' not understood; expected replay:FILE, replay:DIR, "
                    + "replay:store:SYMBOL or synthetic");
        }
        Path data = Path.of(feed.substring(REPLAY.length()));
        if (StoredData.isStored(data)) {
            return StoredData.series(StoredData.load(data, store));
        }
        return SeriesLoader.load(data, run.loadOptions(), err);
    }

    /**
     * The pace of {@code --speed}: bars per second, or infinite for {@code max}.
     *
     * @throws IllegalArgumentException when it is neither a number > 0 nor {@code max}
     */
    static double speed(String text) {
        if (text.equals("max")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--speed '" + text + "' not understood; expected bars per second (a number > 0) or max");
    }
}
