package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;
import wave.alerts.AlertDispatcher;
import wave.alerts.ChannelStats;
import wave.app.alerts.AlertConfig;
import wave.app.alerts.AlertSettings;
import wave.app.alerts.AlertingListener;
import wave.app.backtest.RiskRun;
import wave.config.Document;
import wave.engine.backtest.Backtest;

/**
 * {@code --alerts FILE|default}: a backtest sends alerts as it runs, through the channels of an alerts file or of the
 * {@code [alerts]} table of {@code wave.toml}; afterwards it waits a little for the channels and prints their counts.
 */
final class AlertOptions {
    /** How long a finished run waits for its channels to send what they hold. */
    static final Duration DRAIN = Duration.ofSeconds(5);

    @Option(names = "--alerts", paramLabel = "FILE|default",
            description = {"Send alerts (fills, refusals, breakers, kill switch, daily summary, errors) while the run goes:",
                    "an alerts file, or 'default' for the [alerts] table of wave.toml (docs/alerts.md)."})
    String choice;

    private AlertConfig config;
    private AlertDispatcher dispatcher;

    /** Reads and checks the settings (fail closed) when {@code --alerts} was given. */
    void resolve(List<Document> configs) throws IOException {
        if (choice != null) {
            config = AlertSettings.resolve(choice, configs, System::getenv);
        }
    }

    /**
     * Starts the channels and puts the alerting listener on the backtest (and its risk engine); call before it runs.
     *
     * @param fromNanos the first step traded (daily summaries start there), nanoseconds since the epoch (UTC)
     */
    void attach(Backtest backtest, RiskRun risk, long fromNanos) {
        if (config == null) {
            return;
        }
        dispatcher = config.start();
        AlertingListener listener = new AlertingListener(dispatcher, backtest.kernel().portfolio(),
                backtest.kernel().calendar().zone(), fromNanos);
        backtest.listen(listener);
        if (risk != null) {
            risk.engine().addListener(listener);
        }
    }

    /** Waits up to {@link #DRAIN} for the channels, stops them and prints each one's counts to {@code err}. */
    void finish(PrintWriter err) throws InterruptedException {
        if (dispatcher == null) {
            return;
        }
        boolean drained = dispatcher.awaitIdle(DRAIN);
        List<ChannelStats> stats = dispatcher.stats();
        dispatcher.close();
        StringBuilder line = new StringBuilder("Alerts (").append(config.description()).append("): ");
        for (int i = 0; i < stats.size(); i++) {
            line.append(i == 0 ? "" : "; ").append(stats.get(i));
            if (!drained && stats.get(i).queued() > 0) {
                line.append(", ").append(stats.get(i).queued()).append(" abandoned");
            }
        }
        err.println(line);
    }
}
