package wave.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.alerts.AlertDispatcher;
import wave.alerts.AlertKind;
import wave.alerts.ChannelStats;
import wave.alerts.ChannelWorker;
import wave.alerts.JsonWebhookChannel;
import wave.alerts.RetryPolicy;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.Portfolio;
import wave.engine.kernel.inbound.Command;
import wave.risk.TradingState;
import wave.risk.TradingStateChanged;
import wave.testkit.FakeHttpServer;

/**
 * The kernel's and the risk engine's events become alerts: the kill switch, a breaker trip, a strategy's error and halt,
 * and one summary per trading day in the market's zone, from the first traded step on. The kernel's calls return while
 * a channel hangs (a bounded wait, not a timing).
 */
class AlertingListenerTest {
    /** 2024-03-11 13:30 UTC (09:30 New York). */
    private static final long MONDAY = 1_710_163_800_000_000_000L;
    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void eventsBecomeAlertsAndEachTradingDayASummary() throws Exception {
        try (FakeHttpServer hook = FakeHttpServer.answering(200);
             AlertDispatcher alerts = new AlertDispatcher(EnumSet.allOf(AlertKind.class), List.of(new ChannelWorker(
                     new JsonWebhookChannel(hook.uri("/"), Duration.ofSeconds(5)), 100, RetryPolicy.DEFAULT)))) {
            Portfolio account = new Portfolio(Currency.USD, FixedPoint.moneyOfUnits(100_000));
            AlertingListener listener = new AlertingListener(alerts, account, ZoneId.of("America/New_York"), MONDAY);

            listener.onStep(MONDAY - 24 * HOUR); // warm-up: not summarised
            listener.onStep(MONDAY);
            listener.onCommand(new Command.HaltTrading("ops", "feed looks wrong"), MONDAY + HOUR);
            listener.onStateChanged(new TradingStateChanged(MONDAY + 2 * HOUR, TradingState.ACTIVE, TradingState.HALTED,
                    "breaker:daily_loss", "loss 3.2% of start-of-day equity >= 3%"));
            listener.onStrategyError(new StrategyId("sma-cross-ACME"), "onBar", MONDAY + 3 * HOUR,
                    new IllegalStateException("no price"));
            listener.onStep(MONDAY + 6 * HOUR); // 15:30 New York, same day
            listener.onStep(MONDAY + 24 * HOUR); // Tuesday: Monday's summary
            listener.onStrategyHalted(new StrategyId("sma-cross-ACME"), MONDAY + 25 * HOUR);
            listener.onEnd(MONDAY + 25 * HOUR); // Tuesday's summary
            assertThat(alerts.awaitIdle(Duration.ofSeconds(20))).isTrue();

            assertThat(hook.received()).extracting(r -> r.body().replaceAll("\"time\":\"[^\"]*\",", "")).containsExactly(
                    "{\"kind\":\"kill_switch\",\"title\":\"KILL SWITCH: trading halted by ops\",\"text\":\"feed looks wrong\"}",
                    "{\"kind\":\"breakers\",\"title\":\"BREAKER breaker:daily_loss: ACTIVE -> HALTED\",\"text\":\"loss 3.2% of "
                            + "start-of-day equity >= 3%\"}",
                    "{\"kind\":\"errors\",\"title\":\"ERROR sma-cross-ACME: onBar threw IllegalStateException\",\"text\":\"no price\"}",
                    "{\"kind\":\"daily_summary\",\"title\":\"DAILY 2024-03-11: equity 100,000\",\"text\":\"cash 100,000, 0 fills, "
                            + "0 refusals\"}",
                    "{\"kind\":\"errors\",\"title\":\"ERROR sma-cross-ACME: halted after repeated errors\",\"text\":\"its open "
                            + "orders are canceled\"}",
                    "{\"kind\":\"daily_summary\",\"title\":\"DAILY 2024-03-12: equity 100,000\",\"text\":\"cash 100,000, 0 fills, "
                            + "0 refusals\"}");
            assertThat(hook.received().get(3).body()).contains("\"time\":\"2024-03-11T19:30:00Z\"");
        }
    }

    @Test
    void theKernelsCallsReturnWhileAChannelHangs() throws Exception {
        try (FakeHttpServer hung = FakeHttpServer.hanging();
             AlertDispatcher alerts = new AlertDispatcher(EnumSet.allOf(AlertKind.class), List.of(new ChannelWorker(
                     new JsonWebhookChannel(hung.uri("/"), Duration.ofMinutes(10)), 16, RetryPolicy.DEFAULT)))) {
            AlertingListener listener = new AlertingListener(alerts, new Portfolio(Currency.USD, 0), ZoneId.of("UTC"),
                    Long.MIN_VALUE);
            // 100,000 fills and as many steps, each a day apart: every call returns although no alert is ever delivered
            // (a fill's alert reads the fill only, so no ticket is needed here)
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = 0; i < 100_000; i++) {
                    listener.onOrderEvent(null, new OrderFilled(new ClientOrderId(i + 1), MONDAY + i * 24 * HOUR,
                            InstrumentId.of("ACME"), OrderSide.BUY, FixedPoint.quantityOfUnits(1),
                            FixedPoint.priceOfUnits(10), 0, Currency.USD));
                    listener.onStep(MONDAY + i * 24 * HOUR);
                }
            });
            ChannelStats stats = alerts.stats().getFirst();
            assertThat(stats.sent()).isZero();
            assertThat(stats.dropped() + stats.queued()).isEqualTo(199_999);
            assertThat(stats.queued()).isBetween(16, 17);
        }
    }
}
