package wave.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;

/** Trailing offsets, good-till-date expiry, in-place updates and slippage of an {@link Order}. */
class OrderTermsTest {
    static final ClientOrderId ID = new ClientOrderId(3);
    static final StrategyId STRATEGY = new StrategyId("s");
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final long T0 = 1_700_000_000_000_000_000L;

    /**
     * Exact decimal to raw, for any kind of value: these tests run in the standard range, where prices, quantities
     * and money share the 9-decimal scale (the wide-range tests use the typed parsers of FixedPoint).
     */
    static long raw(String decimal) {
        return FixedPoint.parseMoney(decimal);
    }

    static Order order(OrderType type, long limit, long stop, TrailingOffset trailing, TimeInForce tif, long expire) {
        return Order.builder(ID, STRATEGY, ACME, OrderSide.SELL, type).quantity(raw("10")).limitPrice(limit).stopPrice(stop)
                .trailingOffset(trailing).timeInForce(tif).expireNanos(expire).createdNanos(T0).build();
    }

    static Order acceptedLimitSell() {
        Order o = order(OrderType.LIMIT, raw("11"), 0, null, TimeInForce.GTC, Order.NO_EXPIRY);
        o.apply(new OrderSubmitted(ID, T0 + 1));
        o.apply(new OrderAccepted(ID, T0 + 2));
        return o;
    }

