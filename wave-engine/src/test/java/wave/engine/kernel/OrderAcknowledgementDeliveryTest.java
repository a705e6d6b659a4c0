package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.money.Quantity;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderSubmitted;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.journal.InMemoryJournal;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * {@code OrderSubmitted} and {@code OrderAccepted} are built only for someone who reads them (a journal that records,
 * a listener that overrides {@link KernelListener#onOrderEvent} without declining them, a strategy that overrides
 * {@code onOrderEvent}); the orders move through the same states and fill the same either way.
 */
class OrderAcknowledgementDeliveryTest {
    static final String BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=11 H=11 L=11 C=11
            2024-01-04 O=12 H=12 L=12 C=12
            """;

    /** Buys 5 on the first bar and sells them on the second; reads fills only ({@code onOrderEvent} not overridden). */
    static final class FillsOnlyStrategy extends Strategy<FillsOnlyStrategy.Params> {
        record Params() {
        }

        final List<String> fills = new ArrayList<>();
        int bars;

        FillsOnlyStrategy() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            if (bars == 0) {
                buy(Quantity.of(5));
            } else if (bars == 1) {
                sell(Quantity.of(5));
            }
            bars++;
        }

        @Override
        protected void onFill(OrderFilled fill) {
            fills.add(fill.side() + " " + fill.price());
        }
    }

    /** Keeps the kind of every order event it is given; declines the acknowledgements when told to. */
    static final class EventKinds implements KernelListener {
        final List<String> seen = new ArrayList<>();
        final boolean readsAcknowledgements;

        EventKinds(boolean readsAcknowledgements) {
            this.readsAcknowledgements = readsAcknowledgements;
        }

        @Override
        public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
            seen.add(ticket.id() + " " + event.getClass().getSimpleName());
        }

        @Override
        public boolean readsOrderAcknowledgements() {
            return readsAcknowledgements;
        }
    }

    static Backtest backtest(Strategy<?> strategy) {
        return new Backtest(Backtests.withCash("1000"), List.of(Bars.table(BARS)), "t", id -> strategy, false);
    }

    static List<String> ticketStates(BacktestResult result) {
        return result.tickets().stream().map(t -> t.id() + " " + t.status() + " " + t.lastEventNanos()).toList();
    }

    @Test
    void aListenerThatOverridesOnOrderEventGetsSubmittedAndAcceptedByDefault() {
        EventKinds listener = new EventKinds(true);
        backtest(new FillsOnlyStrategy()).listen(listener).run();

        assertThat(listener.seen).containsExactly(
                "O-1 OrderSubmitted", "O-1 OrderAccepted", "O-1 OrderFilled",
                "O-2 OrderSubmitted", "O-2 OrderAccepted", "O-2 OrderFilled");
    }

    @Test
    void withNobodyReadingThemOnlyTheFillsAreBuilt() {
        EventKinds listener = new EventKinds(false);
        BacktestResult result = backtest(new FillsOnlyStrategy()).listen(listener).run();

        assertThat(listener.seen).containsExactly("O-1 OrderFilled", "O-2 OrderFilled");
        assertThat(result.tickets()).extracting(OrderTicket::status).containsExactly(OrderStatus.FILLED, OrderStatus.FILLED);
    }

    @Test
    void aStrategyThatOverridesOnOrderEventGetsThemWithoutAnyListenerAskingForThem() {
        ScriptedStrategy strategy = new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(5));
        EventKinds listener = new EventKinds(false);
        backtest(strategy).listen(listener).run();

        assertThat(strategy.events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("OrderSubmitted", "OrderAccepted", "OrderFilled");
        assertThat(listener.seen).containsExactly("O-1 OrderSubmitted", "O-1 OrderAccepted", "O-1 OrderFilled");
    }

    @Test
    void aRecordingJournalGetsThemWithoutAnyReader() {
        InMemoryJournal journal = new InMemoryJournal();
        backtest(new FillsOnlyStrategy()).listen(new EventKinds(false)).journal(journal).run();

        List<String> acknowledgements = journal.entries().stream().map(InMemoryJournal.Entry::entry)
                .filter(e -> e instanceof OrderSubmitted || e instanceof OrderAccepted)
                .map(e -> ((OrderEvent) e).orderId() + " " + e.getClass().getSimpleName()).toList();
        assertThat(acknowledgements).containsExactly(
                "O-1 OrderSubmitted", "O-1 OrderAccepted", "O-2 OrderSubmitted", "O-2 OrderAccepted");
    }

    @Test
    void theOrdersFillsAndStatesAreTheSameEitherWay() {
        FillsOnlyStrategy quiet = new FillsOnlyStrategy();
        BacktestResult withoutReaders = backtest(quiet).listen(new EventKinds(false)).run();
        FillsOnlyStrategy observed = new FillsOnlyStrategy();
        BacktestResult withReader = backtest(observed).listen(new EventKinds(true)).run();

        assertThat(withoutReaders.fills()).isEqualTo(withReader.fills());
        assertThat(quiet.fills).isEqualTo(observed.fills).containsExactly("BUY 11", "SELL 12");
        assertThat(ticketStates(withoutReaders)).isEqualTo(ticketStates(withReader)).hasSize(2);
        assertThat(withoutReaders.finalEquityRaw()).isEqualTo(withReader.finalEquityRaw()).isEqualTo(Backtests.raw("1005"));
    }
}
