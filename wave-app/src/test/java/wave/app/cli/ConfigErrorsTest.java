package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of configuration error, through {@code wave config check FILE} (the problems on standard
 * output, exit status 1) and {@code wave backtest --config FILE} (one {@code wave: error:} line per problem, exit
 * status 2): each names the file, the line and the dotted key.
 */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("wave.toml"), text);
    }

    private void rejected(Path file, String... problems) {
        Cli check = Cli.run("config", "check", file.toString());
        Cli backtest = Cli.run("backtest", "--config", file.toString());

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(String.join("\n", problems) + "\n" + problems.length
                + (problems.length == 1 ? " error" : " errors") + "\n");
        assertThat(backtest.exitCode()).as(backtest.toString()).isEqualTo(2);
        assertThat(backtest.errLines()).containsExactly(Arrays.stream(problems).map(p -> "wave: error: " + p)
                .toArray(String[]::new));
    }

    @Test
    void badType() throws IOException {
        Path file = file("[costs]\nfee_pct = 0.1\n\n[execution]\nlatency_bars = \"two\"\nfill_at_signal_close = \"yes\"\n");

        rejected(file, file + ":5: execution.latency_bars: expected a whole number >= 0, got \"two\"",
                file + ":6: execution.fill_at_signal_close: expected true or false, got \"yes\"");
    }

    @Test
    void outOfRange() throws IOException {
        Path file = file("[execution]\nmax_volume_pct = 120\n[account]\ncash = -5\n");

        rejected(file, file + ":2: execution.max_volume_pct: expected a number > 0 and <= 100, got 120",
                file + ":4: account.cash: expected a number > 0, got -5");
    }

    @Test
    void unknownKeyWithDidYouMean() throws IOException {
        Path file = file("[costs]\nfee_pct = 0.1\nslipage_pct = 0.05\n[acount]\ncash = 1\n");

        rejected(file, file + ":3: costs.slipage_pct: unknown key 'slipage_pct'; did you mean 'slippage_pct'? (valid keys: "
                        + "fee_pct, fee_per_share, fee_min, fee_fixed, slippage_pct, spread_pct, impact_coefficient)",
                file + ":4: acount: unknown key 'acount'; did you mean 'account'? (valid keys: data, strategy, strategies, sizing, "
                        + "costs, execution, account, output, risk, store, alerts, llm)");
    }

    @Test
    void badTomlLine() throws IOException {
        Path file = file("[costs]\nfee_pct = 0.1\ncalendar nyse\n");

        rejected(file, file + ":3:9: TOML syntax error: Unknown token");
    }

    @Test
    void enumerationsListTheChoices() throws IOException {
        Path file = file("[execution]\ncalendar = \"nyce\"\n[sizing]\nrule = \"half\"\n");

        rejected(file, file + ":2: execution.calendar: expected one of \"nyse\", \"nasdaq\", \"fx\" or \"24/7\", got \"nyce\"; "
                        + "did you mean 'nyse'?",
                file + ":4: sizing.rule: expected a string like \"all-in\", \"fixed:100\" or \"percent:20\", got \"half\"");
    }

    @Test
    void keysThatGoTogether() throws IOException {
        Path file = file("[costs]\nfee_pct = 0.1\nfee_fixed = 1\n[account]\ninitial_margin_pct = 25\nmaintenance_margin_pct = 50\n");

        rejected(file, file + ":3: costs.fee_fixed: give only one of costs.fee_pct, costs.fee_per_share, costs.fee_fixed; "
                        + "costs.fee_pct is set on line 2",
                file + ":6: account.maintenance_margin_pct: expected at most account.initial_margin_pct (25), got 50");
    }

    @Test
    void unknownStrategyAndParameter() throws IOException {
        Path strategy = file("[strategy]\nname = \"sma-crss\"\n");
        rejected(strategy, strategy + ":2: strategy.name: unknown strategy 'sma-crss'; did you mean 'sma-cross'? (valid strategies: "
                + "buy-and-hold, sma-cross, ema-cross, rsi-reversion, bollinger-reversion, donchian-breakout, macd-trend, "
                + "sma-cross-ls, ema-cross-ls, rsi-reversion-ls, macd-trend-ls, equal-weight-monthly, momentum-12-1)");

        Path param = file("[strategy]\nname = \"sma-cross\"\n\n[strategy.params]\nfast = 5\nslwo = 20\n");
        rejected(param, param + ":6: strategy.params.slwo: unknown parameter 'slwo' of sma-cross; did you mean 'slow'? "
                + "(valid parameters: fast, slow)");
    }

    @Test
    void checkAlsoFindsMissingDataAndParametersThatDoNotFitTogether() throws IOException {
        Path file = file("[data]\npath = \"none.csv\"\n[strategy]\nname = \"sma-cross\"\n[strategy.params]\nfast = 50\n");

        Cli check = Cli.run("config", "check", file.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(file + ":2: data.path: no such file or directory: " + dir.resolve("none.csv") + "\n"
                + file + ":5: strategy.params: sma-cross: fast (50) must be < slow (30)\n2 errors\n");
    }

    @Test
    void aValidFileIsOk() throws IOException {
        Path file = file("[costs]\nfee_pct = 0.1\n[risk]\ndrawdown_halt_pct = 20\n");

        Cli check = Cli.run("config", "check", file.toString());

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).isEqualTo(file + ": OK\n");
    }

    @Test
    void theLlmTableIsCheckedWithFileLineAndKey() throws IOException {
        Path file = file("[llm]\nchain = [\"cloud\"]\n[llm.providers.local]\nkind = \"ollama\"\nmodel = \"llama3.1:8b\"\n"
                + "timeout_seconds = -1\n");
        Cli check = Cli.run("config", "check", file.toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(file + ":6: llm.providers.local.timeout_seconds: expected a number > 0 and "
                + "<= 3600, got -1\n1 error\n");

        Files.writeString(file, "[llm]\nchain = [\"cloud\"]\n[llm.providers.local]\nkind = \"ollama\"\nmodel = \"m\"\n");
        check = Cli.run("config", "check", file.toString());
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(file + ":2: llm.chain: chain names provider 'cloud', which has no "
                + "[llm.providers.cloud] table (providers: local)\n1 error\n");

        Files.writeString(file, "[llm]\nchain = [\"local\"]\n[llm.providers.local]\nkind = \"ollama\"\nmodel = \"m\"\n");
        check = Cli.run("config", "check", file.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Cli run = Cli.run("backtest", "--config", dir.resolve("none.toml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("wave: error: file not found: " + dir.resolve("none.toml"));
    }

    @Test
    void withoutDataOrStrategyTheErrorNamesFlagAndKey() throws IOException {
        Path file = file("[strategy]\nname = \"sma-cross\"\n");

        Cli noData = Cli.run("backtest", "--config", file.toString());
        Cli noStrategy = Cli.run("backtest", "--data", "x.csv");

        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.err().strip()).isEqualTo("wave: error: no data: give --data FILE|DIR, or data.path in wave.toml");
        assertThat(noStrategy.exitCode()).isEqualTo(2);
        assertThat(noStrategy.err().strip()).isEqualTo("wave: error: no strategy: give --strategy NAME, --strategy-class "
                + "CLASS or --spec FILE, or strategy.name, strategy.class or strategy.spec in wave.toml");
    }
}
