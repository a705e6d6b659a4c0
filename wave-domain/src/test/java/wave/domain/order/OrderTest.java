package wave.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;

class OrderTest {
    static final ClientOrderId ID = new ClientOrderId(7);
    static final StrategyId STRATEGY = new StrategyId("sma-cross-1");
    static final InstrumentId AAPL = InstrumentId.parse("AAPL.NASDAQ");
    static final long T0 = 1_700_000_000_000_000_000L;

    static Order marketBuy(String quantity) {
        return Order.builder(ID, STRATEGY, AAPL, OrderSide.BUY, OrderType.MARKET).quantity(FixedPoint.parseQuantity(quantity))
                .createdNanos(T0).build();
    }

    static OrderFilled fill(String quantity, String price, String fee, long ts) {
        return new OrderFilled(ID, ts, AAPL, OrderSide.BUY, FixedPoint.parseQuantity(quantity), FixedPoint.parsePrice(price),
                FixedPoint.parseMoney(fee), Currency.USD);
    }

    /** The kinds of event, each able to make an event for order {@link #ID} (fills are for 1 of 10). */
    enum Kind {
        SUBMITTED(ts -> new OrderSubmitted(ID, ts)),
        ACCEPTED(ts -> new OrderAccepted(ID, ts)),
        REJECTED(ts -> new OrderRejected(ID, ts, RejectReason.INSUFFICIENT_CASH, "needs 1000, has 10")),
        CANCELED(ts -> new OrderCanceled(ID, ts, "requested")),
        FILLED(ts -> fill("1", "100", "0", ts)),
        UPDATED(ts -> new OrderUpdated(ID, ts, FixedPoint.parseMoney("12"), Order.NO_PRICE, Order.NO_PRICE)),
        DENIED(ts -> new OrderDenied(ID, ts, DenyReason.INSUFFICIENT_FUNDS, "cost 1000 exceeds 10")),
        INITIALIZED(ts -> new OrderInitialized(ID, ts, STRATEGY, AAPL, OrderSide.BUY, OrderType.MARKET,
                FixedPoint.parseMoney("10"), 0, Order.NO_PRICE, Order.NO_PRICE, null, TimeInForce.GTC, Order.NO_EXPIRY, "fixed:10"));

        final Function<Long, OrderEvent> factory;

        Kind(Function<Long, OrderEvent> factory) {
            this.factory = factory;
        }

        OrderEvent at(long ts) {
            return factory.apply(ts);
        }
    }

    /** An order of 10 driven into {@code status} through legal events. */
    static Order orderIn(OrderStatus status) {
        Order o = marketBuy("10");
        switch (status) {
            case INITIALIZED -> { }
            case SUBMITTED -> o.apply(new OrderSubmitted(ID, T0 + 1));
            case ACCEPTED -> {
                o.apply(new OrderSubmitted(ID, T0 + 1));
                o.apply(new OrderAccepted(ID, T0 + 2));
            }
            case PARTIALLY_FILLED -> {
                o.apply(new OrderSubmitted(ID, T0 + 1));
                o.apply(new OrderAccepted(ID, T0 + 2));
                o.apply(fill("4", "100", "0.4", T0 + 3));
            }
            case FILLED -> {
                o.apply(new OrderSubmitted(ID, T0 + 1));
                o.apply(new OrderAccepted(ID, T0 + 2));
                o.apply(fill("10", "100", "1", T0 + 3));
            }
            case CANCELED -> {
                o.apply(new OrderSubmitted(ID, T0 + 1));
                o.apply(new OrderCanceled(ID, T0 + 2, "requested"));
            }
            case REJECTED -> o.apply(new OrderRejected(ID, T0 + 1, RejectReason.INVALID_QUANTITY, "bad"));
            case DENIED -> o.apply(new OrderDenied(ID, T0 + 1, DenyReason.INVALID_QUANTITY, "bad"));
        }
        assertThat(o.status()).isEqualTo(status);
        return o;
    }

