package wave.domain.portfolio;

import java.time.LocalDate;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Future;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

/** Instruments and fill factories shared by the portfolio tests. */
final class Fixtures {
    static final Equity AAPL = Equity.usd(InstrumentId.parse("AAPL.NASDAQ"));
    /** A fractional-share equity: quantities down to 0.000000001. */
    static final Equity FRAC = new Equity(InstrumentId.parse("FRAC.SIM"), Currency.USD, Price.of("0.000001"),
            Quantity.of("0.000000001"));
    /** E-mini S&amp;P 500: 50 USD per index point. */
    static final Future ES = new Future(InstrumentId.parse("ESZ4.CME"), Currency.USD, Price.of("0.25"), Quantity.of(1),
            Quantity.of(50), LocalDate.of(2024, 12, 20));

    static final long T0 = 1_704_153_600_000_000_000L; // 2024-01-02T00:00:00Z

    private static long nextOrder = 1;

    private Fixtures() {
    }

    /**
     * Exact decimal to raw, for any kind of value: these tests run in the standard range, where prices, quantities
     * and money share the 9-decimal scale (the wide-range tests use the typed parsers of FixedPoint).
     */
    static long raw(String decimal) {
        return FixedPoint.parseMoney(decimal);
    }

    static OrderFilled fill(Instrument instrument, OrderSide side, String quantity, String price, String fee, long ts) {
        return fill(instrument, side, raw(quantity), raw(price), raw(fee), ts);
    }

    static synchronized OrderFilled fill(Instrument instrument, OrderSide side, long quantityRaw, long priceRaw, long feeRaw,
                                         long ts) {
        return new OrderFilled(new ClientOrderId(nextOrder++), ts, instrument.id(), side, quantityRaw, priceRaw, feeRaw,
                Currency.USD);
    }

    static OrderFilled buy(Instrument instrument, String quantity, String price, String fee, long ts) {
        return fill(instrument, OrderSide.BUY, quantity, price, fee, ts);
    }

    static OrderFilled sell(Instrument instrument, String quantity, String price, String fee, long ts) {
        return fill(instrument, OrderSide.SELL, quantity, price, fee, ts);
    }
}
