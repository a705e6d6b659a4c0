package wave.app.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundQueue;

/**
 * The control endpoint of a running paper session: HTTP on the loopback interface only, every request carrying the
 * session's token ({@code Authorization: Bearer TOKEN}; without it: 401). The token is 32 random bytes, new for each
 * start, written with the endpoint's address to {@value #FILE} in the session's run directory, readable by its owner
 * only (0600), and deleted when the session stops.
 * <ul>
 *   <li>{@code GET /status}: the {@link StatusSnapshot} as JSON.</li>
 *   <li>{@code POST /kill}: the kill switch: halts trading ({@code HaltTrading}) and cancels every working order.</li>
 *   <li>{@code POST /reset}: resumes trading after a halt ({@code ResumeTrading}, the explicit reset).</li>
 *   <li>{@code POST /cancel-all}: cancels every working order.</li>
 *   <li>{@code POST /stop}: stops the session cleanly, as Ctrl-C does ({@code Shutdown}).</li>
 * </ul>
 * Commands go through the kernel's inbound queue (journaled, then applied on the kernel thread); the answer (JSON) comes
 * once the session's status shows their effect, with the time that took ({@code effect_ms}) and the open orders before
 * and after.
 */
public final class ControlServer implements AutoCloseable {
    /** The file in the run directory that holds the endpoint's address and token. */
    public static final String FILE = "control.properties";
    /** Who the commands name. */
    public static final String OPERATOR = "operator";
    private static final long PUT_TIMEOUT_MS = 1_000;
    /** How long a command's request waits for the session to show its effect, milliseconds. */
    private static final long EFFECT_WAIT_MS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin server;
    private final Path file;
    private final byte[] token;

    private ControlServer(Javalin server, Path file, byte[] token) {
        this.server = server;
        this.file = file;
        this.token = token;
    }

    /**
     * Starts the endpoint on {@code 127.0.0.1:port} (0: a free port) and writes {@value #FILE} into {@code runDir}.
     *
     * @throws UncheckedIOException when the run directory or the file cannot be written
     */
    public static ControlServer start(Path runDir, int port, StatusBoard board, InboundQueue inbound) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        byte[] expected = token.getBytes(StandardCharsets.US_ASCII);
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> authorize(ctx, expected));
            config.routes.get("/status", ctx -> json(ctx, HttpStatus.OK, board.current()));
            config.routes.post("/kill", ctx -> {
                StatusSnapshot before = board.current();
                long start = System.nanoTime();
                queue(inbound, new Command.HaltTrading(OPERATOR, "kill switch"), new Command.CancelAll("kill switch"));
                StatusSnapshot after = await(board, s -> s.trading().startsWith("halted") && s.openOrders().isEmpty());
                answer(ctx, start, before, after);
            });
            config.routes.post("/reset", ctx -> {
                StatusSnapshot before = board.current();
                long start = System.nanoTime();
                queue(inbound, new Command.ResumeTrading(OPERATOR, "reset"));
                answer(ctx, start, before, await(board, s -> s.trading().equals("running")));
            });
            config.routes.post("/cancel-all", ctx -> {
                StatusSnapshot before = board.current();
                Set<String> open = before.openOrders().stream().map(StatusSnapshot.Order::id).collect(Collectors.toSet());
                long start = System.nanoTime();
                queue(inbound, new Command.CancelAll(OPERATOR));
                answer(ctx, start, before, await(board, s -> s.openOrders().stream().noneMatch(o -> open.contains(o.id()))));
            });
            config.routes.post("/stop", ctx -> {
                StatusSnapshot before = board.current();
                long start = System.nanoTime();
                queue(inbound, new Command.Shutdown(OPERATOR + ": wave stop"));
                answer(ctx, start, before, await(board, StatusSnapshot::stopped));
            });
        });
        server.start("127.0.0.1", port);
        try {
            Path written = write(runDir, "url=http://127.0.0.1:" + server.port() + "\ntoken=" + token + "\n");
            return new ControlServer(server, written, expected);
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException("cannot write the control file in " + runDir + ": " + e.getMessage(), e);
        }
    }

    /** The port the endpoint listens on. */
    public int port() {
        return server.port();
    }

    /** The run directory of {@code session} in Wave's home directory {@code homeDir}: where its control file lives. */
    public static Path runDirectory(Path homeDir, String session) {
        return homeDir.resolve("paper").resolve(session);
    }

    /** The file holding the address and token. */
    public Path file() {
        return file;
    }

    /** The token, for tests that call the endpoint themselves. */
    public String token() {
        return new String(token, StandardCharsets.US_ASCII);
    }

    /** Stops the endpoint and deletes its file. */
    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void authorize(Context ctx, byte[] expected) {
        String header = ctx.header("Authorization");
        byte[] given = header == null || !header.startsWith("Bearer ") ? new byte[0]
                : header.substring("Bearer ".length()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new UnauthorizedResponse("missing or wrong token: send 'Authorization: Bearer TOKEN' with the token of " + FILE);
        }
    }

    private static void queue(InboundQueue inbound, Command... commands) {
        for (Command command : commands) {
            inbound.put(command, PUT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** The board's snapshot once {@code done} holds, or the last one after {@value #EFFECT_WAIT_MS} ms. */
    private static StatusSnapshot await(StatusBoard board, Predicate<StatusSnapshot> done) {
        long deadline = System.nanoTime() + EFFECT_WAIT_MS * 1_000_000L;
        StatusSnapshot now = board.current();
        while (!done.test(now) && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(1_000_000L);
            now = board.current();
        }
        return now;
    }

    /**
     * 200 with what the command changed and how long after the request the session showed it ({@code effect_ms}); 504
     * when it did not within {@value #EFFECT_WAIT_MS} ms.
     */
    private static void answer(Context ctx, long startNanos, StatusSnapshot before, StatusSnapshot after) throws JsonProcessingException {
        long ms = (System.nanoTime() - startNanos) / 1_000_000L;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effect_ms", ms);
        body.put("trading", after.trading());
        body.put("open_orders_before", before.openOrders().size());
        body.put("open_orders", after.openOrders().size());
        boolean late = ms >= EFFECT_WAIT_MS;
        json(ctx, late ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.OK, body);
    }

    private static void json(Context ctx, HttpStatus status, Object body) throws JsonProcessingException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    }

    private static Path write(Path runDir, String text) throws IOException {
        Files.createDirectories(runDir);
        Path target = runDir.resolve(FILE);
        Path temp = runDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(temp);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(ownerOnly));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
