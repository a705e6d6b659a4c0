package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import org.junit.jupiter.api.Test;

/** Order notional, quantity and participation limits, on an account of 100,000 USD. */
class OrderSizeRulesTest {
    final TestBook book = new TestBook("100000").mark("AAPL", "100");

    @Test
    void maxOrderPctOfEquity() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_order_pct", 2));

        assertThat(outcome(risk.check(book.market("AAPL", 20)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 21)))).isEqualTo("MAX_ORDER_NOTIONAL risk.max_order_pct: "
                + "order of 2,100.00 is 2.10% of equity 100,000.00, limit 2%");
    }

    @Test
    void anExitIsNeverRefusedForItsNotional() {
        book.hold("AAPL", 500, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_order_pct", 2).set("max_order_notional", 5000));

        assertThat(outcome(risk.check(book.market("AAPL", -500)))).isEqualTo("accepted");
    }

    @Test
    void maxOrderNotional() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_order_notional", 5000));

        assertThat(outcome(risk.check(book.market("AAPL", 50)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.limit("AAPL", 50, "102")))).isEqualTo("MAX_ORDER_NOTIONAL risk.max_order_notional: "
                + "order of 5,100.00 exceeds 5000");
    }

    @Test
    void maxOrderQuantity() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_order_quantity", 100));

        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 101)))).isEqualTo("MAX_ORDER_QUANTITY risk.max_order_quantity: "
                + "quantity 101 exceeds 100");
    }

    @Test
    void maxShareOfAverageDailyVolume() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_adv_pct", 1), (instrument, now) -> 10_000);

        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 101)))).isEqualTo("MAX_ADV_PARTICIPATION risk.max_adv_pct: "
                + "quantity 101 is 1.01% of the average daily volume 10000 of AAPL.SIM, limit 1%");
    }

    @Test
    void anUnknownVolumeLetsTheOrderThrough() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_adv_pct", 1));

        assertThat(outcome(risk.check(book.market("AAPL", 5000)))).isEqualTo("accepted");
    }

    @Test
    void priceBandAgainstTheLastPrice() {
        RiskEngine risk = engine(book, new RiskKeys().set("price_band_pct", 5));

        assertThat(outcome(risk.check(book.limit("AAPL", 10, "104")))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 10)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.limit("AAPL", 10, "106")))).isEqualTo("PRICE_BAND risk.price_band_pct: "
                + "limit price 106 of AAPL.SIM is 6.00% from the last price 100, band 5%");
        assertThat(outcome(risk.check(book.stop("AAPL", -10, "94")))).isEqualTo("PRICE_BAND risk.price_band_pct: "
                + "stop price 94 of AAPL.SIM is 6.00% from the last price 100, band 5%");
    }
}
