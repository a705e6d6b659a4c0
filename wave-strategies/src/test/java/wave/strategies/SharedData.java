package wave.strategies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;

/**
 * Real market data from the shared data directory: {@code WAVE_SHARED_DATA} if set, else {@code ../../shared/data}
 * relative to the module. A missing file fails the test when {@code CI=true} and skips it otherwise.
 */
final class SharedData {
    static final String ORCL = "backtrader/orcl-1995-2014.txt";
    static final String NVDA = "backtrader/nvda-1999-2014.txt";

    private SharedData() {
    }

    /** The file's path, or a skipped (fails in CI) test when it is missing. */
    static Path require(String relative) {
        return wave.testkit.SharedData.file(relative);
    }

    /**
     * Loads a Yahoo daily file ({@code Date,Open,High,Low,Close,Adj Close,Volume}; the Close column, split- but not
     * dividend-adjusted), one bar per row stamped at 00:00 UTC of its date.
     */
    static BarSeries yahoo(String relative, String symbol) {
        Path file = require(relative);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BarSeries.Builder builder = BarSeries.builder(InstrumentId.of(symbol), BarSpec.DAY_1, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(",");
            long ts = LocalDate.parse(f[0]).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
            builder.add(ts, FixedPoint.parsePrice(f[1]), FixedPoint.parsePrice(f[2]), FixedPoint.parsePrice(f[3]), FixedPoint.parsePrice(f[4]),
                    Double.parseDouble(f[6]));
        }
        return builder.build();
    }

    /** ORCL 1995-2014, 5036 daily bars. */
    static BarSeries orcl() {
        return yahoo(ORCL, "ORCL");
    }

    /** NVDA 1999-2014, 4012 daily bars. */
    static BarSeries nvda() {
        return yahoo(NVDA, "NVDA");
    }
}
