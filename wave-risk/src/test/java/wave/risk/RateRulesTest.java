package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import org.junit.jupiter.api.Test;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.pretrade.PreTradeRequest;

/** Orders per minute and per day, trades per day. */
class RateRulesTest {
    static final long SECOND = 1_000_000_000L;
    final TestBook book = new TestBook("100000").mark("AAPL", "100");

    /** Two orders a second per venue: a third to SIM within the second is refused, one to XNAS passes. */
    @Test
    void ordersPerSecondPerVenue() {
        book.mark("MSFT.XNAS", "100");
        RiskEngine risk = engine(book, new RiskKeys().set("venue_orders_per_second", 2));

        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        book.nowNanos += SECOND / 4;
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        book.nowNanos += SECOND / 4;
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("ORDER_RATE risk.venue_orders_per_second: "
                + "2 orders sent to SIM in the last second, limit 2; the next may go at +500 ms");
        assertThat(outcome(risk.check(book.market("MSFT.XNAS", 1)))).isEqualTo("accepted");
        book.nowNanos += SECOND / 2; // the first order to SIM is now 1 s old
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
    }

    /** The slots a batching sender would hold orders until: 3 a second, 5 orders at once go at 0, 0, 0, 1 s, 1 s. */
    @Test
    void theThrottleGivesEachOrderItsSlot() {
        VenueThrottle throttle = new VenueThrottle(3);
        long[] slots = new long[5];
        for (int i = 0; i < 5; i++) {
            slots[i] = throttle.nextSlot("SIM", 0);
            throttle.sent("SIM", slots[i]);
        }

        assertThat(slots).containsExactly(0, 0, 0, SECOND, SECOND);
        assertThat(throttle.sentInLastSecond("SIM", SECOND - 1)).isEqualTo(3);
        assertThat(throttle.nextSlot("SIM", SECOND)).as("2 orders at 1 s, room for a third").isEqualTo(SECOND);
        throttle.sent("SIM", SECOND);
        assertThat(throttle.nextSlot("SIM", SECOND)).as("3 orders at 1 s").isEqualTo(2 * SECOND);
        assertThat(throttle.nextSlot("XNAS", 0)).isZero();
    }

    @Test
    void ordersPerMinute() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_orders_per_minute", 2));

        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        book.nowNanos += 10 * SECOND;
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        book.nowNanos += 10 * SECOND;
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("ORDER_RATE risk.max_orders_per_minute: "
                + "2 orders sent in the last minute, limit 2");
        book.nowNanos += 41 * SECOND; // the first order is now 61 s old
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
    }

    @Test
    void ordersPerDayCountOnlyOrdersSentAndRestartEachDay() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_orders_per_day", 2).set("max_order_quantity", 10));

        assertThat(outcome(risk.check(book.market("AAPL", 11)))).startsWith("MAX_ORDER_QUANTITY");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("ORDER_RATE risk.max_orders_per_day: "
                + "2 orders sent today, limit 2");
        book.nowNanos = TestBook.nanos("2024-01-09T15:00:00Z");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
    }

    @Test
    void tradesPerDay() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_trades_per_day", 2));
        PreTradeRequest first = book.market("AAPL", 1);
        assertThat(outcome(risk.check(first))).isEqualTo("accepted");
        for (int i = 1; i <= 2; i++) {
            risk.onOrderEvent(first.ticket(), new OrderFilled(new ClientOrderId(i), book.nowNanos, first.ticket().instrument(),
                    OrderSide.BUY, FixedPoint.quantityOfUnits(1), FixedPoint.priceOfUnits(100), 0, Currency.USD));
        }

        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("TRADE_RATE risk.max_trades_per_day: "
                + "2 trades booked today, limit 2");
        book.nowNanos = TestBook.nanos("2024-01-09T15:00:00Z");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
    }
}
