package wave.app.paper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.cli.WaveCli;
import wave.app.config.ConfigLocations;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderSide;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.strategy.Strategy;
import wave.store.Store;
import wave.store.StoreUrl;

/**
 * The control endpoint of a running paper session, on the loopback interface, called by {@code wave status}, {@code kill},
 * {@code reset} and {@code cancel-all}: 401 without the session's token, the kill switch in effect within a second, the
 * status showing the session's state.
 */
class PaperControlTest {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final BacktestConfig CONFIG = BacktestConfig.defaults().withInitialCash(Money.of("100000", Currency.USD));
    static final Pattern IN_EFFECT = Pattern.compile("in effect after (\\d+) ms");

    /** Rests a far limit buy on every bar: orders stay open until canceled. */
    public static final class RestingBids extends Strategy<RestingBids.Params> {
        /** No parameters. */
        public record Params() {
        }

        public RestingBids() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            limit(OrderSide.BUY, Quantity.of(1), Price.of("1"));
        }
    }

    @TempDir
    Path home;

    record Cli(int exitCode, String out, String err) {
    }

    Cli wave(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code;
        try (java.io.PrintWriter o = new java.io.PrintWriter(out); java.io.PrintWriter e = new java.io.PrintWriter(err)) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--session", "ctl",
                    "--home", home.toString())).toArray(String[]::new);
            code = WaveCli.execute(all, o, e, new ConfigLocations(home, home));
        }
        return new Cli(code, out.toString(), err.toString());
    }

    StatusSnapshot status() throws Exception {
        Cli run = wave("status", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readValue(run.out(), StatusSnapshot.class);
    }

    StatusSnapshot awaitStatus(Predicate<StatusSnapshot> condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        StatusSnapshot s = status();
        while (!condition.test(s) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            s = status();
        }
        assertThat(condition.test(s)).as(s.toString()).isTrue();
        return s;
    }

    @Test
    void statusKillResetAndCancelAllOnTheRealEndpoint() throws Exception {
        BarSeries series = SyntheticMarket.generate(SyntheticMarketConfig.defaults(5, List.of(ACME), 2_000, BarSpec.MINUTE_1)).series().getFirst();
        Backtest backtest = new Backtest(CONFIG, List.of(series), "bids", id -> new RestingBids(), false);
        try (Store store = Store.open(StoreUrl.sqlite(home.resolve("wave.db")));
             PaperSession session = PaperSession.open(store, "ctl", backtest, List.of(series), CONFIG.execution().calendar(), 20,
                     new PaperSessionStarted(PaperSession.wallClockNanos(), "bids", Map.of(), Currency.USD, CONFIG.initialCash().raw(), "test"))) {
            StatusBoard board = new StatusBoard("ctl", backtest.kernel(), () -> "off");
            backtest.listen(board);
            Thread kernel;
            try (ControlServer server = ControlServer.start(ControlServer.runDirectory(home, "ctl"), 0, board, session.inbound())) {
                kernel = Thread.ofPlatform().name("kernel").start(() -> {
                    try {
                        session.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                assertThat(server.file()).isEqualTo(home.resolve("paper/ctl/control.properties"));
                assertThat(Files.getPosixFilePermissions(server.file()))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                assertThat(Files.readString(server.file())).isEqualTo("url=http://127.0.0.1:" + server.port() + "\ntoken=" + server.token() + "\n");

                HttpClient http = HttpClient.newHttpClient();
                URI status = URI.create("http://127.0.0.1:" + server.port() + "/status");
                URI kill = URI.create("http://127.0.0.1:" + server.port() + "/kill");
                assertThat(http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
                assertThat(http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer " + "0".repeat(64)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
                assertThat(http.send(HttpRequest.newBuilder(kill).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
                assertThat(http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer " + server.token()).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

                StatusSnapshot trading = awaitStatus(s -> s.openOrders().size() >= 5);
                assertThat(trading.trading()).isEqualTo("running"); // the unauthorised kill changed nothing
                assertThat(trading.equity()).isEqualTo("100000");
                assertThat(trading.openOrders().getFirst()).isEqualTo(new StatusSnapshot.Order("ctl-1", "bids:ACME", "ACME.SIM", "BUY",
                        "LIMIT", "1", "0", "ACCEPTED"));
                Cli shown = wave("status");
                assertThat(shown.out()).startsWith("Paper session ctl at ").contains("Equity 100000 USD, cash 100000 USD\n",
                        "Trading: running; risk: off\n", "Positions: none\n", "  ctl-1 bids:ACME BUY LIMIT ACME.SIM 1, filled 0, ACCEPTED\n");

                Cli twice = wave("paper", "--strategy", "sma-cross", "--feed", "synthetic");
                assertThat(twice.exitCode()).isEqualTo(2);
                assertThat(twice.err()).isEqualTo("wave: error: paper session ctl is already running; 'wave stop --session ctl' stops it, "
                        + "or choose another --session\n");

                Cli killed = wave("kill");
                assertThat(killed.exitCode()).as(killed.err()).isZero();
                Matcher ms = IN_EFFECT.matcher(killed.out());
                assertThat(ms.find()).as(killed.out()).isTrue();
                assertThat(Long.parseLong(ms.group(1))).isLessThan(1_000);
                assertThat(killed.out()).startsWith("Kill switch: trading halted by operator: kill switch; ");
                StatusSnapshot halted = status();
                assertThat(halted.trading()).isEqualTo("halted by operator: kill switch");
                assertThat(halted.openOrders()).isEmpty();
                StatusSnapshot refusing = awaitStatus(s -> !s.lastRefusals().isEmpty());
                assertThat(refusing.lastRefusals().getLast()).contains(" denied (TRADING_HALTED): ");
                assertThat(refusing.openOrders()).isEmpty();

                Cli reset = wave("reset");
                assertThat(reset.out()).matches("Trading running in paper session ctl \\(after \\d+ ms\\)\\.\n");
                List<String> resting = awaitStatus(s -> s.openOrders().size() >= 3).openOrders().stream().map(StatusSnapshot.Order::id).toList();
                Cli cancel = wave("cancel-all");
                assertThat(cancel.exitCode()).as(cancel.err()).isZero();
                assertThat(cancel.out()).matches("Canceled \\d+ open orders of paper session ctl in \\d+ ms; trading running\\.\n");
                // every order open before the cancel-all is gone; the strategy rests new ones on later bars
                assertThat(status().openOrders()).extracting(StatusSnapshot.Order::id).doesNotContainAnyElementsOf(resting);
                session.stop("test over");
                kernel.join(10_000);
                assertThat(kernel.isAlive()).isFalse();
            }
            assertThat(home.resolve("paper/ctl/control.properties")).doesNotExist();
            Cli gone = wave("status");
            assertThat(gone.exitCode()).isEqualTo(2);
            assertThat(gone.err()).contains("no running paper session ctl: ").contains("control.properties does not exist");
        }
    }
}
