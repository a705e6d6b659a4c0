package wave.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.alerts.AlertChannel;
import wave.alerts.AlertKind;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;

/**
 * The alert settings are read fail closed: every problem names its file, line and key; secrets are references to the
 * environment or a secrets file, and no message ever shows a secret's value.
 */
class AlertSettingsTest {
    @TempDir
    Path dir;

    private static final Map<String, String> ENVIRONMENT = Map.of("WAVE_SLACK_URL", "https://hooks.example.com/T/B/secret1",
            "WAVE_SMTP_PASSWORD", "pa55");

    @Test
    void readsEveryChannelWithItsSecretsFromTheEnvironmentAndTheSecretsFile() throws IOException {
        Files.writeString(dir.resolve("secrets"), "# alert secrets\nhook = https://example.com/wave\ntelegram=42:TOKEN\n");
        Path file = write("""
                events = ["fills", "kill_switch"]
                queue = 50
                attempts = 3
                backoff_ms = 100
                max_backoff_ms = 800
                secrets_file = "secrets"

                [slack]
                url = "env:WAVE_SLACK_URL"

                [webhook]
                url = "secret:hook"

                [telegram]
                token = "secret:telegram"
                chat_id = -100777

                [email]
                host = "smtp.example.com"
                user = "wave"
                password = "env:WAVE_SMTP_PASSWORD"
                from = "wave@example.com"
                to = ["ops@example.com"]
                """);
        AlertConfig config = AlertSettings.resolve(file.toString(), List.of(), ENVIRONMENT::get);

        assertThat(config.channels()).extracting(AlertChannel::name).containsExactly("slack", "webhook", "telegram", "email");
        assertThat(config.kinds()).containsExactlyInAnyOrder(AlertKind.FILL, AlertKind.KILL_SWITCH);
        assertThat(config.queue()).isEqualTo(50);
        assertThat(config.retry().attempts()).isEqualTo(3);
        assertThat(config.retry().firstBackoff().toMillis()).isEqualTo(100);
        assertThat(config.retry().maxBackoff().toMillis()).isEqualTo(800);
    }

    @Test
    void theAlertsTableOfWaveTomlIsReadWithDefault() throws IOException {
        Document home = toml("home.toml", "[costs]\nfee_pct = 0.1\n");
        Document work = toml("wave.toml", "[alerts]\nevents = [\"errors\"]\n\n[alerts.slack]\nurl = \"env:WAVE_SLACK_URL\"\n");
        AlertConfig config = AlertSettings.resolve("default", List.of(home, work), ENVIRONMENT::get);

        assertThat(config.kinds()).containsExactly(AlertKind.ERROR);
        assertThat(config.retry().attempts()).isEqualTo(5);
        assertThat(config.queue()).isEqualTo(1_000);
        assertThatThrownBy(() -> AlertSettings.resolve("default", List.of(home), ENVIRONMENT::get))
                .hasMessage("--alerts default: no [alerts] table in wave.toml (see docs/alerts.md)");
    }

    @Test
    void aSecretWrittenIntoTheFileIsRefusedWithoutShowingIt() throws IOException {
        Document work = toml("wave.toml", """
                [alerts]
                queue = 0

                [alerts.slack]
                url = "https://hooks.example.com/T/B/leaked"

                [alerts.telegram]
                token = "env:WAVE_TELEGRAM_TOKEN"
                chat_id = "1"
                """);
        List<String> problems = problems(() -> AlertSettings.resolve("default", List.of(work), ENVIRONMENT::get));

        assertThat(problems).containsExactly("wave.toml:2: alerts.queue: expected a whole number >= 1 and <= 1000000, got 0");
        Document secrets = toml("wave.toml", """
                [alerts.slack]
                url = "https://hooks.example.com/T/B/leaked"

                [alerts.telegram]
                token = "env:WAVE_TELEGRAM_TOKEN"
                chat_id = "1"

                [alerts.webhook]
                url = "secret:hook"
                """);
        List<String> secretProblems = problems(() -> AlertSettings.resolve("default", List.of(secrets), ENVIRONMENT::get));
        assertThat(secretProblems).containsExactly(
                "wave.toml:2: alerts.slack.url: expected a reference env:NAME or secret:KEY: secrets never go in the "
                        + "configuration file (the value is not shown)",
                "wave.toml:9: alerts.webhook.url: secret: references need secrets_file in the same table",
                "wave.toml:5: alerts.telegram.token: environment variable WAVE_TELEGRAM_TOKEN is not set");
        assertThat(String.join("\n", secretProblems)).doesNotContain("leaked");
    }

    @Test
    void unknownKeysEventsAndMissingSecretsAreNamed() throws IOException {
        Files.writeString(dir.resolve("secrets"), "other=1\n");
        Path file = write("""
                events = ["fills", "trades"]
                secrets_file = "secrets"

                [webhook]
                url = "secret:hook"
                """);
        assertThat(problems(() -> AlertSettings.resolve(file.toString(), List.of(), ENVIRONMENT::get))).containsExactly(
                file + ":1: events[1]: expected one of \"fills\", \"refusals\", \"breakers\", \"kill_switch\", "
                        + "\"daily_summary\" or \"errors\", got \"trades\"");
        Path fixed = write("secrets_file = \"secrets\"\n\n[webhook]\nurl = \"secret:hook\"\n");
        assertThat(problems(() -> AlertSettings.resolve(fixed.toString(), List.of(), ENVIRONMENT::get))).containsExactly(
                fixed + ":4: webhook.url: no hook in the secrets file " + dir.resolve("secrets").toAbsolutePath());
        Path none = write("queue = 10\n");
        assertThat(problems(() -> AlertSettings.resolve(none.toString(), List.of(), ENVIRONMENT::get))).containsExactly(
                none + ": no channel: give [alerts.slack], [alerts.webhook], [alerts.telegram] or [alerts.email]");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "alerts", ".toml");
        Files.writeString(file, text);
        return file;
    }

    private Document toml(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return Documents.read(file, name, DocumentFormat.TOML);
    }

    private interface Resolution {
        AlertConfig run() throws IOException;
    }

    private static List<String> problems(Resolution resolution) {
        try {
            resolution.run();
        } catch (DocumentException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem reported");
    }
}
