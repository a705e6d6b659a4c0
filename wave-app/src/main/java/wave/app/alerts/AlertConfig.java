package wave.app.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import wave.alerts.AlertChannel;
import wave.alerts.AlertDispatcher;
import wave.alerts.AlertKind;
import wave.alerts.ChannelWorker;
import wave.alerts.RetryPolicy;

/**
 * Checked alert settings: the channels (built, not yet connected), the events sent, each channel's queue and retries.
 *
 * @param description where it came from, for messages (a file, or {@code wave.toml})
 * @param kinds       the events sent
 * @param queue       alerts each channel holds while busy
 * @param retry       how failed deliveries are retried
 * @param channels    the channels, at least one
 */
public record AlertConfig(String description, Set<AlertKind> kinds, int queue, RetryPolicy retry, List<AlertChannel> channels) {
    /** Copies the collections. */
    public AlertConfig {
        kinds = Set.copyOf(kinds);
        channels = List.copyOf(channels);
    }

    /** Starts a thread per channel and returns the dispatcher over them. */
    public AlertDispatcher start() {
        List<ChannelWorker> workers = new ArrayList<>();
        for (AlertChannel channel : channels) {
            workers.add(new ChannelWorker(channel, queue, retry));
        }
        return new AlertDispatcher(kinds, workers);
    }
}
