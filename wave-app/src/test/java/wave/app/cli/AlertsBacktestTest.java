package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.testkit.FakeHttpServer;

/**
 * {@code wave backtest --alerts FILE}: ORCL sma-cross over 2005 sends an alert per fill and a daily summary per trading
 * day to a JSON webhook on loopback; with a Slack channel that never answers, the run writes byte-identical outputs,
 * finishes, and reports what that channel dropped.
 */
class AlertsBacktestTest {
    @TempDir
    Path dir;

    private Cli backtest(Path alerts, Path out) {
        return Cli.run("backtest", "--no-record", "--data", SharedData.require(SharedData.ORCL).toString(), "--strategy",
                "sma-cross", "--from", "2005-01-03", "--to", "2005-12-30", "--fee-pct", "0.1", "--out", out.toString(),
                "--alerts", alerts.toString());
    }

    @Test
    void fillsAndDailySummariesReachAWebhook() throws IOException {
        try (FakeHttpServer hook = FakeHttpServer.answering(200)) {
            Files.writeString(dir.resolve("secrets"), "hook=" + hook.uri("/wave") + "\n");
            Path alerts = dir.resolve("alerts.toml");
            Files.writeString(alerts, """
                    events = ["fills", "daily_summary"]
                    secrets_file = "secrets"

                    [webhook]
                    url = "secret:hook"
                    """);
            Path out = dir.resolve("out");
            Cli run = backtest(alerts, out);
            assertThat(run.exitCode()).as(run.toString()).isZero();

            List<String> fills = Files.readAllLines(out.resolve("fills.csv"));
            List<String> days = Files.readAllLines(out.resolve("equity.csv"));
            List<String> bodies = hook.received().stream().map(FakeHttpServer.Received::body).toList();
            assertThat(bodies.stream().filter(b -> b.startsWith("{\"kind\":\"fills\""))).as(run.toString()).hasSize(fills.size() - 1);
            assertThat(bodies.stream().filter(b -> b.startsWith("{\"kind\":\"daily_summary\""))).hasSize(days.size() - 1);
            assertThat(bodies).anyMatch(b -> b.contains("\"title\":\"DAILY 2005-12-30: equity "));
            assertThat(run.errLines()).contains("Alerts (" + alerts + "): webhook: " + (bodies.size()) + " sent, 0 failed, 0 dropped");
        }
    }

    @Test
    void aHungChannelChangesNoOutputAndDropsWhatItCannotHold() throws IOException {
        Path without = dir.resolve("without");
        Cli plain = Cli.run("backtest", "--no-record", "--data", SharedData.require(SharedData.ORCL).toString(), "--strategy",
                "sma-cross", "--from", "2005-01-03", "--to", "2005-12-30", "--fee-pct", "0.1", "--out", without.toString());
        assertThat(plain.exitCode()).as(plain.toString()).isZero();

        try (FakeHttpServer hung = FakeHttpServer.hanging()) {
            Files.writeString(dir.resolve("secrets"), "slack=" + hung.uri("/services/T/B/X") + "\n");
            Path alerts = dir.resolve("alerts.toml");
            Files.writeString(alerts, """
                    queue = 4
                    timeout_ms = 600000
                    secrets_file = "secrets"

                    [slack]
                    url = "secret:slack"
                    """);
            Path with = dir.resolve("with");
            // the run waits at most AlertOptions.DRAIN for the hung channel after the backtest
            Cli run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> backtest(alerts, with));
            assertThat(run.exitCode()).as(run.toString()).isZero();

            for (String table : List.of("fills.csv", "orders.csv", "trades.csv", "equity.csv")) {
                assertThat(Files.readAllBytes(with.resolve(table))).as(table).isEqualTo(Files.readAllBytes(without.resolve(table)));
            }
            String stats = run.errLines().stream().filter(l -> l.startsWith("Alerts (")).findFirst().orElseThrow();
            assertThat(stats).startsWith("Alerts (" + alerts + "): slack: 0 sent, 0 failed, ");
            long dropped = Long.parseLong(stats.replaceAll(".*failed, ([0-9]+) dropped.*", "$1"));
            long steps = Files.readAllLines(with.resolve("equity.csv")).size() - 1;
            // every step's daily summary and every fill were offered; at most one in hand and four queued were kept
            assertThat(dropped).isGreaterThanOrEqualTo(steps - 5);
            assertThat(stats).endsWith(" abandoned");
        }
    }

    @Test
    void configCheckAndTheBacktestRefuseASecretInTheFile() throws IOException {
        Path config = dir.resolve("wave.toml");
        Files.writeString(config, "[alerts]\nevents = [\"fills\"]\n\n[alerts.slack]\nurl = \"https://hooks.example.com/T/B/leak\"\n");

        Cli check = Cli.run("config", "check", config.toString());
        Cli run = Cli.run("backtest", "--no-record", "--config", config.toString(), "--data",
                SharedData.require(SharedData.ORCL).toString(), "--strategy", "sma-cross", "--alerts", "default");

        String problem = config + ":5: alerts.slack.url: expected a reference env:NAME or secret:KEY: secrets never go in "
                + "the configuration file (the value is not shown)";
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).isEqualTo(problem + "\n1 error\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(problem).doesNotContain("leak");
        assertThat(run.out()).doesNotContain("Final equity");
    }
}
