package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.portfolio.Fixtures.AAPL;
import static wave.domain.portfolio.Fixtures.ES;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.buy;
import static wave.domain.portfolio.Fixtures.raw;

import org.junit.jupiter.api.Test;
import wave.domain.money.Currency;
import wave.domain.money.FixedPointOverflowException;

/**
 * Accounts whose amounts leave the fixed-point range (about 9.2 billion) fail with a message naming the value being
 * computed and its operands, instead of booking a wrapped number.
 */
class AccountOverflowTest {
    private static final String OVERFLOWS = " overflows 9-decimal fixed point (largest amount 9,223,372,036.854775807)"
            + FixedPointOverflowException.WIDE_RANGE_HINT;

    @Test
    void notionalNamesQuantityInstrumentAndPrice() {
        assertThatThrownBy(() -> AAPL.notionalRaw(raw("150.25"), raw("1000000000")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("notional of 1,000,000,000 AAPL.NASDAQ at 150.25" + OVERFLOWS);
        assertThatThrownBy(() -> ES.notionalRaw(raw("5000"), raw("-100000000")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("notional of -100,000,000 ESZ4.CME at 5,000 x multiplier 50" + OVERFLOWS);
    }

    @Test
    void markingAPositionAboveTheRangeNamesItsNotional() {
        // 8,000,000,000 USD buys 50,000,000 shares at 160; a close of 200 values them at 10 billion
        Portfolio p = new Portfolio(Currency.USD, raw("8000000000"));
        p.position(AAPL);
        p.apply(buy(AAPL, "50000000", "160", "0", T0));

        assertThatThrownBy(() -> p.position(AAPL).mark(raw("200")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("notional of 50,000,000 AAPL.NASDAQ at 200" + OVERFLOWS);
    }

    @Test
    void equityAboveTheRangeNamesCashAndPositions() {
        // 4 billion of cash left and 6 billion of shares: each fits, the sum does not
        Portfolio p = new Portfolio(Currency.USD, raw("9000000000"));
        p.position(AAPL);
        p.apply(buy(AAPL, "50000000", "100", "0", T0));
        p.position(AAPL).mark(raw("120"));

        assertThatThrownBy(p::equityRaw).isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("equity 4,000,000,000 + 6,000,000,000" + OVERFLOWS);
    }

    @Test
    void cashAboveTheRangeNamesTheBalanceAndTheAmount() {
        Portfolio p = new Portfolio(Currency.USD, raw("9000000000"));

        assertThatThrownBy(() -> p.deposit(Currency.USD, raw("500000000")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("cash 9,000,000,000 + 500,000,000" + OVERFLOWS);
        assertThat(p.cashRaw()).isEqualTo(raw("9000000000"));
    }

    @Test
    void conversionAboveTheRangeNamesAmountAndRate() {
        FxRates rates = new FxRates(Currency.USD);
        rates.set(Currency.JPY, raw("0.0067"));

        assertThatThrownBy(() -> rates.fromBaseRaw(Currency.JPY, raw("100000000")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("100,000,000 USD in JPY at JPY/USD 0.0067: 100,000,000 / 0.0067" + OVERFLOWS);
    }
}
