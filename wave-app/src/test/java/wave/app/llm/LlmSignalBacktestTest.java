package wave.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.strategy.Strategy;
import wave.indicators.average.Sma;
import wave.llm.ChatAnalyst;
import wave.llm.FakeLlmServer;
import wave.llm.InteractionSource;
import wave.llm.ReplayStore;
import wave.llm.ReplayingAnalyst;
import wave.llm.config.ProviderConfig;
import wave.llm.config.ProviderKind;
import wave.llm.prompt.AccountSummary;
import wave.llm.prompt.PromptBuilder;
import wave.llm.prompt.PromptSettings;
import wave.llm.signal.AnalystSignalSource;
import wave.llm.signal.SignalCombiner;
import wave.llm.signal.SignalSource;
import wave.llm.signal.SourceMonitor;
import wave.llm.signal.Tripper;
import wave.risk.AverageVolume;
import wave.risk.KernelRiskActions;
import wave.risk.RiskEngine;
import wave.risk.RiskKeys;
import wave.risk.RiskRefusals;
import wave.risk.SectorMap;

/**
 * Advice as one signal among others in a backtest: a trend model and the analyst (a loopback model whose answers
 * follow the RSI it is quoted) are combined, the combined signal reaches the kernel, a long-only strategy follows it,
 * and the risk engine's {@code min_confidence} gates the orders. Recorded advice replays to the same fills with the
 * network down.
 */
class LlmSignalBacktestTest {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final long DAY = Duration.ofDays(1).toNanos();
    static final Pattern RSI = Pattern.compile("RSI\\(14\\)=([0-9.]+)");

