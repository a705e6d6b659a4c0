package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderStatus;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.market.HistoricalFeed;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.RandomTrader;

/**
 * A session run through the live event loop on replayed bars, delivered by another thread, equals the same session
 * backtested: the simulated clock reads each bar's availability time in both, so orders, fills and the equity curve
 * are the same.
 */
class ReplayedBarsTest {
    static Backtest session(BarSeries series) {
        return new Backtest(Backtests.withCash("100000").withAllowShort(true), List.of(series), "rt",
                id -> new RandomTrader(new RandomTrader.Params(5)), true);
    }

    @Test
    void replayingThroughTheInboundQueueGivesTheBacktestsOrdersFillsAndEquity() throws Exception {
        BarSeries series = Bars.randomWalk(Bars.ACME, 400, 11, 0);
        BacktestResult polled = session(series).run();

        InboundQueue inbound = new InboundQueue(16);
        Thread feed = new Thread(() -> {
            HistoricalFeed replay = new HistoricalFeed(List.of(series));
            while (replay.advance()) {
                inbound.put(new InboundEvent.BarReplayed(replay.bar(0).snapshot(), replay.availableNanos()), 5, TimeUnit.SECONDS);
            }
            inbound.put(new Command.Shutdown("replay over"), 5, TimeUnit.SECONDS);
        }, "feed");
        feed.start();
        BacktestResult live = session(series).runLive(inbound);
        feed.join();

        assertThat(polled.fills()).hasSizeGreaterThan(50);
        assertThat(live.fills()).isEqualTo(polled.fills());
        assertThat(live.equityRaw()).containsExactly(polled.equityRaw());
        assertThat(live.stepNanos()).containsExactly(polled.stepNanos());
        assertThat(statuses(live.tickets())).isEqualTo(statuses(polled.tickets()));
        assertThat(live.portfolio().cashRaw()).isEqualTo(polled.portfolio().cashRaw());
    }

    private static List<String> statuses(List<OrderTicket> tickets) {
        List<String> out = new ArrayList<>();
        for (OrderTicket t : tickets) {
            OrderStatus status = t.status();
            out.add(t.id() + " " + t.side() + " " + t.quantityRaw() + " " + status + " " + t.filledQuantityRaw());
        }
        return out;
    }
}
