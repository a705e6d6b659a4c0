package wave.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.testkit.FakeHttpServer;

/**
 * Each channel works on its own thread behind a bounded queue: failures are retried with backoff and counted, a full
 * queue drops and counts, and a hung channel neither blocks the caller nor holds up another channel.
 */
class ChannelWorkerTest {
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Alert alert(int i) {
        return new Alert(AlertKind.FILL, i * 1_000_000_000L, "FILL " + i, "");
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));
        assertThat(List.of(policy.backoffMillis(1), policy.backoffMillis(2), policy.backoffMillis(3), policy.backoffMillis(4),
                policy.backoffMillis(5))).containsExactly(100L, 200L, 400L, 500L, 500L);
    }

    @Test
    void aFailedDeliveryIsRetriedUntilItSucceeds() throws Exception {
        try (FakeHttpServer hook = FakeHttpServer.answering(500, 503, 200);
             ChannelWorker worker = new ChannelWorker(new JsonWebhookChannel(hook.uri("/"), WAIT), 10, FAST)) {
            assertThat(worker.offer(alert(1))).isTrue();
            assertThat(worker.awaitIdle(WAIT)).isTrue();

            assertThat(worker.stats()).isEqualTo(new ChannelStats("webhook", 1, 0, 0, 2, 0));
            assertThat(hook.received()).hasSize(3);
            assertThat(worker.lastError()).isEqualTo("webhook: HTTP 503");
        }
    }

    @Test
    void anAlertIsGivenUpAfterItsLastTryAndTheNextOneStillGoes() throws Exception {
        try (FakeHttpServer hook = FakeHttpServer.answering(500, 500, 500, 200);
             ChannelWorker worker = new ChannelWorker(new SlackWebhookChannel(hook.uri("/"), WAIT), 10, FAST)) {
            worker.offer(alert(1));
            worker.offer(alert(2));
            assertThat(worker.awaitIdle(WAIT)).isTrue();

            assertThat(worker.stats()).isEqualTo(new ChannelStats("slack", 1, 1, 0, 2, 0));
            assertThat(hook.received()).extracting(r -> r.body().substring(0, 16))
                    .containsExactly("{\"text\":\"*FILL 1", "{\"text\":\"*FILL 1", "{\"text\":\"*FILL 1", "{\"text\":\"*FILL 2");
        }
    }

    @Test
    void aHungChannelDropsWhatItsQueueCannotHoldAndNeverBlocksTheCaller() throws Exception {
        try (FakeHttpServer hung = FakeHttpServer.hanging();
             FakeHttpServer healthy = FakeHttpServer.answering(200)) {
            ChannelWorker stuck = new ChannelWorker(new JsonWebhookChannel(hung.uri("/"), Duration.ofMinutes(10)), 8, FAST);
            ChannelWorker working = new ChannelWorker(new JsonWebhookChannel(healthy.uri("/"), WAIT), 2_000, FAST);
            try (AlertDispatcher alerts = new AlertDispatcher(EnumSet.allOf(AlertKind.class), List.of(stuck, working))) {
                for (int i = 0; i < 1_000; i++) {
                    alerts.publish(alert(i));
                }
                // every publish returned although the first channel holds one alert in a request that never ends
                assertThat(working.awaitIdle(WAIT)).isTrue();
                assertThat(healthy.received()).hasSize(1_000);
                assertThat(working.stats()).isEqualTo(new ChannelStats("webhook", 1_000, 0, 0, 0, 0));

                ChannelStats stuckStats = stuck.stats();
                assertThat(stuckStats.sent()).isZero();
                // one alert in hand at most, eight queued, the rest dropped
                assertThat(stuckStats.dropped()).isBetween(991L, 992L);
                assertThat(stuckStats.dropped() + stuckStats.queued()).isEqualTo(1_000);
                assertThat(stuck.awaitIdle(Duration.ofMillis(50))).isFalse();
            }
        }
    }

    @Test
    void onlyTheKindsAskedForAreSent() throws Exception {
        try (FakeHttpServer hook = FakeHttpServer.answering(200);
             AlertDispatcher alerts = new AlertDispatcher(EnumSet.of(AlertKind.KILL_SWITCH),
                     List.of(new ChannelWorker(new JsonWebhookChannel(hook.uri("/"), WAIT), 10, FAST)))) {
            alerts.publish(alert(1));
            alerts.publish(TradingAlerts.killSwitch(0, true, "ops", "market data looks wrong"));
            assertThat(alerts.awaitIdle(WAIT)).isTrue();

            assertThat(alerts.wants(AlertKind.FILL)).isFalse();
            assertThat(hook.received()).extracting(FakeHttpServer.Received::body).containsExactly(
                    "{\"kind\":\"kill_switch\",\"time\":\"1970-01-01T00:00:00Z\",\"title\":\"KILL SWITCH: trading halted by "
                            + "ops\",\"text\":\"market data looks wrong\"}");
        }
    }
}