    private FakeLlmServer server;
    private final List<String> trips = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A seeded random walk of 160 daily bars with cent prices. */
    static BarSeries walk() {
        Random random = new Random(42);
        BarSeries.Builder b = BarSeries.builder(ACME, BarSpec.parse("1d"), 160);
        long start = LocalDate.of(2024, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        long cents = 10_000;
        for (int i = 0; i < 160; i++) {
            long open = cents;
            long close = Math.max(1_000, open + random.nextInt(601) - 300);
            long high = Math.max(open, close) + random.nextInt(100);
            long low = Math.min(open, close) - random.nextInt(100);
            b.add(start + i * DAY, cents(open), cents(high), cents(low), cents(close), 10_000);
            cents = close;
        }
        return b.build();
    }

    private static long cents(long cents) {
        return FixedPoint.priceFromBigDecimal(BigDecimal.valueOf(cents, 2));
    }

    /** The model: buy when the quoted RSI is below 45, sell above 60, else hold, with the confidence it states. */
    static String answer(String requestBody) {
        Matcher m = RSI.matcher(requestBody);
        double rsi = m.find() ? Double.parseDouble(m.group(1)) : 50;
        String action = rsi < 45 ? "BUY" : rsi > 60 ? "SELL" : "HOLD";
        double confidence = action.equals("HOLD") ? 0.5 : 0.9;
        return "{\"action\":\"" + action + "\",\"confidence\":" + confidence + ",\"horizon\":\"3d\",\"risk_level\":\"low\","
                + "\"rationale\":\"RSI " + rsi + ".\",\"key_factors\":[\"rsi\"]}";
    }

    /** A quantitative model: long with confidence 0.6 while SMA(5) is above SMA(20), else flat; horizon 5 days. */
    static final class TrendSource implements SignalSource {
        @Override
        public String name() {
            return "model:trend";
        }

        @Override
        public Optional<Signal> signal(BarSeries series, long asOfNanos, AccountSummary account) {
            int known = 0;
            while (known < series.size() && series.tsNanos(known) <= asOfNanos) {
                known++;
            }
            double[] closes = Arrays.copyOf(series.closes(), known);
            double fast = Sma.compute(closes, 5)[known - 1];
            double slow = Sma.compute(closes, 20)[known - 1];
            if (Double.isNaN(slow)) {
                return Optional.empty();
            }
            return Optional.of(new Signal(name(), series.instrument(), fast > slow ? SignalDirection.LONG : SignalDirection.FLAT,
                    1.0, Double.NaN, 0.6, Duration.ofDays(5), series.tsNanos(known - 1), "", ""));
        }
    }

    /** Long-only: buys when the latest combined signal is long and it is flat, closes when it is not. */
    static final class Follower extends Strategy<Follower.Params> {
        record Params() {
        }

        private Signal latest;

        Follower() {
            super(new Params());
        }

        @Override
        protected void onSignal(Signal signal) {
            latest = signal;
        }

        @Override
        protected void onBar(Bar bar) {
            if (latest == null) {
                return;
            }
            if (latest.direction() == SignalDirection.LONG && isFlat()) {
                buy();
            } else if (latest.direction() != SignalDirection.LONG && isLong()) {
                closePosition();
            }
        }
    }

    record Run(List<String> fills, List<Signal> signals, Map<String, Integer> refusals, RiskEngine engine) {
    }

    private ChatAnalyst liveAnalyst() {
        return new ChatAnalyst(ProviderConfig.local("cloud", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "fake-model",
                Duration.ofSeconds(5), 256), Map.<String, String>of()::get);
    }

    /** One backtest; {@code analyst} null runs on the trend model alone. */
    private Run run(InteractionSource analyst, double minConfidence, SourceMonitor monitor) {
        BarSeries series = walk();
        BacktestConfig config = BacktestConfig.defaults();
        Backtest backtest = new Backtest(config, List.of(series), "follower", id -> new Follower(), true);
        RiskEngine engine = new RiskEngine(new RiskKeys().set("min_confidence", BigDecimal.valueOf(minConfidence)).build(),
                backtest.kernel().portfolio(), config.execution().calendar(), SectorMap.NONE, AverageVolume.NONE,
                new KernelRiskActions(backtest.kernel()));
        RiskRefusals refusals = new RiskRefusals();
        List<SignalSource> sources = new ArrayList<>(List.of(new TrendSource()));
        if (analyst != null) {
            sources.add(new AnalystSignalSource(new PromptBuilder(PromptSettings.DEFAULT), analyst, monitor, Duration.ofDays(1)));
        }
        SignalFeed feed = new SignalFeed(backtest.kernel(), List.of(series), sources,
                new SignalCombiner(Map.of("model:trend", 1.0, "llm:analyst", 1.0)));
        backtest.addPreTradeCheck(engine).listen(engine).listen(refusals).listen(feed);
        BacktestResult result = backtest.run();
        List<String> fills = result.fills().stream().map(f -> f.tsNanos() / DAY + " " + f.side() + " "
                + FixedPoint.formatQuantity(f.quantityRaw()) + " at " + FixedPoint.formatPrice(f.priceRaw())).toList();
        return new Run(fills, List.copyOf(feed.emitted()), refusals.countsByRule(), engine);
    }

    private SourceMonitor monitor(int failures) {
        return new SourceMonitor(failures, 30, 0.0, (Tripper) (who, reason) -> trips.add(who + ": " + reason));
    }

    @Test
    void recordedAdviceReplaysToIdenticalFillsWithTheNetworkDown() {
        server.respondWith(LlmSignalBacktestTest::answer);
        ReplayStore store = new ReplayStore();
        ChatAnalyst live = liveAnalyst();
        Run recorded = run(ReplayingAnalyst.recording(store, live), 0.0, monitor(3));
        int calls = server.requests();
        assertThat(calls).as("one prompt a bar").isEqualTo(160);
        assertThat(store.size()).isEqualTo(160);
        assertThat(recorded.fills()).hasSizeGreaterThan(4);
        assertThat(recorded.signals()).anySatisfy(s -> assertThat(s.provenance()).startsWith("interaction:"));

        server.close(); // the network is down: a call would fail and the fills would change
        Run first = run(ReplayingAnalyst.replayOnly(store, live::keyOf), 0.0, monitor(1));
        Run second = run(ReplayingAnalyst.replayOnly(store, live::keyOf), 0.0, monitor(1));
        assertThat(first.fills()).isEqualTo(recorded.fills());
        assertThat(second.fills()).isEqualTo(first.fills());
        assertThat(second.signals()).isEqualTo(recorded.signals());
        assertThat(trips).as("no replayed prompt was missing").isEmpty();
        assertThat(server.requests()).isEqualTo(calls);

        Run trendOnly = run(null, 0.0, monitor(1));
        assertThat(trendOnly.fills()).as("the advice changed the trades").isNotEqualTo(recorded.fills());
    }

    @Test
    void theRiskEnginesMinimumConfidenceGatesTheCombinedSignal() {
        server.respondWith(LlmSignalBacktestTest::answer);
        ReplayStore store = new ReplayStore();
        Run open = run(ReplayingAnalyst.recording(store, liveAnalyst()), 0.0, monitor(3));
        Run gated = run(ReplayingAnalyst.replayOnly(store, liveAnalyst()::keyOf), 0.7, monitor(1));
        // Trend long (0.6) and the analyst long (0.9) combine to 0.75; either alone, or disagreeing, stays below 0.7.
        long strongLongs = open.signals().stream().filter(s -> s.direction() == SignalDirection.LONG && s.confidence() >= 0.7).count();
        assertThat(strongLongs).isPositive();
        assertThat(gated.refusals()).containsOnlyKeys("risk.min_confidence");
        assertThat(gated.refusals().get("risk.min_confidence")).isEqualTo(35);
        assertThat(gated.fills().size()).isLessThan(open.fills().size());
        assertThat(open.refusals()).isEmpty();
    }

    @Test
    void withTheAnalystDownTradingContinuesOnTheQuantitativeSignalAlone() {
        for (int i = 0; i < 200; i++) {
            server.reply(500, FakeLlmServer.error("The server had an error while processing your request.", "server_error"));
        }
        Run down = run(liveAnalyst(), 0.0, monitor(1_000));
        Run trendOnly = run(null, 0.0, monitor(1_000));
        assertThat(down.fills()).isNotEmpty().isEqualTo(trendOnly.fills());
        assertThat(down.signals()).isEqualTo(trendOnly.signals());
        assertThat(trips).isEmpty();
    }

    @Test
    void repeatedFailuresOfTheAnalystTripTheRiskEnginesBreaker() {
        for (int i = 0; i < 200; i++) {
            server.reply(500, FakeLlmServer.error("The server had an error while processing your request.", "server_error"));
        }
        BarSeries series = walk();
        BacktestConfig config = BacktestConfig.defaults();
        Backtest backtest = new Backtest(config, List.of(series), "follower", id -> new Follower(), true);
        RiskEngine engine = new RiskEngine(new RiskKeys().build(), backtest.kernel().portfolio(), config.execution().calendar(),
                SectorMap.NONE, AverageVolume.NONE, new KernelRiskActions(backtest.kernel()));
        SourceMonitor monitor = new SourceMonitor(3, 30, 0.45, engine::trip);
        SignalFeed feed = new SignalFeed(backtest.kernel(), List.of(series), List.of(new TrendSource(),
                new AnalystSignalSource(new PromptBuilder(PromptSettings.DEFAULT), liveAnalyst(), monitor, Duration.ofDays(1))),
                new SignalCombiner(Map.of("model:trend", 1.0, "llm:analyst", 1.0)));
        backtest.addPreTradeCheck(engine).listen(engine).listen(feed);
        BacktestResult result = backtest.run();
        assertThat(engine.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from() + " -> " + t.to() + " by " + t.who()).isEqualTo("ACTIVE -> HALTED by signal-source:llm:analyst");
            assertThat(t.reason()).startsWith("3 failures in a row, the last: SERVER_ERROR: provider error:");
            // Tripped after the third bar; the kernel applies the halt at its next step.
            assertThat(t.tsNanos()).isEqualTo(series.tsNanos(3));
        });
        assertThat(result.fills()).as("halted from the third bar, before the trend model could signal").isEmpty();
    }
}
