package wave.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A chat-completions endpoint on loopback ({@code POST /v1/chat/completions}) answering from a script of
 * responses, shaped as OpenAI's API reference documents them. Records each request's body and Authorization header.
 */
final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply: an HTTP status, a body, and a delay before answering. */
    record Reply(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    final List<String> requestBodies = Collections.synchronizedList(new ArrayList<>());
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeOpenAiServer answer(String content) {
        script.add(new Reply(200, completion(content), 0));
        return this;
    }

    FakeOpenAiServer reply(int status, String body) {
        script.add(new Reply(status, body, 0));
        return this;
    }

    FakeOpenAiServer slowAnswer(String content, long delayMillis) {
        script.add(new Reply(200, completion(content), delayMillis));
        return this;
    }

    int requests() {
        return requestBodies.size();
    }

    static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-wave-test");
        root.put("object", "chat.completion");
        root.put("created", 1_764_000_000L);
        root.put("model", "fake-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 120);
        usage.put("completion_tokens", 40);
        usage.put("total_tokens", 160);
        return root.toString();
    }

    static String error(String message, String type) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        error.putNull("code");
        return root.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requestBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            Reply reply;
            synchronized (script) {
                reply = script.isEmpty() ? new Reply(500, error("script exhausted", "server_error"), 0) : script.poll();
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            // An error body that echoes the key it received, as a careless proxy might: the analyst must scrub it.
            String body = reply.body().replace("${AUTH}", auth == null ? "" : auth);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
