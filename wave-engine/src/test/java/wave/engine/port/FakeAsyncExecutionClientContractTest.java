package wave.engine.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wave.domain.market.OhlcvBar;
import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.RejectReason;
import wave.domain.portfolio.Portfolio;
import wave.engine.kernel.IgnoredReports;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.market.InstrumentTable;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;

/**
 * An asynchronous client that acknowledges late, fills in parts and repeats every report from a second thread passes
 * the execution client contract; and the kernel counts what it ignored rather than applying it twice.
 */
class FakeAsyncExecutionClientContractTest extends ExecutionClientContract {
    FakeAsyncExecutionClient fake;

    @Override
    Venue venue(InstrumentTable instruments, Portfolio portfolio, InboundQueue inbound) {
        fake = new FakeAsyncExecutionClient(inbound.executionReportSink(5, TimeUnit.SECONDS), Currency.USD, CASH, units(1_000));
        return new Venue() {
            @Override
            public ExecutionClient client(OrderManager orders) {
                return fake;
            }

            @Override
            public void traded(OhlcvBar bar) {
                fake.traded(bar);
            }

            @Override
            public void settle() {
                fake.settle();
            }

            @Override
            public Refusal refusal() {
                return new Refusal(OrderSide.SELL, 5_000, RejectReason.INVALID_QUANTITY,
                        "quantity 5000 above the venue's maximum 1000");
            }

            @Override
            public void close() {
                fake.close();
            }
        };
    }

    @Test
    void aFillArrivingBeforeTheAcknowledgementAcceptsTheOrderFirst() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(10))));
        trade("100");
        awaitStatus(ticket, OrderStatus.FILLED);
        settle();

        List<Class<?>> events = onKernel(() -> driver.events.stream().filter(e -> e.orderId().equals(ticket.id()))
                .<Class<?>>map(Object::getClass).toList());
        assertThat(events).containsExactly(wave.domain.order.OrderSubmitted.class, OrderAccepted.class, OrderFilled.class,
                OrderFilled.class);
        // the two repeated fills were duplicates; the acceptance (late, after the fill) and its repeat came too late
        assertThat(onKernel(kernel::ignoredReports)).isEqualTo(new IgnoredReports(0, 2, 2, 0));
    }

    @Test
    void anOrderCanceledBeforeItsAcknowledgementStaysCanceled() {
        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.limit(OrderSide.BUY, Quantity.of(5), Price.of("90"))));
        onKernel(() -> driver.cancelOrder(ticket));
        awaitStatus(ticket, OrderStatus.CANCELED);
        settle();

        assertThat(onKernel(ticket::status)).isEqualTo(OrderStatus.CANCELED);
        List<OrderEvent> events = onKernel(() -> driver.events.stream().filter(e -> e.orderId().equals(ticket.id())).toList());
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("OrderSubmitted", "OrderCanceled");
        assertThat(((OrderCanceled) events.get(1)).reason()).isEqualTo("canceled by strategy");
        // the repeated cancel, the late acceptance and its repeat
        assertThat(onKernel(kernel::ignoredReports).late()).isEqualTo(3);
    }

    @Test
    void aReportAboutAnUnknownOrderIsCountedAndTheLoopKeepsRunning() {
        fake.reportUnknownOrder();
        settle();
        assertThat(onKernel(kernel::ignoredReports)).isEqualTo(new IgnoredReports(1, 0, 0, 0));

        OrderTicket ticket = onKernel(() -> driver.place(OrderRequest.market(OrderSide.BUY, Quantity.of(2))));
        trade("50");
        awaitStatus(ticket, OrderStatus.FILLED);
        assertThat(onKernel(() -> portfolio.position(ACME).quantityRaw())).isEqualTo(units(2));
    }
}
