package wave.engine.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.DenyReason;
import wave.domain.order.Order;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;

/**
 * The ticket is the order: one object per order, whose order view is the ticket itself once it has its quantity, with
 * the order's state machine and the ticket's own state (sizing, fills, reasons) side by side.
 */
class OneObjectPerOrderTest {
    static final StrategyId STRATEGY = new StrategyId("s");
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final long T0 = 1_704_153_600_000_000_000L;

    final List<String> events = new ArrayList<>();
    final OrderManager orders = new OrderManager((ticket, event) -> events.add(ticket.id() + " " + event.getClass().getSimpleName()));

    @Test
    void aFixedSizeOrderIsItsOwnOrderViewThroughItsLife() {
        OrderTicket ticket = orders.initialize(STRATEGY, ACME, OrderRequest.limit(OrderSide.BUY, Quantity.of(10),
                Price.of("9.5")).withTimeInForce(TimeInForce.DAY), T0);
        assertThat(ticket.order()).isNull();
        assertThat(ticket.status()).isEqualTo(OrderStatus.INITIALIZED);
        assertThat(ticket.quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(10));
        assertThat(ticket.limitPriceRaw()).isEqualTo(FixedPoint.parsePrice("9.5"));

        orders.size(ticket, FixedPoint.quantityOfUnits(10), T0 + 1);
        orders.accept(ticket, T0 + 2);
        orders.fill(ticket, T0 + 3, FixedPoint.quantityOfUnits(4), FixedPoint.parsePrice("9.5"), 0, Currency.USD);

        assertThat(ticket.order()).isSameAs(ticket);
        assertThat(ticket.order().status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(ticket.order().filledQuantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(4));
        assertThat(ticket.order().openQuantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(6));
        assertThat(ticket.order().lastEventNanos()).isEqualTo(T0 + 3);
        assertThat(ticket.placedNanos()).isEqualTo(ticket.order().createdNanos()).isEqualTo(T0);
        assertThat(ticket.fills()).singleElement().extracting(f -> f.quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(4));
        assertThat(events).containsExactly("O-1 OrderInitialized", "O-1 OrderSubmitted", "O-1 OrderAccepted",
                "O-1 OrderFilled");
    }

    @Test
    void aNotionalOrderWaitsUnsizedWithQuantityZeroAndIsSizedOnce() {
        OrderTicket ticket = orders.initialize(STRATEGY, ACME, OrderSide.BUY, OrderType.MARKET, new Sizing.AllIn(), 0, 0,
                TimeInForce.GTC, FixedPoint.moneyOfUnits(1000), T0);
        assertThat(ticket.quantityRaw()).isZero();
        assertThat(ticket.isSized()).isFalse();

        orders.size(ticket, FixedPoint.quantityOfUnits(99), T0 + 1);

        assertThat(ticket.isSized()).isTrue();
        assertThat(ticket.order().quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(99));
        assertThat(ticket.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThatThrownBy(() -> orders.size(ticket, FixedPoint.quantityOfUnits(1), T0 + 2))
                .isInstanceOf(IllegalStateException.class).hasMessage("O-1 is already sized");
    }

    @Test
    void aDeniedTicketEndsWithoutEverBecomingAnOrderView() {
        OrderTicket ticket = orders.initialize(STRATEGY, ACME, OrderRequest.market(OrderSide.SELL, Quantity.of(5)), T0);

        orders.deny(ticket, T0, DenyReason.RISK_LIMIT, "too big");

        assertThat(ticket.status()).isEqualTo(OrderStatus.DENIED);
        assertThat(ticket.isOpen()).isFalse();
        assertThat(ticket.order()).isNull();
        assertThat(ticket.reasonCode()).isEqualTo("RISK_LIMIT");
        assertThat(ticket.reason()).isEqualTo("too big");
        assertThatThrownBy(() -> orders.size(ticket, FixedPoint.quantityOfUnits(5), T0 + 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has ended (DENIED)");
    }

    @Test
    void anOrderBuiltAloneChecksItsQuantityWhileATicketChecksItWhenSized() {
        Order.Builder terms = Order.builder(new wave.domain.order.ClientOrderId(1), STRATEGY, ACME, OrderSide.BUY,
                OrderType.MARKET);
        assertThatThrownBy(terms::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("O-1: quantity must be > 0, got 0");
        OrderTicket ticket = orders.initialize(STRATEGY, ACME, OrderSide.BUY, OrderType.MARKET,
                new Sizing.PercentOfEquity(50), 0, 0, TimeInForce.GTC, FixedPoint.moneyOfUnits(500), T0);
        assertThatThrownBy(() -> orders.size(ticket, 0, T0 + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("O-1: quantity must be > 0, got 0");
    }
}
