package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cash of a run with splits and dividends reconciles from its outputs alone: AAPL (Alpha Vantage), buy-and-hold
 * with a 0.1% fee: initial cash, minus what the fills in fills.csv cost with their fees, plus the cash of each action in
 * corporate_actions.csv, is summary.json's final cash to the unit, as traded (splits applied to the position) and
 * split-adjusted (the default: only the dividends reach the account).
 */
class CashReconciliationTest {
    @ParameterizedTest
    @CsvSource({"as-traded, 4", "adjust, 0"})
    void aaplBuyAndHoldCashIsFillsPlusCorporateActions(String splits, int splitRows, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("backtest", "--no-record", "--data", SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).toString(),
                "--strategy", "buy-and-hold", "--fee-pct", "0.1", "--cash", "100000", "--splits", splits,
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();

        BigDecimal cash = new BigDecimal("100000");
        List<String> fills = Files.readAllLines(out.resolve("fills.csv"));
        for (String row : fills.subList(1, fills.size())) {
            String[] f = row.split(",");
            BigDecimal notional = new BigDecimal(f[4]).multiply(new BigDecimal(f[5]));
            cash = (f[3].equals("BUY") ? cash.subtract(notional) : cash.add(notional)).subtract(new BigDecimal(f[6]));
        }
        List<String> actions = Files.readAllLines(out.resolve("corporate_actions.csv"));
        assertThat(actions.getFirst()).isEqualTo("time,instrument,action,split_ratio,dividend_per_share,quantity_before,"
                + "quantity_after,cash");
        // held through AAPL's 2000 (2:1), 2005 (2:1), 2014 (7:1) and 2020 (4:1) splits, and its 35 dividends from 2012
        assertThat(actions.stream().filter(a -> a.contains(",split,"))).hasSize(splitRows);
        assertThat(actions.stream().filter(a -> a.contains(",dividend,"))).hasSize(35);
        for (String row : actions.subList(1, actions.size())) {
            cash = cash.add(new BigDecimal(row.split(",")[7]));
        }
        BigDecimal finalCash = new BigDecimal(new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .get("final_cash").asText());
        assertThat(cash).isEqualByComparingTo(finalCash);
    }
}
