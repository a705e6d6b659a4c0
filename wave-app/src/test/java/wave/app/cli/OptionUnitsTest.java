package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Options that would do nothing or something unexpected are refused or warned about; rates are percents. */
class OptionUnitsTest {
    private static final String ORCL_2014 = SharedData.require("backtrader/orcl-2014.txt").toString();

    @Test
    void aMinimumFeeWithoutAPerShareFeeIsRefused() {
        Cli cli = Cli.run("backtest", "--no-record", "--data", ORCL_2014, "--strategy", "sma-cross", "--fee-pct", "0.1",
                "--fee-min", "1");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: --fee-min 1 applies only with --fee-per-share (a minimum per fill of "
                + "a per-share fee); give --fee-per-share, or drop --fee-min\n");
    }

    @Test
    void aLatencyInMillisecondsOnDailyBarsIsWarnedAboutAndShown() {
        Cli cli = Cli.run("backtest", "--no-record", "--data", ORCL_2014, "--strategy", "sma-cross", "--latency-ms", "250");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.errLines()).contains("wave: warning: --latency-ms 250 on 1d bars of ORCL.SIM delays every order by 1 "
                + "whole bar(s) (it is matched from the first bar that starts after it arrives); --latency-ms is meant for "
                + "intraday bars, --latency-bars for daily ones");
        assertThat(cli.out()).contains(", long only, latency 250 ms\n");
    }

    @Test
    void theRiskFreeRateIsAPercentAndAFractionLikeValueIsWarnedAbout() throws IOException {
        Cli two = Cli.run("metrics", "--data", ORCL_2014, "--risk-free", "2", "--json");
        Cli small = Cli.run("metrics", "--data", ORCL_2014, "--risk-free", "0.02", "--json");

        JsonNode m = new ObjectMapper().readTree(two.out()).get("ORCL.SIM");
        assertThat(m.get("risk_free_rate_annual").asDouble()).isEqualTo(0.02);
        assertThat(two.err()).doesNotContain("--risk-free");
        assertThat(new ObjectMapper().readTree(small.out()).get("ORCL.SIM").get("risk_free_rate_annual").asDouble())
                .isEqualTo(0.0002);
        assertThat(small.err()).contains("wave: warning: --risk-free 0.02 is read as 0.02% a year (the option takes a "
                + "percent, like --fee-pct); for 2% write 2\n");
    }
}
