package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceQuantityTest {
    @Test
    void price() {
        Price p = Price.of("101.25");
        assertThat(p.raw()).isEqualTo(101_250_000_000L);
        assertThat(p).isEqualTo(Price.ofRaw(101_250_000_000L)).isEqualTo(Price.of(101.25));
        assertThat(p.toDouble()).isEqualTo(101.25);
        assertThat(p.isPositive()).isTrue();
        assertThat(Price.ZERO.isPositive()).isFalse();
        assertThat(Price.of("-0.01").isPositive()).isFalse();
        assertThat(p).hasToString("101.25");
        assertThat(Price.of("100.000")).hasToString("100");
        assertThat(p.compareTo(Price.of("101.250000001"))).isNegative();
        assertThat(p.compareTo(Price.of("101.249999999"))).isPositive();
        assertThat(Price.of(0.1).raw()).isEqualTo(100_000_000L);
        assertThatThrownBy(() -> Price.of("abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Price.of(Double.NaN)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void quantity() {
        assertThat(Quantity.of(50).raw()).isEqualTo(50_000_000_000L);
        assertThat(Quantity.of("0.25").raw()).isEqualTo(250_000_000L);
        assertThat(Quantity.of("-3")).isEqualTo(Quantity.of(-3)).isEqualTo(Quantity.ofRaw(-3_000_000_000L));
        assertThat(Quantity.ZERO.isZero()).isTrue();
        assertThat(Quantity.ofRaw(1).isZero()).isFalse();
        assertThat(Quantity.of("0.000000001")).hasToString("0.000000001");
        assertThat(Quantity.of("50000.5").toDouble()).isEqualTo(50000.5);
        assertThat(Quantity.of(1).compareTo(Quantity.of("0.999999999"))).isPositive();
        assertThatThrownBy(() -> Quantity.of(10_000_000_000L)).isInstanceOf(ArithmeticException.class);
    }
}
