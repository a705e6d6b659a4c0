package wave.app.cli;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine.Option;
import wave.app.paper.ControlServer;
import wave.store.WaveHome;

/**
 * The client side of a running paper session's control endpoint, for {@code wave status}, {@code kill}, {@code reset}
 * and {@code cancel-all}: it finds the endpoint's address and token in the session's run directory
 * ({@code <home>/paper/<session>/control.properties}) and calls it on the loopback interface.
 */
final class ControlClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Option(names = "--session", defaultValue = "paper", paramLabel = "NAME",
            description = "The running paper session (default: ${DEFAULT-VALUE}).")
    String session;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Wave's home directory, which holds the sessions' run directories (default: $WAVE_HOME, else ~/.wave).")
    String home;

    /**
     * True when a session of this name answers at the address its control file names (a file left by a session that
     * ended without removing it does not count).
     */
    boolean isRunning() throws InterruptedException {
        try {
            get("/status");
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code GET path}: the body. */
    String get(String path) throws IOException, InterruptedException {
        return send(path, "GET");
    }

    /** {@code POST path}: the body. */
    String post(String path) throws IOException, InterruptedException {
        return send(path, "POST");
    }

    private String send(String path, String method) throws IOException, InterruptedException {
        Path file = ControlServer.runDirectory(WaveHome.fromEnvironment(home).dir(), session).resolve(ControlServer.FILE);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no running paper session " + session + ": " + file + " does not exist; start one with "
                    + "'wave paper --session " + session + " ...' (and the same --home)");
        }
        Properties control = new Properties();
        control.load(new StringReader(Files.readString(file)));
        String url = control.getProperty("url");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + control.getProperty("token"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        // Made per call, not per command object: picocli builds every command's mixins at start-up, and an HTTP
        // client's TLS set-up would cost every wave command a few hundred milliseconds.
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("paper session " + session + " does not answer at " + url + " (it stopped without removing " + file + "?)", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("paper session " + session + " answered " + method + " " + path + " with HTTP " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }
}
