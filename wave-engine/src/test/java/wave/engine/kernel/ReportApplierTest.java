package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.RejectReason;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TradeId;
import wave.domain.order.VenueOrderId;
import wave.engine.journal.InMemoryJournal;
import wave.engine.order.OrderIds;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.port.ExecutionReport;

/** Reports of an asynchronous client, applied once each, whatever order and however often they arrive. */
class ReportApplierTest {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final VenueOrderId VENUE_ID = new VenueOrderId("V-1");
    static final long T0 = 1_767_225_600_000_000_000L;

    final List<String> events = new ArrayList<>();
    final OrderManager orders = new OrderManager((ticket, event) -> events.add(text(event)));
    final ReportApplier applier = new ReportApplier(orders);

    static String text(OrderEvent event) {
        return event.orderId() + " " + event.getClass().getSimpleName().replace("Order", "").toLowerCase();
    }

    static long units(long n) {
        return FixedPoint.moneyOfUnits(n);
    }

    /** A limit buy of {@code quantity} at 10, sized and sent: SUBMITTED. */
    OrderTicket sent(long quantity) {
        OrderTicket ticket = orders.initialize(new StrategyId("s"), ACME, OrderSide.BUY, OrderType.LIMIT,
                new Sizing.Fixed(units(quantity)), units(10), 0, TimeInForce.GTC, 0, T0);
        orders.size(ticket, units(quantity), T0);
        orders.markSent(ticket);
        events.clear();
        return ticket;
    }

    static ExecutionReport accepted(OrderTicket t, long ts) {
        return new ExecutionReport.Accepted(t.id(), VENUE_ID, T0 + ts);
    }

    static ExecutionReport filled(OrderTicket t, String tradeId, long quantity, String price, long ts) {
        return new ExecutionReport.Filled(t.id(), VENUE_ID, new TradeId(tradeId), units(quantity), FixedPoint.parsePrice(price),
                0, Currency.USD, T0 + ts);
    }

    static ExecutionReport canceled(OrderTicket t, long ts) {
        return new ExecutionReport.Canceled(t.id(), VENUE_ID, "canceled by strategy", T0 + ts);
    }

    static ExecutionReport updated(OrderTicket t, long quantity, String limit, long ts) {
        return new ExecutionReport.Updated(t.id(), VENUE_ID, units(quantity), FixedPoint.parsePrice(limit), 0, T0 + ts);
    }

    void apply(ExecutionReport... reports) {
        for (ExecutionReport report : reports) {
            applier.apply(report);
        }
    }

