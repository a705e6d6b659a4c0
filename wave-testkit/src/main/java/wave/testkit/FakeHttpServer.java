package wave.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback standing in for a webhook or bot API: records each request's path and body and answers
 * with the statuses given in turn (the last one repeated), or never answers until closed (a hung endpoint).
 */
public final class FakeHttpServer implements AutoCloseable {
    /** A request received. */
    public record Received(String method, String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);

    private FakeHttpServer(boolean hang, int... statuses) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> handle(exchange, hang, statuses));
        server.start();
    }

    /** Answers with {@code statuses} in turn, then the last one. */
    public static FakeHttpServer answering(int... statuses) throws IOException {
        return new FakeHttpServer(false, statuses);
    }

    /** Reads each request, then never answers (until closed). */
    public static FakeHttpServer hanging() throws IOException {
        return new FakeHttpServer(true, 200);
    }

    private void handle(HttpExchange exchange, boolean hang, int[] statuses) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        int index = requests.getAndIncrement();
        if (hang) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(statuses[Math.min(index, statuses.length - 1)], -1);
        exchange.close();
    }

    /** The server's base URI with {@code path}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The requests received so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
