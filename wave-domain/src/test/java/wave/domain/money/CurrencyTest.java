package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {
    @Test
    void wellKnownCurrenciesAndTheirMinorUnits() {
        assertThat(Currency.of("USD")).isSameAs(Currency.USD);
        assertThat(Currency.of("JPY")).isSameAs(Currency.JPY);
        assertThat(Currency.of("BTC")).isSameAs(Currency.BTC);
        assertThat(Currency.USD.minorUnitDigits()).isEqualTo(2);
        assertThat(Currency.EUR.minorUnitDigits()).isEqualTo(2);
        assertThat(Currency.GBP.minorUnitDigits()).isEqualTo(2);
        assertThat(Currency.CHF.minorUnitDigits()).isEqualTo(2);
        assertThat(Currency.JPY.minorUnitDigits()).isZero();
        assertThat(Currency.USDT.minorUnitDigits()).isEqualTo(6);
        assertThat(Currency.BTC.minorUnitDigits()).isEqualTo(8);
        assertThat(Currency.ETH.minorUnitDigits()).isEqualTo(8);
        assertThat(Currency.of("SEK")).isEqualTo(new Currency("SEK", 2));
        assertThat(Currency.USD).hasToString("USD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "U", "ABCDEFGHIJK", "US D", "US-D", ""})
    void rejectsBadCodes(String code) {
        assertThatThrownBy(() -> new Currency(code, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency code must be 2-10 upper-case letters or digits, got '" + code + "'");
    }

    @Test
    void rejectsBadMinorUnitsAndNullCode() {
        assertThatThrownBy(() -> new Currency("XYZ", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minorUnitDigits must be in [0, 9], got 10");
        assertThatThrownBy(() -> new Currency("XYZ", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minorUnitDigits must be in [0, 9], got -1");
        assertThatThrownBy(() -> new Currency(null, 2)).isInstanceOf(NullPointerException.class);
        assertThat(new Currency("X9", 9).minorUnitDigits()).isEqualTo(9);
        assertThat(new Currency("X0", 0).minorUnitDigits()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "USD, 1.005, 1",          // 100.5 cents: tie to even (100)
            "USD, 1.015, 1.02",       // 101.5 cents: tie to even (102)
            "USD, 1.025, 1.02",
            "USD, 1.035, 1.04",
            "USD, 1.005000001, 1.01",
            "USD, 1.004999999, 1",
            "USD, -1.005, -1",
            "USD, -1.015, -1.02",
            "USD, -1.025, -1.02",
            "USD, -1.005000001, -1.01",
            "USD, 0.005, 0",
            "USD, 123.45, 123.45",
            "JPY, 100.5, 100",
            "JPY, 101.5, 102",
            "JPY, -101.5, -102",
            "JPY, 0.499999999, 0",
            "BTC, 0.000000005, 0",
            "BTC, 0.000000015, 0.00000002",
            "BTC, 1.123456785, 1.12345678",
            "BTC, -1.123456775, -1.12345678",
            "USDT, 1.0000005, 1",
            "USDT, 1.0000015, 1.000002",
            "USD, 9223372036.85, 9223372036.85",
            "USD, 9223372036.854775807, 9223372036.85",
            "USD, -9223372036.854775808, -9223372036.85",
    })
    void roundsHalfEvenToTheMinorUnit(String code, String amount, String expected) {
        Currency currency = Currency.of(code);
        assertThat(currency.roundToMinorUnit(FixedPoint.parseMoney(amount))).isEqualTo(FixedPoint.parseMoney(expected));
        assertThat(Money.of(amount, currency).roundedToMinorUnit()).isEqualTo(Money.of(expected, currency));
    }

    @Test
    void nineMinorDigitsIsTheIdentity() {
        Currency nano = new Currency("NANO", 9);
        for (long raw : new long[] {Long.MIN_VALUE, -1, 0, 1, 123_456_789, Long.MAX_VALUE}) {
            assertThat(nano.roundToMinorUnit(raw)).isEqualTo(raw);
        }
    }

    @ParameterizedTest
    @CsvSource({
            // 9223372036.854775807 rounds to 9223372037 yen / 92233720.36854776 BTC: neither fits in a raw long
            "JPY, 9223372036854775807",
            "JPY, -9223372036854775808",
            "BTC, 9223372036854775807",
            "USDT, 9223372036854775807",
    })
    void roundingBeyondTheLongRangeThrows(String code, long raw) {
        assertThat(catchThrowable(() -> Currency.of(code).roundToMinorUnit(raw)))
                .as("bug: roundToMinorUnit multiplies the rounded quotient back without overflow check and returned %d",
                        safeRound(code, raw))
                .isInstanceOf(ArithmeticException.class);
    }

    private static Long safeRound(String code, long raw) {
        try {
            return Currency.of(code).roundToMinorUnit(raw);
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