    /** The documented transition table: state -> event kind -> next state. */
    static final Map<OrderStatus, Map<Kind, OrderStatus>> LEGAL = new EnumMap<>(OrderStatus.class);

    static {
        for (OrderStatus s : OrderStatus.values()) {
            LEGAL.put(s, new EnumMap<>(Kind.class));
        }
        LEGAL.get(OrderStatus.INITIALIZED).put(Kind.SUBMITTED, OrderStatus.SUBMITTED);
        LEGAL.get(OrderStatus.INITIALIZED).put(Kind.REJECTED, OrderStatus.REJECTED);
        LEGAL.get(OrderStatus.INITIALIZED).put(Kind.DENIED, OrderStatus.DENIED);
        LEGAL.get(OrderStatus.SUBMITTED).put(Kind.ACCEPTED, OrderStatus.ACCEPTED);
        LEGAL.get(OrderStatus.SUBMITTED).put(Kind.REJECTED, OrderStatus.REJECTED);
        LEGAL.get(OrderStatus.SUBMITTED).put(Kind.CANCELED, OrderStatus.CANCELED);
        LEGAL.get(OrderStatus.ACCEPTED).put(Kind.CANCELED, OrderStatus.CANCELED);
        LEGAL.get(OrderStatus.ACCEPTED).put(Kind.FILLED, OrderStatus.PARTIALLY_FILLED); // 1 of 10
        LEGAL.get(OrderStatus.PARTIALLY_FILLED).put(Kind.FILLED, OrderStatus.PARTIALLY_FILLED); // 5 of 10
        LEGAL.get(OrderStatus.PARTIALLY_FILLED).put(Kind.CANCELED, OrderStatus.CANCELED);
        LEGAL.get(OrderStatus.SUBMITTED).put(Kind.UPDATED, OrderStatus.SUBMITTED);
        LEGAL.get(OrderStatus.ACCEPTED).put(Kind.UPDATED, OrderStatus.ACCEPTED);
        LEGAL.get(OrderStatus.PARTIALLY_FILLED).put(Kind.UPDATED, OrderStatus.PARTIALLY_FILLED);
    }

