package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Money USD_100 = Money.of("100", Currency.USD);
    private static final Money EUR_1 = Money.of("1", Currency.EUR);

    @Test
    void exactArithmeticInOneCurrency() {
        Money a = Money.of("100000.123456789", Currency.USD);
        Money b = Money.of("0.000000001", Currency.USD);
        assertThat(a.plus(b)).isEqualTo(Money.of("100000.12345679", Currency.USD));
        assertThat(a.minus(b).raw()).isEqualTo(100_000_123_456_788L);
        assertThat(Money.zero(Currency.USD).minus(b)).isEqualTo(Money.ofRaw(-1, Currency.USD));
        assertThat(USD_100.timesRatio(FixedPoint.parseRatio("0.0015"))).isEqualTo(Money.of("0.15", Currency.USD));
        assertThat(Money.of("0.000000003", Currency.USD).timesRatio(FixedPoint.parseRatio("0.5")).raw()).isEqualTo(2);
        assertThat(Money.of("0.000000005", Currency.USD).timesRatio(FixedPoint.parseRatio("0.5")).raw()).isEqualTo(2);
        assertThat(Money.of("-0.000000005", Currency.USD).timesRatio(FixedPoint.parseRatio("0.5")).raw()).isEqualTo(-2);
        assertThat(Money.of("1.005", Currency.USD).roundedToMinorUnit()).isEqualTo(Money.of("1", Currency.USD));
        assertThat(Money.of("2.5", Currency.USD).toDouble()).isEqualTo(2.5);
        assertThat(Money.of("1.20", Currency.EUR)).hasToString("1.2 EUR");
        assertThat(Money.of("-100000", Currency.USD)).hasToString("-100000 USD");
    }

    @Test
    void comparesWithinACurrency() {
        assertThat(USD_100.compareTo(Money.of("100.000000001", Currency.USD))).isNegative();
        assertThat(USD_100.compareTo(Money.of("99.999999999", Currency.USD))).isPositive();
        assertThat(USD_100.compareTo(Money.of("100.0", Currency.USD))).isZero();
        assertThat(USD_100).isEqualTo(Money.ofRaw(100_000_000_000L, Currency.USD)).isNotEqualTo(Money.of("100", Currency.EUR));
    }

    @Test
    void currencyMismatchThrows() {
        assertThatThrownBy(() -> USD_100.plus(EUR_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("currency mismatch: USD vs EUR");
        assertThatThrownBy(() -> EUR_1.minus(USD_100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("currency mismatch: EUR vs USD");
        assertThatThrownBy(() -> USD_100.compareTo(EUR_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("currency mismatch: USD vs EUR");
        // a custom currency with the same code but other minor digits is a different currency
        assertThatThrownBy(() -> USD_100.plus(Money.of("1", new Currency("USD", 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflowAndNullCurrencyThrow() {
        Money max = Money.ofRaw(Long.MAX_VALUE, Currency.USD);
        assertThatThrownBy(() -> max.plus(Money.ofRaw(1, Currency.USD))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofRaw(Long.MIN_VALUE, Currency.USD).minus(Money.ofRaw(1, Currency.USD)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.timesRatio(FixedPoint.ratioOfUnits(2))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    }
}
