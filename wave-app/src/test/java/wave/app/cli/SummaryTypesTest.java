package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's header names a strategy without parameters plainly, and summary.json's values are typed. */
class SummaryTypesTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void amountsAreNumbersAndUndefinedStatisticsNull(@TempDir Path dir) throws IOException {
        Cli run = Cli.run("backtest", "--data", SharedData.require(SharedData.ORCL).toString(), "--strategy", "buy-and-hold",
                "--fee-pct", "0.1", "--out", dir.toString(), "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Backtest buy-and-hold on ORCL.SIM, 5036 bars of 1d");
        JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
        for (String amount : new String[]{"initial_cash", "final_equity", "final_cash", "total_fees", "total_slippage"}) {
            assertThat(summary.get(amount).isNumber()).as(amount).isTrue();
        }
        assertThat(summary.get("initial_cash").decimalValue()).isEqualByComparingTo(new BigDecimal("100000"));
        // No closed trade: the trade statistics are undefined.
        assertThat(summary.get("metrics").get("win_rate").isNull()).isTrue();
        assertThat(summary.get("metrics").get("profit_factor").isNull()).isTrue();
        assertThat(summary.get("metrics").get("total_return").isNumber()).isTrue();
    }
}
