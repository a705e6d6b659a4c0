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
 * A chat endpoint on loopback answering from a script of responses: OpenAI's chat completions
 * ({@code POST /v1/chat/completions}) or Ollama's native chat ({@code POST /api/chat}), each shaped as the provider's
 * API reference documents it. Records each request's body and Authorization header.
 */
public final class FakeLlmServer implements AutoCloseable {
    /** Which API the server speaks. */
    public enum Protocol {
        OPENAI("/v1/chat/completions", "/v1"),
        OLLAMA("/api/chat", "");

        final String path;
        final String baseSuffix;

        Protocol(String path, String baseSuffix) {
            this.path = path;
            this.baseSuffix = baseSuffix;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply: an HTTP status, a body, and a delay before answering. */
    record Reply(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final Protocol protocol;
    private volatile java.util.function.Function<String, String> responder;
    private final Deque<Reply> script = new ArrayDeque<>();
    public final List<String> requestBodies = Collections.synchronizedList(new ArrayList<>());
    public final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    /** An OpenAI chat-completions server. */
    public FakeLlmServer() throws IOException {
        this(Protocol.OPENAI);
    }

    public FakeLlmServer(Protocol protocol) throws IOException {
        this.protocol = protocol;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(protocol.path, this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + protocol.baseSuffix;
    }

    public FakeLlmServer answer(String content) {
        script.add(new Reply(200, body(content), 0));
        return this;
    }

    public FakeLlmServer reply(int status, String body) {
        script.add(new Reply(status, body, 0));
        return this;
    }

    public FakeLlmServer slowAnswer(String content, long delayMillis) {
        script.add(new Reply(200, body(content), delayMillis));
        return this;
    }

    /** Answers every request the script does not cover with the content the function gives for its body. */
    public FakeLlmServer respondWith(java.util.function.Function<String, String> contentOfRequest) {
        this.responder = contentOfRequest;
        return this;
    }

    public int requests() {
        return requestBodies.size();
    }

    private String body(String content) {
        return protocol == Protocol.OPENAI ? completion(content) : ollamaChat(content);
    }

    /** A non-streamed answer of Ollama's {@code /api/chat}, with its token counts (26 prompt, 40 completion). */
    public static String ollamaChat(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "llama3.1:8b");
        root.put("created_at", "2026-12-04T14:13:43.416799Z");
        ObjectNode message = root.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        root.put("done_reason", "stop");
        root.put("done", true);
        root.put("total_duration", 5_191_566_416L);
        root.put("load_duration", 2_154_458L);
        root.put("prompt_eval_count", 26);
        root.put("prompt_eval_duration", 383_809_000L);
        root.put("eval_count", 40);
        root.put("eval_duration", 4_799_921_000L);
        return root.toString();
    }

    /** An error of Ollama's API: {@code {"error": "..."}}. */
    public static String ollamaError(String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("error", message);
        return root.toString();
    }

    public static String completion(String content) {
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

    public static String error(String message, String type) {
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
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requestBodies.add(requestBody);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            Reply reply;
            synchronized (script) {
                reply = !script.isEmpty() ? script.poll() : responder != null ? new Reply(200, body(responder.apply(requestBody)), 0)
                        : new Reply(500, error("script exhausted", "server_error"), 0);
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
