package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.raw;

import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

/** A USD account holding euros and a stock quoted in EUR, valued in USD at the EUR/USD rate. */
class MultiCurrencyPortfolioTest {
    static final Equity SAP = new Equity(InstrumentId.parse("SAP.XETRA"), Currency.EUR, Price.of("0.01"), Quantity.of(1));

    static OrderFilled buySap(String quantity, String price, String feeEur) {
        return new OrderFilled(new ClientOrderId(1), T0, SAP.id(), OrderSide.BUY, raw(quantity), raw(price), raw(feeEur),
                Currency.EUR);
    }

    @Test
    void equityIsUsdCashPlusEuroCashAndStockTimesTheRate() {
        // Given 50,000 USD and 10,000 EUR, EUR/USD at 1.1
        Portfolio p = new Portfolio(Currency.USD, raw("50000"));
        p.deposit(Currency.EUR, raw("10000"));
        FxRates rates = new FxRates(Currency.USD);
        rates.set(Currency.EUR, raw("1.1"));
        p.useFxRates(rates);
        assertThat(p.equityRaw()).isEqualTo(raw("61000"));

        // When buying 40 SAP at 200 EUR with a 5 EUR fee, then SAP closes at 210 and EUR/USD moves to 1.08765
        p.position(SAP);
        p.apply(buySap("40", "200", "5"));
        p.position(SAP).mark(raw("210"));
        rates.set(Currency.EUR, raw("1.08765"));

        // Then EUR holds 1,995 cash + 8,400 in stock = 10,395 EUR, worth 10,395 x 1.08765 = 11,306.12175 USD
        assertThat(p.cashRaw(Currency.EUR)).isEqualTo(raw("1995"));
        assertThat(p.equityRaw(Currency.EUR)).isEqualTo(raw("10395"));
        assertThat(p.equityRaw(Currency.USD)).isEqualTo(raw("50000"));
        assertThat(p.equityRaw()).isEqualTo(raw("61306.12175"));
        // the EUR fee is a EUR fee; base-currency totals are untouched
        assertThat(p.ledger().commissionRaw(Currency.EUR)).isEqualTo(raw("5"));
        assertThat(p.commissionRaw()).isZero();
    }

    @Test
    void eachCurrencyIsRoundedOnceHalfEven() {
        Portfolio p = new Portfolio(Currency.USD, raw("1"));
        p.deposit(Currency.EUR, raw("0.000000001"));
        p.deposit(Currency.GBP, raw("0.000000001"));
        FxRates rates = new FxRates(Currency.USD);
        rates.set(Currency.EUR, raw("1.5")); // 0.0000000015 -> 0.000000002 (half-even)
        rates.set(Currency.GBP, raw("2.5")); // 0.0000000025 -> 0.000000002 (half-even)
        p.useFxRates(rates);
        assertThat(p.equityRaw()).isEqualTo(raw("1.000000004"));
    }

    @Test
    void aCurrencyHoldingValueWithoutARateThrowsNamingThePair() {
        Portfolio p = new Portfolio(Currency.USD, raw("1000"));
        p.deposit(Currency.EUR, raw("10"));
        p.useFxRates(new FxRates(Currency.USD));
        assertThatThrownBy(p::equityRaw).isInstanceOf(IllegalStateException.class).hasMessageContaining("EUR/USD");
    }

    @Test
    void aCurrencyHoldingNothingNeedsNoRate() {
        Portfolio p = new Portfolio(Currency.USD, raw("1000"));
        p.deposit(Currency.EUR, raw("0"));
        p.useFxRates(new FxRates(Currency.USD));
        assertThat(p.equityRaw()).isEqualTo(raw("1000"));
    }

    @Test
    void withoutFxRatesTheAccountIsValuedInItsBaseCurrencyOnlyAsBefore() {
        Portfolio p = new Portfolio(Currency.USD, raw("1000"));
        p.deposit(Currency.EUR, raw("10"));
        assertThat(p.equityRaw()).isEqualTo(raw("1000"));
        assertThat(p.equityRaw(Currency.EUR)).isEqualTo(raw("10"));
    }

    @Test
    void ratesAreValidated() {
        FxRates rates = new FxRates(Currency.USD);
        assertThatThrownBy(() -> rates.set(Currency.EUR, 0)).hasMessageContaining("EUR/USD");
        assertThatThrownBy(() -> rates.set(Currency.USD, raw("2"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(rates.rateRaw(Currency.USD)).isEqualTo(raw("1"));
        assertThatThrownBy(() -> new Portfolio(Currency.EUR, 1).useFxRates(rates))
                .isInstanceOf(IllegalArgumentException.class);
        rates.set(Currency.EUR, raw("1.25"));
        assertThat(rates.fromBaseRaw(Currency.EUR, raw("100"))).isEqualTo(raw("80"));
        assertThat(rates.toBaseRaw(Currency.EUR, raw("80"))).isEqualTo(raw("100"));
    }
}
