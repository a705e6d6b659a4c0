package wave.risk;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.Portfolio;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.pretrade.PreTradeRequest;

/** An account with positions at known prices, and orders on it as the pre-trade stage sees them. */
final class TestBook {
    /** Monday 2024-01-08 15:00 UTC: 10:00 in New York, the market is open. */
    static final long MONDAY_10AM = nanos("2024-01-08T15:00:00Z");

    final Portfolio portfolio;
    private final OrderManager orders = new OrderManager((ticket, event) -> { });
    private final Map<String, Instrument> instruments = new HashMap<>();
    private long fills;
    long nowNanos = MONDAY_10AM;
    StrategyId strategy = new StrategyId("test");

    /** An account of {@code cash} USD. */
    TestBook(String cash) {
        portfolio = new Portfolio(Currency.USD, FixedPoint.parseMoney(cash));
    }

    static long nanos(String instant) {
        Instant t = Instant.parse(instant);
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    Instrument instrument(String symbol) {
        return instruments.computeIfAbsent(symbol, s -> {
            Instrument instrument = Equity.usd(s.contains(".") ? InstrumentId.parse(s) : InstrumentId.of(s));
            portfolio.position(instrument);
            return instrument;
        });
    }

    /** Buys (or, negative, sells short) {@code quantity} at {@code price} and marks the position there. */
    TestBook hold(String symbol, long quantity, String price) {
        Instrument instrument = instrument(symbol);
        long priceRaw = FixedPoint.parsePrice(price);
        portfolio.apply(new OrderFilled(new ClientOrderId(++fills), nowNanos, instrument.id(),
                quantity > 0 ? OrderSide.BUY : OrderSide.SELL, FixedPoint.quantityOfUnits(Math.abs(quantity)), priceRaw, 0, Currency.USD));
        mark(symbol, price);
        return this;
    }

    /** Marks a position (registered if new) at {@code price}. */
    TestBook mark(String symbol, String price) {
        portfolio.position(instrument(symbol)).mark(FixedPoint.parsePrice(price));
        return this;
    }

    /** A market order of {@code quantity} units (positive: buy, negative: sell) at the position's mark. */
    PreTradeRequest market(String symbol, long quantity) {
        return order(symbol, quantity, OrderType.MARKET, 0, 0);
    }

    /** A limit order at {@code limit}. */
    PreTradeRequest limit(String symbol, long quantity, String limit) {
        return order(symbol, quantity, OrderType.LIMIT, FixedPoint.parsePrice(limit), 0);
    }

    /** A stop order at {@code stop}. */
    PreTradeRequest stop(String symbol, long quantity, String stop) {
        return order(symbol, quantity, OrderType.STOP, 0, FixedPoint.parsePrice(stop));
    }

    private PreTradeRequest order(String symbol, long quantity, OrderType type, long limitRaw, long stopRaw) {
        Instrument instrument = instrument(symbol);
        long quantityRaw = FixedPoint.quantityOfUnits(Math.abs(quantity));
        OrderTicket ticket = orders.initialize(strategy, instrument.id(), quantity > 0 ? OrderSide.BUY : OrderSide.SELL,
                type, new Sizing.Fixed(quantityRaw), limitRaw, stopRaw, TimeInForce.GTC, 0, nowNanos);
        long reference = limitRaw > 0 ? limitRaw : stopRaw > 0 ? stopRaw : portfolio.position(instrument.id()).markRaw();
        return new PreTradeRequest(ticket, instrument, quantityRaw, Math.abs(instrument.notionalRaw(reference, quantityRaw)),
                reference, portfolio, nowNanos);
    }
}
