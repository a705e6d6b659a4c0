package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.money.Quantity;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderSubmitted;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/**
 * Orders over a venue's rate held and released on the kernel's clock ({@code venue_rate_mode = "queue"} and
 * {@code "pace"}): a strategy places five market buys of 1 share at its first bar's close (time t), at 2 orders a second
 * with a queue of 2.
 */
class VenueQueueTest {
    private static final long SECOND = 1_000_000_000L;

    /** Places five buys of 1 on its first bar, then runs {@code afterBurst} with the time they were placed. */
    static final class Burst extends Strategy<Burst.Params> {
        record Params() {
        }

        final List<OrderTicket> tickets = new ArrayList<>();
        final java.util.function.LongConsumer afterBurst;
        final boolean cancelThird;

        Burst(java.util.function.LongConsumer afterBurst, boolean cancelThird) {
            super(new Params());
            this.afterBurst = afterBurst;
            this.cancelThird = cancelThird;
        }

        @Override
        protected void onBar(Bar bar) {
            if (tickets.isEmpty()) {
                for (int i = 0; i < 5; i++) {
                    tickets.add(buy(Quantity.of(1)));
                }
                if (cancelThird) {
                    cancel(tickets.get(2));
                }
                afterBurst.accept(tickets.getFirst().placedNanos());
            }
        }
    }

    private record Run(Burst burst, BacktestResult result, RiskEngine engine) {
        /** Each ticket: when it was submitted after t in ms, or how it ended. */
        List<String> outcomes() {
            List<String> out = new ArrayList<>();
            long t = burst.tickets.getFirst().placedNanos();
            for (OrderTicket ticket : burst.tickets) {
                OrderEvent submitted = result.events().stream()
                        .filter(e -> e instanceof OrderSubmitted s && s.orderId().equals(ticket.id())).findFirst().orElse(null);
                out.add(submitted == null ? ticket.status() + " " + ticket.reason()
                        : "sent +" + (submitted.tsNanos() - t) / 1_000_000 + " ms, " + ticket.status());
            }
            return out;
        }
    }

    private static Run run(String mode, Command commandAtHalfSecond) {
        return run(mode, commandAtHalfSecond, false);
    }

    private static Run run(String mode, Command commandAtHalfSecond, boolean cancelThird) {
        return run(mode, commandAtHalfSecond, cancelThird, BreakerBacktestTest.closes("100", "100", "100"));
    }

    private static Run run(String mode, Command commandAtHalfSecond, boolean cancelThird, wave.domain.market.BarSeries data) {
        Backtest[] backtests = new Backtest[1];
        Burst burst = new Burst(placed -> {
            if (commandAtHalfSecond != null) {
                backtests[0].kernel().scheduleCommand(placed + SECOND / 2, commandAtHalfSecond);
            }
        }, cancelThird);
        BacktestConfig config = BacktestConfig.defaults();
        Backtest backtest = new Backtest(config, List.of(data), "burst", id -> burst, true);
        backtests[0] = backtest;
        RiskConfig risk = new RiskKeys().set("venue_orders_per_second", 2).set("venue_rate_mode", mode)
                .set("venue_queue_limit", 2).build();
        RiskEngine engine = new RiskEngine(risk, backtest.kernel().portfolio(), config.execution().calendar(),
                SectorMap.NONE, AverageVolume.NONE, new KernelRiskActions(backtest.kernel()));
        backtest.addPreTradeCheck(engine).listen(engine);
        return new Run(burst, backtest.run(), engine);
    }

    @Test
    void queuedOrdersLeaveInBatchesWhenTheSecondHasRoom() {
        Run run = run("queue", null);
        // two go at t; two wait in the queue and leave together at t + 1 s; the fifth finds the queue full
        assertThat(run.outcomes()).containsExactly("sent +0 ms, FILLED", "sent +0 ms, FILLED", "sent +1000 ms, FILLED",
                "sent +1000 ms, FILLED", "DENIED risk.venue_queue_limit: 2 orders held for SIM, queue limit 2; "
                        + "2 orders sent to SIM in the last second, limit 2; the next may go at +1000 ms");
        assertThat(run.result().fills()).hasSize(4);
        assertThat(run.result().fills()).allMatch(f -> f.tsNanos() == run.result().stepNanos()[1], "filled at the next open");
    }

    @Test
    void pacedOrdersLeaveHalfASecondApart() {
        Run run = run("pace", null);
        // 2 a second paced: t, t + 0.5 s, t + 1 s; the queue holds two, so the fourth and fifth are refused
        String full = "DENIED risk.venue_queue_limit: 2 orders held for SIM, queue limit 2; "
                + "1 orders sent to SIM in the last second, limit 2; the next may go at +500 ms";
        assertThat(run.outcomes()).containsExactly("sent +0 ms, FILLED", "sent +500 ms, FILLED", "sent +1000 ms, FILLED",
                full, full);
    }

    @Test
    void aCancelAllWithdrawsTheHeldOrders() {
        Run run = run("queue", new Command.CancelAll("operator"));
        // at t + 0.5 s the two sent orders are canceled at the venue and the two held are denied, never sent
        String withdrawn = "DENIED risk.venue_rate_mode: held for SIM and withdrawn before its slot: cancel all: operator";
        assertThat(run.outcomes()).containsExactly("sent +0 ms, CANCELED", "sent +0 ms, CANCELED", withdrawn, withdrawn,
                "DENIED risk.venue_queue_limit: 2 orders held for SIM, queue limit 2; "
                        + "2 orders sent to SIM in the last second, limit 2; the next may go at +1000 ms");
        assertThat(run.result().fills()).isEmpty();
    }

    @Test
    void aStrategysCancelWithdrawsItsHeldOrder() {
        Run run = run("queue", null, true);
        // the third order, held, is canceled by its strategy at t (after the fifth was refused): denied, never sent;
        // the fourth still leaves at t + 1 s
        assertThat(run.outcomes()).containsExactly("sent +0 ms, FILLED", "sent +0 ms, FILLED",
                "DENIED risk.venue_rate_mode: held for SIM and withdrawn before its slot: canceled by strategy",
                "sent +1000 ms, FILLED", "DENIED risk.venue_queue_limit: 2 orders held for SIM, queue limit 2; "
                        + "2 orders sent to SIM in the last second, limit 2; the next may go at +1000 ms");
    }

    @Test
    void theOrdersStillHeldWhenTheDataEndsAreWithdrawn() {
        Run run = run("queue", null, false, BreakerBacktestTest.closes("100"));
        // one bar: the two sent end canceled with the venue's working orders, the two held are denied
        String withdrawn = "DENIED risk.venue_rate_mode: held for SIM and withdrawn before its slot: end of data";
        assertThat(run.outcomes()).containsExactly("sent +0 ms, CANCELED", "sent +0 ms, CANCELED", withdrawn, withdrawn,
                "DENIED risk.venue_queue_limit: 2 orders held for SIM, queue limit 2; "
                        + "2 orders sent to SIM in the last second, limit 2; the next may go at +1000 ms");
    }

    @Test
    void aHeldOrderCrossesTheWholePathWhenReleased() {
        Run run = run("queue", new Command.HaltTrading("alice", "stop"));
        // halted at t + 0.5 s: the two held orders are denied by the halt when their slot comes
        assertThat(run.outcomes().subList(0, 2)).containsOnly("sent +0 ms, FILLED");
        assertThat(run.outcomes().subList(2, 4)).allMatch(o -> o.startsWith("DENIED ") && o.contains("halted"), "denied by the halt");
        assertThat(run.engine().state()).isEqualTo(TradingState.HALTED);
    }
}
