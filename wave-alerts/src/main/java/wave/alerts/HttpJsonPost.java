package wave.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts JSON with the JDK's HTTP client and treats any answer but 2xx as a failure. Messages name the channel and the
 * status, never the URL (webhook URLs and bot tokens are secrets).
 */
final class HttpJsonPost {
    private final String channel;
    private final URI uri;
    private final Duration timeout;
    private final HttpClient client;

    HttpJsonPost(String channel, URI uri, Duration timeout) {
        this.channel = channel;
        this.uri = uri;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    void post(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException(channel + ": " + e.getClass().getSimpleName() + " (no answer within " + timeout.toMillis()
                    + " ms or connection failed)", null);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(channel + ": HTTP " + response.statusCode());
        }
    }
}