    @Test
    void inOrderReportsBecomeOneEventEach() {
        OrderTicket t = sent(10);
        apply(accepted(t, 1), filled(t, "T1", 4, "10", 2), filled(t, "T2", 6, "9.5", 3));
        assertThat(events).containsExactly("O-1 accepted", "O-1 filled", "O-1 filled");
        assertThat(t.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(t.order().averageFillPrice()).isEqualTo(Price.of("9.7"));
        assertThat(applier.ignored().total()).isZero();
    }

    @Test
    void aFillBeforeTheAcknowledgementAcceptsTheOrderAndTheLateAcknowledgementIsIgnored() {
        OrderTicket t = sent(10);
        apply(filled(t, "T1", 10, "10", 2), accepted(t, 1));
        assertThat(events).containsExactly("O-1 accepted", "O-1 filled");
        assertThat(t.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(applier.ignored()).isEqualTo(new IgnoredReports(0, 0, 1, 0));
    }

    @Test
    void aRepeatedTradeIdIsAppliedOnce() {
        OrderTicket t = sent(10);
        apply(accepted(t, 1), filled(t, "T1", 4, "10", 2), accepted(t, 1), filled(t, "T1", 4, "10", 2),
                filled(t, "T2", 6, "10", 3), filled(t, "T2", 6, "10", 3));
        assertThat(events).containsExactly("O-1 accepted", "O-1 filled", "O-1 filled");
        assertThat(t.filledQuantityRaw()).isEqualTo(units(10));
        assertThat(applier.ignored()).isEqualTo(new IgnoredReports(0, 3, 0, 0));
    }

    @Test
    void aRejectionEndsTheOrderWithTheVenuesReason() {
        OrderTicket t = sent(10);
        apply(new ExecutionReport.Rejected(t.id(), RejectReason.INSUFFICIENT_MARGIN, "no margin", T0 + 1));
        assertThat(t.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(t.reason()).isEqualTo("no margin");
        assertThat(t.order().rejection().reason()).isEqualTo(RejectReason.INSUFFICIENT_MARGIN);
        apply(accepted(t, 2), new ExecutionReport.Rejected(t.id(), RejectReason.INSUFFICIENT_MARGIN, "no margin", T0 + 1));
        assertThat(events).containsExactly("O-1 rejected");
        assertThat(applier.ignored().late()).isEqualTo(2);
    }

    @Test
    void reportsAfterTheEndLeaveTheTrueFinalState() {
        OrderTicket filledFirst = sent(10);
        OrderTicket canceledFirst = sent(10);
        apply(accepted(filledFirst, 1), filled(filledFirst, "T1", 10, "10", 2), canceled(filledFirst, 3));
        assertThat(filledFirst.status()).isEqualTo(OrderStatus.FILLED);

        apply(canceled(canceledFirst, 4), accepted(canceledFirst, 1), updated(canceledFirst, 12, "10", 2),
                filled(canceledFirst, "T9", 10, "10", 3));
        assertThat(canceledFirst.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceledFirst.reason()).isEqualTo("canceled by strategy");
        assertThat(canceledFirst.filledQuantityRaw()).isZero();
        assertThat(events).containsExactly("O-1 accepted", "O-1 filled", "O-2 canceled");
        assertThat(applier.ignored()).isEqualTo(new IgnoredReports(0, 0, 4, 0));
    }

    @Test
    void updatesApplyOnceAndNeverGoBack() {
        OrderTicket t = sent(10);
        apply(updated(t, 12, "10.5", 5));
        assertThat(events).containsExactly("O-1 accepted", "O-1 updated");
        apply(updated(t, 12, "10.5", 5), updated(t, 14, "11", 7), updated(t, 12, "10.5", 5));
        assertThat(t.quantityRaw()).isEqualTo(units(14));
        assertThat(t.limitPriceRaw()).isEqualTo(FixedPoint.parsePrice("11"));
        assertThat(events).containsExactly("O-1 accepted", "O-1 updated", "O-1 updated");
        assertThat(applier.ignored()).isEqualTo(new IgnoredReports(0, 1, 1, 0));
    }

    @Test
    void reportsThatCannotApplyAreIgnored() {
        OrderTicket t = sent(10);
        apply(accepted(t, 1), filled(t, "T1", 11, "10", 2), updated(t, 10, "0", 3),
                new ExecutionReport.Rejected(t.id(), RejectReason.INVALID_PRICE, "too late to refuse", T0 + 4));
        OrderTicket neverSent = orders.initialize(new StrategyId("s"), ACME, OrderSide.SELL, OrderType.LIMIT,
                new Sizing.Fixed(units(1)), units(12), 0, TimeInForce.GTC, 0, T0);
        apply(canceled(neverSent, 5));
        assertThat(t.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(neverSent.status()).isEqualTo(OrderStatus.INITIALIZED);
        assertThat(applier.ignored()).isEqualTo(new IgnoredReports(0, 0, 0, 4));
    }

    @Test
    void aReportAboutAnOrderNobodyCreatedIsCounted() {
        apply(new ExecutionReport.Canceled(new ClientOrderId("ELSEWHERE", 3), VENUE_ID, "?", T0));
        assertThat(events).isEmpty();
        assertThat(applier.ignored()).isEqualTo(new IgnoredReports(1, 0, 0, 0));
        assertThat(applier.ignored().total()).isEqualTo(1);
    }

    @Test
    void theVenueOrderIdOfTheFirstReportIsKeptBesideTheClientIdAndJournaledForReplay() {
        InMemoryJournal journal = new InMemoryJournal();
        OrderManager journaled = new OrderManager((ticket, event) -> { }, OrderIds.backtest(), journal);
        ReportApplier withJournal = new ReportApplier(journaled);
        OrderTicket ticket = journaled.initialize(new StrategyId("s"), ACME, OrderSide.BUY, OrderType.LIMIT,
                new Sizing.Fixed(units(5)), units(10), 0, TimeInForce.GTC, 0, T0);
        journaled.size(ticket, units(5), T0);
        journaled.markSent(ticket);
        assertThat(ticket.venueOrderId()).isNull();

        withJournal.apply(accepted(ticket, 1));
        withJournal.apply(new ExecutionReport.Canceled(ticket.id(), new VenueOrderId("V-2"), "x", T0 + 2));

        assertThat(ticket.venueOrderId()).isEqualTo(VENUE_ID);
        OrderManager rebuilt = new OrderManager((t, e) -> { });
        journal.entries().forEach(e -> rebuilt.replay(e.entry()));
        assertThat(rebuilt.ticket(ticket.id()).venueOrderId()).isEqualTo(VENUE_ID);
        assertThat(rebuilt.ticket(ticket.id()).status()).isEqualTo(ticket.status());
    }
}