    @Nested
    class Construction {
        @Test
        void aTrailingStopCarriesAnOffsetAndNoStopPrice() {
            Order o = order(OrderType.TRAILING_STOP, 0, 0, TrailingOffset.percent("2"), TimeInForce.GTC, Order.NO_EXPIRY);
            assertThat(o.trailingOffset()).isEqualTo(new TrailingOffset(TrailingOffset.Unit.PERCENT, raw("2")));
            assertThat(o.stopPriceRaw()).isEqualTo(Order.NO_PRICE);
            assertThat(o).hasToString("O-3 SELL 10 ACME.SIM TRAILING_STOP trailing 2% [INITIALIZED]");
            assertThatThrownBy(() -> order(OrderType.TRAILING_STOP, 0, 0, null, TimeInForce.GTC, Order.NO_EXPIRY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: TRAILING_STOP order needs a trailing offset");
            assertThatThrownBy(() -> order(OrderType.STOP, 0, raw("9"), TrailingOffset.amount(Price.of("1")), TimeInForce.GTC,
                    Order.NO_EXPIRY)).isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: STOP order takes no trailing offset");
            assertThatThrownBy(() -> order(OrderType.TRAILING_STOP, 0, raw("9"), TrailingOffset.percent("2"), TimeInForce.GTC,
                    Order.NO_EXPIRY)).isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: TRAILING_STOP order takes no stop price");
        }

        @Test
        void onlyAGoodTillDateOrderHasAnExpiryTime() {
            Order gtd = order(OrderType.MARKET_ON_CLOSE, 0, 0, null, TimeInForce.GTD, T0 + 5);
            assertThat(gtd.expireNanos()).isEqualTo(T0 + 5);
            assertThat(gtd.timeInForce()).isEqualTo(TimeInForce.GTD);
            assertThat(order(OrderType.MARKET, 0, 0, null, TimeInForce.DAY, Order.NO_EXPIRY).expireNanos()).isEqualTo(Order.NO_EXPIRY);
            assertThatThrownBy(() -> order(OrderType.MARKET, 0, 0, null, TimeInForce.GTD, Order.NO_EXPIRY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: GTD order needs an expiry time");
            assertThatThrownBy(() -> order(OrderType.MARKET, 0, 0, null, TimeInForce.IOC, T0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: IOC order takes no expiry time");
        }

        @Test
        void typeAndTimeInForceQueries() {
            assertThat(OrderType.TRAILING_STOP.isTrailing()).isTrue();
            assertThat(OrderType.TRAILING_STOP.hasStopPrice()).isFalse();
            assertThat(OrderType.TRAILING_STOP.hasTrigger()).isTrue();
            assertThat(OrderType.STOP_LIMIT.hasTrigger()).isTrue();
            assertThat(OrderType.LIMIT.hasTrigger()).isFalse();
            assertThat(OrderType.MARKET_ON_OPEN.isAuction()).isTrue();
            assertThat(OrderType.MARKET_ON_CLOSE.isAuction()).isTrue();
            assertThat(OrderType.MARKET.isAuction()).isFalse();
            assertThat(TimeInForce.IOC.isImmediate()).isTrue();
            assertThat(TimeInForce.FOK.isImmediate()).isTrue();
            assertThat(TimeInForce.DAY.isImmediate()).isFalse();
        }
    }

    @Nested
    class TrailingOffsets {
        @ParameterizedTest(name = "{0} {1} from {2} -> {3}")
        @CsvSource(textBlock = """
                # side, offset, best,   stop
                SELL,   0.5,    10,     9.5
                BUY,    0.5,    10,     10.5
                SELL,   2%,     10,     9.8
                BUY,    2%,     10,     10.2
                SELL,   2.5%,   10.03,  9.77925
                SELL,   1%,     0.000000015, 0.000000015
                SELL,   0.333333333%, 3, 2.99
                SELL,   5,      4,      0.000000001
                """)
        void stopPriceFromTheBestPrice(OrderSide side, String offset, String best, String stop) {
            TrailingOffset o = offset.endsWith("%") ? TrailingOffset.percent(offset.substring(0, offset.length() - 1))
                    : TrailingOffset.amount(Price.of(offset));
            assertThat(o.stopPriceRaw(side, raw(best))).isEqualTo(raw(stop));
        }

        @Test
        void offsetsMustBePositiveAndPercentagesBelowOneHundred() {
            assertThatThrownBy(() -> TrailingOffset.amount(Price.ZERO)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("trailing offset must be > 0, got 0");
            assertThatThrownBy(() -> TrailingOffset.percent("100")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("trailing percent must be < 100, got 100");
            assertThat(TrailingOffset.amount(Price.of("0.25"))).hasToString("0.25");
        }
    }

    @Nested
    class Updates {
        @Test
        void anUpdateChangesQuantityAndPricesAndKeepsTheState() {
            Order o = acceptedLimitSell();
            o.apply(new OrderUpdated(ID, T0 + 5, raw("6"), raw("11.5"), Order.NO_PRICE));
            assertThat(o.status()).isEqualTo(OrderStatus.ACCEPTED);
            assertThat(o.quantityRaw()).isEqualTo(raw("6"));
            assertThat(o.limitPriceRaw()).isEqualTo(raw("11.5"));
            assertThat(o.openQuantityRaw()).isEqualTo(raw("6"));
            assertThat(o.lastEventNanos()).isEqualTo(T0 + 5);
        }

        @Test
        void aPartlyFilledOrderCanGrowOrShrinkButNotToItsFilledQuantity() {
            Order o = acceptedLimitSell();
            o.apply(new OrderFilled(ID, T0 + 3, ACME, OrderSide.SELL, raw("4"), raw("11"), 0, Currency.USD));
            o.apply(new OrderUpdated(ID, T0 + 4, raw("5"), raw("11"), Order.NO_PRICE));
            assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertThat(o.openQuantityRaw()).isEqualTo(raw("1"));
            assertThatThrownBy(() -> o.apply(new OrderUpdated(ID, T0 + 5, raw("4"), raw("11"), Order.NO_PRICE)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("O-3: new quantity 4 must be above the filled quantity 4; cancel the order instead");
            o.apply(new OrderFilled(ID, T0 + 6, ACME, OrderSide.SELL, raw("1"), raw("11"), 0, Currency.USD));
            assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
        }

        @Test
        void anUpdateMustFitTheOrderType() {
            Order o = acceptedLimitSell();
            assertThatThrownBy(() -> o.apply(new OrderUpdated(ID, T0 + 5, raw("10"), Order.NO_PRICE, Order.NO_PRICE)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: LIMIT order needs a positive limit price");
            assertThatThrownBy(() -> o.apply(new OrderUpdated(ID, T0 + 5, raw("10"), raw("11"), raw("10"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: LIMIT order takes no stop price");
            assertThat(o.limitPriceRaw()).isEqualTo(raw("11"));
            assertThat(o.lastEventNanos()).isEqualTo(T0 + 2);
        }

        @Test
        void newTermsCanBeCheckedBeforeTheUpdateIsSentWithTheMessagesOfApply() {
            Order o = acceptedLimitSell();
            o.apply(new OrderFilled(ID, T0 + 3, ACME, OrderSide.SELL, raw("4"), raw("11"), 0, Currency.USD));
            o.checkUpdate(raw("5"), raw("11.5"), Order.NO_PRICE);
            assertThatThrownBy(() -> o.checkUpdate(raw("4"), raw("11"), Order.NO_PRICE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("O-3: new quantity 4 must be above the filled quantity 4; cancel the order instead");
            assertThatThrownBy(() -> o.checkUpdate(raw("10"), Order.NO_PRICE, Order.NO_PRICE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("O-3: LIMIT order needs a positive limit price");
            // checking changes nothing
            assertThat(o.quantityRaw()).isEqualTo(raw("10"));
            assertThat(o.limitPriceRaw()).isEqualTo(raw("11"));
            assertThat(o.lastEventNanos()).isEqualTo(T0 + 3);
        }
    }

    @Test
    void aFillsSlippageDefaultsToZeroAndIsNeverNegative() {
        assertThat(new OrderFilled(ID, T0, ACME, OrderSide.BUY, 1, 1, 0, Currency.USD, raw("0.04")).slippageRaw())
                .isEqualTo(raw("0.04"));
        assertThat(new OrderFilled(ID, T0, ACME, OrderSide.BUY, 1, 1, 0, Currency.USD).slippageRaw()).isZero();
        assertThatThrownBy(() -> new OrderFilled(ID, T0, ACME, OrderSide.BUY, 1, 1, 0, Currency.USD, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("slippage must be >= 0, got raw -1");
    }
}
