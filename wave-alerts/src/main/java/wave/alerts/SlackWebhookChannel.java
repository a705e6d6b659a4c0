package wave.alerts;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * A Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat): posts {@code {"text": "..."}} with the title in
 * bold, the time and the details.
 */
public final class SlackWebhookChannel implements AlertChannel {
    private final HttpJsonPost post;

    /**
     * A channel posting to {@code webhook}.
     *
     * @param webhook the webhook URL (a secret: never shown)
     * @param timeout how long to wait for a connection and for the answer
     */
    public SlackWebhookChannel(URI webhook, Duration timeout) {
        this.post = new HttpJsonPost(name(), webhook, timeout);
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void send(Alert alert) throws IOException, InterruptedException {
        String text = "*" + alert.title() + "*\n" + alert.time() + (alert.text().isEmpty() ? "" : "\n" + alert.text());
        post.post(new Json().add("text", text).text());
    }
}
