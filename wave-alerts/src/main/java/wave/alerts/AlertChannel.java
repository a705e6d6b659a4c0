package wave.alerts;

import java.io.IOException;

/**
 * Where alerts go: a webhook, a mail server, a chat bot. {@link #send} may block (the network); each channel runs on a
 * thread of its own ({@link ChannelWorker}), never on the kernel's.
 */
public interface AlertChannel {
    /** A name for counts and messages, e.g. {@code slack}; never a secret (no URL, no token). */
    String name();

    /**
     * Delivers one alert.
     *
     * @throws IOException          when it was not delivered (retried with backoff by the worker)
     * @throws InterruptedException when the worker is stopped
     */
    void send(Alert alert) throws IOException, InterruptedException;
}
