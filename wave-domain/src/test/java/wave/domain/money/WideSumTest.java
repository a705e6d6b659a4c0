package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import wave.domain.money.Scales;

/** The 128-bit running total equals the exact sum, far beyond one long. */
class WideSumTest {
    @Property
    void equalsTheExactSumOfAnyValues(@ForAll long[] values) {
        WideSum sum = new WideSum();
        BigInteger exact = BigInteger.ZERO;
        for (long v : values) {
            sum.add(v);
            exact = exact.add(BigInteger.valueOf(v));
        }
        BigDecimal expected = new BigDecimal(exact, Scales.MONEY_DIGITS);
        assertThat(sum.toBigDecimal()).isEqualByComparingTo(expected);
        assertThat(sum.toDouble()).isCloseTo(expected.doubleValue(), org.assertj.core.data.Percentage.withPercentage(1e-12));
    }

    @Test
    void holdsATrillionDollarsTradedManyTimesOver() {
        WideSum sum = new WideSum();
        long nineBillion = FixedPoint.moneyOfUnits(9_000_000_000L);
        for (int i = 0; i < 1_000; i++) {
            sum.add(nineBillion);
        }
        assertThat(sum.toBigDecimal()).isEqualByComparingTo("9000000000000");
        assertThat(sum.toDouble()).isEqualTo(9e12);
        sum.add(-nineBillion);
        assertThat(sum.toBigDecimal()).isEqualByComparingTo("8991000000000");
    }
}
