package wave.alerts;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * A generic JSON webhook: posts {@code {"kind": "fills", "time": "2024-03-12T13:31:00Z", "title": "...", "text":
 * "..."}}, {@code kind} being the event's name in {@code [alerts] events}.
 */
public final class JsonWebhookChannel implements AlertChannel {
    private final HttpJsonPost post;

    /**
     * A channel posting to {@code url}.
     *
     * @param url     the endpoint (a secret: never shown)
     * @param timeout how long to wait for a connection and for the answer
     */
    public JsonWebhookChannel(URI url, Duration timeout) {
        this.post = new HttpJsonPost(name(), url, timeout);
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(Alert alert) throws IOException, InterruptedException {
        post.post(new Json().add("kind", alert.kind().key()).add("time", alert.time()).add("title", alert.title())
                .add("text", alert.text()).text());
    }
}
