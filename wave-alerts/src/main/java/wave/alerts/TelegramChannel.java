package wave.alerts;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * A Telegram-compatible bot API: posts {@code {"chat_id": "...", "text": "..."}} to {@code <api>/bot<token>/sendMessage}.
 */
public final class TelegramChannel implements AlertChannel {
    private final HttpJsonPost post;
    private final String chatId;

    /**
     * A channel sending to one chat.
     *
     * @param api     the API's base URL, e.g. {@code https://api.telegram.org}
     * @param token   the bot's token (a secret: never shown)
     * @param chatId  the chat to write to
     * @param timeout how long to wait for a connection and for the answer
     */
    public TelegramChannel(URI api, String token, String chatId, Duration timeout) {
        String base = api.toString().endsWith("/") ? api.toString() : api + "/";
        this.post = new HttpJsonPost(name(), URI.create(base + "bot" + token + "/sendMessage"), timeout);
        this.chatId = chatId;
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public void send(Alert alert) throws IOException, InterruptedException {
        post.post(new Json().add("chat_id", chatId).add("text", alert.plainText()).text());
    }
}
