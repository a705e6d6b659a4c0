package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.order.OrderInitialized;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.journal.InMemoryJournal;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * {@code OrderInitialized} is built only for someone who reads it (a journal that records, a listener that overrides
 * {@link KernelListener#onOrderInitialized}); the orders and fills are the same either way.
 */
class OrderInitializedDeliveryTest {
    static final String BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=11 H=11 L=11 C=11
            2024-01-04 O=12 H=12 L=12 C=12
            """;

    /** Keeps the initialized events it is given, with the ticket's id. */
    static final class Initialized implements KernelListener {
        final List<String> seen = new ArrayList<>();

        @Override
        public void onOrderInitialized(OrderTicket ticket, OrderInitialized event) {
            seen.add(ticket.id() + " " + event.side() + " " + event.type() + " " + event.quantityRaw() + " " + event.sizing());
        }
    }

    /** Overrides nothing about initialization. */
    static final class FillsOnly implements KernelListener {
    }

    static ScriptedStrategy buyThenSell() {
        return new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(5)).on("2024-01-03", s -> s.marketSell(5));
    }

    static Backtest backtest(ScriptedStrategy strategy) {
        return new Backtest(Backtests.withCash("1000"), List.of(Bars.table(BARS)), "t", id -> strategy, false);
    }

    @Test
    void aListenerThatOverridesOnOrderInitializedGetsEveryOrdersTerms() {
        Initialized listener = new Initialized();
        backtest(buyThenSell()).listen(listener).run();

        assertThat(listener.seen).containsExactly("O-1 BUY MARKET 5000000000 fixed", "O-2 SELL MARKET 5000000000 fixed");
    }

    @Test
    void aRecordingJournalGetsOrderInitializedWithoutAnyListenerAskingForIt() {
        InMemoryJournal journal = new InMemoryJournal();
        backtest(buyThenSell()).listen(new FillsOnly()).journal(journal).run();

        List<OrderInitialized> initialized = journal.entries().stream().map(InMemoryJournal.Entry::entry)
                .filter(OrderInitialized.class::isInstance).map(OrderInitialized.class::cast).toList();
        assertThat(initialized).extracting(e -> e.orderId().toString() + " " + e.side() + " " + e.type())
                .containsExactly("O-1 BUY MARKET", "O-2 SELL MARKET");
        assertThat(initialized.getFirst().type()).isEqualTo(OrderType.MARKET);
    }

    @Test
    void withNobodyReadingItTheOrdersAndFillsAreTheSame() {
        ScriptedStrategy quiet = buyThenSell();
        BacktestResult withoutReaders = backtest(quiet).listen(new FillsOnly()).run();
        ScriptedStrategy observed = buyThenSell();
        BacktestResult withReader = backtest(observed).listen(new Initialized()).run();

        assertThat(withoutReaders.fills()).isEqualTo(withReader.fills());
        assertThat(withoutReaders.fills()).extracting(f -> f.side() + " " + f.price())
                .containsExactly(OrderSide.BUY + " 11", OrderSide.SELL + " 12");
        assertThat(quiet.events).isEqualTo(observed.events);
        assertThat(withoutReaders.finalEquityRaw()).isEqualTo(withReader.finalEquityRaw()).isEqualTo(Backtests.raw("1005"));
    }
}