    static Stream<Arguments> legalTransitions() {
        List<Arguments> out = new ArrayList<>();
        LEGAL.forEach((from, byKind) -> byKind.forEach((kind, to) -> out.add(Arguments.of(from, kind, to))));
        return out.stream();
    }

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> out = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (Kind kind : Kind.values()) {
                if (!LEGAL.get(from).containsKey(kind)) {
                    out.add(Arguments.of(from, kind));
                }
            }
        }
        return out.stream();
    }

    @Test
    void transitionTableCoversEveryPair() {
        assertThat(legalTransitions().count()).isEqualTo(13);
        assertThat(illegalTransitions().count()).isEqualTo(8 * 8 - 13);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalTransitions")
    void legalTransition(OrderStatus from, Kind kind, OrderStatus to) {
        Order o = orderIn(from);
        long ts = T0 + 100;
        OrderEvent event = kind.at(ts);
        o.apply(event);
        assertThat(o.status()).isEqualTo(to);
        assertThat(o.lastEventNanos()).isEqualTo(ts);
        if (kind == Kind.REJECTED) {
            assertThat(o.rejection()).isEqualTo(event);
            assertThat(o.rejection().reason()).isEqualTo(RejectReason.INSUFFICIENT_CASH);
            assertThat(o.rejection().message()).isEqualTo("needs 1000, has 10");
        } else {
            assertThat(o.rejection()).isNull();
        }
        if (to.isTerminal()) {
            assertThat(o.openQuantityRaw()).isZero();
        }
    }

    @ParameterizedTest(name = "{0} --{1}--> illegal")
    @MethodSource("illegalTransitions")
    void illegalTransitionThrowsAndLeavesTheOrderUnchanged(OrderStatus from, Kind kind) {
        Order o = orderIn(from);
        long filledBefore = o.filledQuantityRaw();
        long openBefore = o.openQuantityRaw();
        long lastBefore = o.lastEventNanos();
        long commissionBefore = o.commissionRaw();
        Price avgBefore = o.averageFillPrice();
        OrderRejected rejectionBefore = o.rejection();
        OrderEvent event = kind.at(T0 + 100);
        String eventName = event.getClass().getSimpleName();

        assertThatThrownBy(() -> o.apply(event))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("O-7: cannot apply " + eventName + " in state " + from)
                .hasMessageContaining("O-7").hasMessageContaining(eventName).hasMessageContaining(from.name());

        assertThat(o.status()).isEqualTo(from);
        assertThat(o.filledQuantityRaw()).isEqualTo(filledBefore);
        assertThat(o.openQuantityRaw()).isEqualTo(openBefore);
        assertThat(o.lastEventNanos()).isEqualTo(lastBefore);
        assertThat(o.commissionRaw()).isEqualTo(commissionBefore);
        assertThat(o.averageFillPrice()).isEqualTo(avgBefore);
        assertThat(o.rejection()).isSameAs(rejectionBefore);
    }

    /**
     * {@code markSubmitted} and {@code markAccepted} (for a sender nobody reads the events of) move an order exactly as
     * applying {@code OrderSubmitted} and {@code OrderAccepted} would, and refuse the same states with the same message.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(OrderStatus.class)
    void markingSubmittedOrAcceptedMatchesApplyingTheEvent(OrderStatus from) {
        for (Kind kind : List.of(Kind.SUBMITTED, Kind.ACCEPTED)) {
            Order applied = orderIn(from);
            Order marked = orderIn(from);
            long ts = T0 + 100;
            Runnable mark = kind == Kind.SUBMITTED ? () -> marked.markSubmitted(ts) : () -> marked.markAccepted(ts);
            OrderStatus legalTarget = LEGAL.get(from).get(kind);
            if (legalTarget != null) {
                applied.apply(kind.at(ts));
                mark.run();
                assertThat(marked.status()).isEqualTo(applied.status()).isEqualTo(legalTarget);
                assertThat(marked.lastEventNanos()).isEqualTo(ts);
            } else {
                String eventName = kind.at(ts).getClass().getSimpleName();
                assertThatThrownBy(mark::run).isInstanceOf(IllegalStateException.class)
                        .hasMessage("O-7: cannot apply " + eventName + " in state " + from);
                assertThat(marked.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void terminalAndWorkingStates() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isTerminal))
                .containsExactlyInAnyOrder(OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.REJECTED, OrderStatus.DENIED);
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isWorking))
                .containsExactlyInAnyOrder(OrderStatus.SUBMITTED, OrderStatus.ACCEPTED, OrderStatus.PARTIALLY_FILLED);
        for (OrderStatus s : OrderStatus.values()) {
            if (s.isTerminal()) {
                assertThat(LEGAL.get(s)).as("no event leaves %s", s).isEmpty();
            }
        }
    }

    @Nested
    class Fills {
        @Test
        void partialFillsThenFilled() {
            Order o = orderIn(OrderStatus.ACCEPTED);
            assertThat(o.averageFillPrice()).isEqualTo(Price.ZERO);
            assertThat(o.openQuantityRaw()).isEqualTo(FixedPoint.parseQuantity("10"));

            o.apply(fill("2.5", "100.10", "0.25", T0 + 10));
            assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(o.filledQuantityRaw()).isEqualTo(FixedPoint.parseQuantity("2.5"));
            assertThat(o.openQuantityRaw()).isEqualTo(FixedPoint.parseQuantity("7.5"));
            assertThat(o.averageFillPrice()).isEqualTo(Price.of("100.10"));
            assertThat(o.commissionRaw()).isEqualTo(FixedPoint.parseMoney("0.25"));
            assertThat(o.lastEventNanos()).isEqualTo(T0 + 10);

            o.apply(fill("1.5", "100.30", "0.15", T0 + 11));
            assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            // (250.25 + 150.45) / 4 = 100.175
            assertThat(o.averageFillPrice()).isEqualTo(Price.of("100.175"));

            o.apply(fill("6", "100.35", "0.6", T0 + 12));
            assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(o.filledQuantityRaw()).isEqualTo(o.quantityRaw());
            assertThat(o.openQuantityRaw()).isZero();
            // (250.25 + 150.45 + 602.10) / 10 = 100.28
            assertThat(o.averageFillPrice()).isEqualTo(Price.of("100.28"));
            assertThat(o.commissionRaw()).isEqualTo(FixedPoint.parseMoney("1"));
            assertThat(o.lastEventNanos()).isEqualTo(T0 + 12);
        }

        @Test
        void averageFillPriceRoundsHalfEven() {
            Order o = orderIn(OrderStatus.ACCEPTED);
            o.apply(fill("1", "1.000000001", "0", T0 + 10));
            o.apply(fill("1", "1.000000002", "0", T0 + 11));
            // 2.000000003 / 2 = 1.0000000015 -> 1.000000002
            assertThat(o.averageFillPrice()).isEqualTo(Price.of("1.000000002"));

            Order o2 = orderIn(OrderStatus.ACCEPTED);
            o2.apply(fill("1", "1.000000001", "0", T0 + 10));
            o2.apply(fill("1", "1.000000004", "0", T0 + 11));
            // 2.000000005 / 2 = 1.0000000025 -> 1.000000002
            assertThat(o2.averageFillPrice()).isEqualTo(Price.of("1.000000002"));

            Order o3 = orderIn(OrderStatus.ACCEPTED);
            o3.apply(fill("3", "10", "0", T0 + 10));
            o3.apply(fill("4", "10.01", "0", T0 + 11));
            // 70.04 / 7 = 10.005714285714... -> 10.005714286
            assertThat(o3.averageFillPrice()).isEqualTo(Price.of("10.005714286"));
        }

        @Test
        void overFillIsRejectedAndChangesNothing() {
            Order o = orderIn(OrderStatus.PARTIALLY_FILLED); // 4 of 10 filled
            assertThatThrownBy(() -> o.apply(fill("6.000000001", "101", "0", T0 + 10)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("O-7: fill of 6.000000001 exceeds the open quantity 6");
            assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(o.filledQuantityRaw()).isEqualTo(FixedPoint.parseQuantity("4"));
            assertThat(o.averageFillPrice()).isEqualTo(Price.of("100"));
            assertThat(o.commissionRaw()).isEqualTo(FixedPoint.parseMoney("0.4"));
            assertThat(o.lastEventNanos()).isEqualTo(T0 + 3);

            Order fresh = orderIn(OrderStatus.ACCEPTED);
            assertThatThrownBy(() -> fresh.apply(fill("11", "100", "0", T0 + 10)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("O-7: fill of 11 exceeds the open quantity 10");
            assertThat(fresh.status()).isEqualTo(OrderStatus.ACCEPTED);

            // the exact remainder is accepted
            o.apply(fill("6", "101", "0", T0 + 11));
            assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(o.averageFillPrice()).isEqualTo(Price.of("100.6"));
        }

        @Test
        void fillForAnotherSideOrInstrumentIsRejected() {
            Order o = orderIn(OrderStatus.ACCEPTED);
            OrderFilled sell = new OrderFilled(ID, T0 + 10, AAPL, OrderSide.SELL, FixedPoint.parseMoney("1"),
                    FixedPoint.parseMoney("100"), 0, Currency.USD);
            assertThatThrownBy(() -> o.apply(sell))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("O-7: fill side/instrument SELL AAPL.NASDAQ does not match the order's BUY AAPL.NASDAQ");
            OrderFilled msft = new OrderFilled(ID, T0 + 10, InstrumentId.parse("MSFT.NASDAQ"), OrderSide.BUY,
                    FixedPoint.parseMoney("1"), FixedPoint.parseMoney("100"), 0, Currency.USD);
            assertThatThrownBy(() -> o.apply(msft)).isInstanceOf(IllegalArgumentException.class);
            assertThat(o.status()).isEqualTo(OrderStatus.ACCEPTED);
            assertThat(o.filledQuantityRaw()).isZero();
        }

        @Test
        void eventForAnotherOrderIsRejected() {
            Order o = orderIn(OrderStatus.INITIALIZED);
            assertThatThrownBy(() -> o.apply(new OrderSubmitted(new ClientOrderId(8), T0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("event for O-8 applied to O-7");
            assertThat(o.status()).isEqualTo(OrderStatus.INITIALIZED);
        }
    }

    @Nested
    class Construction {
        @Test
        void accessorsAndToString() {
            Order o = Order.builder(ID, STRATEGY, AAPL, OrderSide.SELL, OrderType.STOP_LIMIT).quantity(FixedPoint.parseRatio("2.5"))
                    .limitPrice(FixedPoint.parseMoney("99.5")).stopPrice(FixedPoint.parseMoney("100")).timeInForce(TimeInForce.DAY)
                    .createdNanos(T0).build();
            assertThat(o.id()).isEqualTo(ID);
            assertThat(o.strategyId()).isEqualTo(STRATEGY);
            assertThat(o.instrument()).isEqualTo(AAPL);
            assertThat(o.side()).isEqualTo(OrderSide.SELL);
            assertThat(o.type()).isEqualTo(OrderType.STOP_LIMIT);
            assertThat(o.quantityRaw()).isEqualTo(2_500_000_000L);
            assertThat(o.quantity().raw()).isEqualTo(2_500_000_000L);
            assertThat(o.limitPriceRaw()).isEqualTo(99_500_000_000L);
            assertThat(o.stopPriceRaw()).isEqualTo(100_000_000_000L);
            assertThat(o.timeInForce()).isEqualTo(TimeInForce.DAY);
            assertThat(o.createdNanos()).isEqualTo(T0);
            assertThat(o.lastEventNanos()).isEqualTo(T0);
            assertThat(o.status()).isEqualTo(OrderStatus.INITIALIZED);
            assertThat(o.openQuantityRaw()).isEqualTo(2_500_000_000L);
            assertThat(o.filledQuantityRaw()).isZero();
            assertThat(o.commissionRaw()).isZero();
            assertThat(o.rejection()).isNull();
            assertThat(o).hasToString("O-7 SELL 2.5 AAPL.NASDAQ STOP_LIMIT limit 99.5 stop 100 [INITIALIZED]");
            assertThat(marketBuy("10")).hasToString("O-7 BUY 10 AAPL.NASDAQ MARKET [INITIALIZED]");
        }

        @Test
        void rejectsBadQuantitiesAndPrices() {
            assertThatThrownBy(() -> marketBuy("0"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-7: quantity must be > 0, got 0");
            assertThatThrownBy(() -> marketBuy("-1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-7: quantity must be > 0, got -1");
            assertThatThrownBy(() -> order(OrderType.LIMIT, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-7: LIMIT order needs a positive limit price");
            assertThatThrownBy(() -> order(OrderType.MARKET, 5, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-7: MARKET order takes no limit price");
            assertThatThrownBy(() -> order(OrderType.STOP, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-7: STOP order needs a positive stop price");
            assertThatThrownBy(() -> order(OrderType.LIMIT, 5, 5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-7: LIMIT order takes no stop price");
            assertThatThrownBy(() -> order(OrderType.STOP_LIMIT, 5, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> order(OrderType.LIMIT, -5, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(order(OrderType.LIMIT, 5, 0).limitPriceRaw()).isEqualTo(5);
            assertThat(order(OrderType.STOP, 0, 6).stopPriceRaw()).isEqualTo(6);
        }

        private Order order(OrderType type, long limit, long stop) {
            return Order.builder(ID, STRATEGY, AAPL, OrderSide.BUY, type).quantity(FixedPoint.ratioOfUnits(1)).limitPrice(limit)
                    .stopPrice(stop).createdNanos(T0).build();
        }

        @Test
        void idsAndEventsValidate() {
            assertThat(ClientOrderId.parse("O-42")).isEqualTo(new ClientOrderId(42)).hasToString("O-42");
            assertThat(new ClientOrderId(1).compareTo(new ClientOrderId(2))).isNegative();
            assertThatThrownBy(() -> new ClientOrderId(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("order sequence must be > 0, got 0");
            assertThat(ClientOrderId.parse("W20261204T1630-17")).isEqualTo(new ClientOrderId("W20261204T1630", 17))
                    .hasToString("W20261204T1630-17");
            assertThat(new ClientOrderId("A", 9).compareTo(new ClientOrderId("B", 1))).isNegative();
            assertThatThrownBy(() -> ClientOrderId.parse("X1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("client order id must look like O-123 (session tag, dash, sequence), got 'X1'");
            assertThatThrownBy(() -> new ClientOrderId("a-b", 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("order id session tag must be letters, digits or _, got 'a-b'");
            assertThatThrownBy(() -> new StrategyId(" ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(new StrategyId("s1")).hasToString("s1");
            assertThat(new VenueOrderId("V-17")).hasToString("V-17");
            assertThat(new TradeId("T-3")).hasToString("T-3");
            assertThatThrownBy(() -> new VenueOrderId("")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("venue order id must not be blank");
            assertThatThrownBy(() -> new TradeId(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("trade id must not be blank");
            assertThatThrownBy(() -> new TradeId(null)).isInstanceOf(NullPointerException.class);

            OrderFilled f = new OrderFilled(ID, T0, AAPL, OrderSide.SELL, FixedPoint.parseMoney("3"), FixedPoint.parseMoney("10"),
                    FixedPoint.parseMoney("0.5"), Currency.USD);
            assertThat(f.signedQuantityRaw()).isEqualTo(-3_000_000_000L);
            assertThat(f.quantity().raw()).isEqualTo(3_000_000_000L);
            assertThat(f.price()).isEqualTo(Price.of("10"));
            assertThat(f.commission().raw()).isEqualTo(500_000_000L);
            assertThat(f.commission().currency()).isEqualTo(Currency.USD);
            assertThatThrownBy(() -> new OrderFilled(ID, T0, AAPL, OrderSide.BUY, 0, 1, 0, Currency.USD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("fill quantity must be > 0, got raw 0");
            assertThatThrownBy(() -> new OrderFilled(ID, T0, AAPL, OrderSide.BUY, 1, 0, 0, Currency.USD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("fill price must be > 0, got raw 0");
            assertThatThrownBy(() -> new OrderFilled(ID, T0, AAPL, OrderSide.BUY, 1, 1, -1, Currency.USD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("commission must be >= 0, got raw -1");
            assertThatThrownBy(() -> new OrderCanceled(ID, T0, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new OrderRejected(ID, T0, null, "x")).isInstanceOf(NullPointerException.class);
            assertThat(OrderSide.BUY.sign()).isEqualTo(1);
            assertThat(OrderSide.SELL.sign()).isEqualTo(-1);
            assertThat(OrderSide.BUY.opposite()).isEqualTo(OrderSide.SELL);
            assertThat(OrderType.STOP_LIMIT.hasLimitPrice()).isTrue();
            assertThat(OrderType.STOP.hasLimitPrice()).isFalse();
            assertThat(OrderType.MARKET.hasStopPrice()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void openQuantityIsZeroOnlyInTerminalStates(OrderStatus status) {
        Order o = orderIn(status);
        Set<OrderStatus> terminal = EnumSet.of(OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.REJECTED,
                OrderStatus.DENIED);
        long expected = switch (status) {
            case INITIALIZED, SUBMITTED, ACCEPTED -> FixedPoint.parseMoney("10");
            case PARTIALLY_FILLED -> FixedPoint.parseMoney("6");
            default -> 0;
        };
        assertThat(o.openQuantityRaw()).isEqualTo(expected);
        assertThat(status.isTerminal()).isEqualTo(terminal.contains(status));
    }
}
