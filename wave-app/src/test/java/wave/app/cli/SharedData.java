package wave.app.cli;

import java.nio.file.Path;

/**
 * Real market data from the shared data directory: {@code WAVE_SHARED_DATA} if set, else {@code ../../shared/data}
 * relative to the module. A missing file fails the test when {@code CI=true} and skips it otherwise. The files are
 * read in place, never copied into the repository.
 */
final class SharedData {
    static final String ORCL = "backtrader/orcl-1995-2014.txt";
    static final String AAPL_ALPHA_VANTAGE = "sp500_alphavantage/DA-AAPL-T-2021-04-21.csv";
    static final String AMGN_ALPHA_VANTAGE = "sp500_alphavantage/DA-AMGN-T-2021-04-21.csv";
    static final String BA_ALPHA_VANTAGE = "sp500_alphavantage/DA-BA-T-2021-04-21.csv";
    static final String SECTORS = "reference/sp500_alphavantage_sectors.csv";
    static final String INTRADAY_5M = "backtrader/2006-min-005.txt";
    static final String TICKS = "backtrader/ticksample.csv";

    private SharedData() {
    }

    /** The file's absolute path, or a skipped (in CI: failed) test when it is missing. */
    static Path require(String relative) {
        return wave.testkit.SharedData.file(relative);
    }
}
