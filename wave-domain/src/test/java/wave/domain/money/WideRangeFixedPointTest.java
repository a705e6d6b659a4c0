package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The typed arithmetic in the wide range (prices at 11 decimals, quantities and money at 6), in a JVM started with
 * {@code -Dwave.range=wide} (surefire execution {@code wide-range}): the ranges of the money-range item (1e12 USD,
 * 1e12 units at 1e-8, prices up to 1e7) are exact, and beyond them the error names the value.
 */
@Tag("wide-range")
@net.jqwik.api.Tag("wide-range") // jqwik properties carry their own tag
class WideRangeFixedPointTest {
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    @Test
    void theJvmRunsTheWideRange() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.WIDE);
        assertThat(Scales.PRICE).isEqualTo(100_000_000_000L);
        assertThat(Scales.QUANTITY).isEqualTo(1_000_000L);
        assertThat(Scales.MONEY).isEqualTo(1_000_000L);
        assertThat(Scales.RATIO).isEqualTo(1_000_000_000L);
        assertThat(Scales.describe()).isEqualTo("range wide: prices at 11 decimals, quantities at 6, money at 6");
    }

    @Test
    void parseAndFormatPerKind() {
        assertThat(FixedPoint.parsePrice("0.00000001234")).isEqualTo(1_234L);
        assertThat(FixedPoint.formatPrice(1_234L)).isEqualTo("0.00000001234");
        assertThat(FixedPoint.parsePrice("10000000")).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(FixedPoint.parseQuantity("1000000000000")).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(FixedPoint.parseMoney("1000000000000.01")).isEqualTo(1_000_000_000_000_010_000L);
        assertThat(FixedPoint.formatGroupedMoney(FixedPoint.parseMoney("1000000000000.01"))).isEqualTo("1,000,000,000,000.01");
        assertThat(FixedPoint.parseMoney("0.0000015")).isEqualTo(2L); // half-even at 6 decimals
        assertThat(FixedPoint.parseRatio("0.001")).isEqualTo(1_000_000L);
        assertThat(Price.of("0.00000001").toString()).isEqualTo("0.00000001");
        assertThat(Quantity.of(1_000_000_000_000L).toDouble()).isEqualTo(1e12);
        assertThat(Money.of("1000000000000", Currency.USD).toDouble()).isEqualTo(1e12);
        assertThat(FixedPoint.priceToDouble(1_234L)).isEqualTo(1.234e-8);
        assertThat(FixedPoint.priceFromDouble(1e7)).isEqualTo(FixedPoint.parsePrice("10000000"));
    }

    @Test
    void theThreeTargetsAreExact() {
        // 1e12 units of a token at 1e-8: a notional of 10,000
        assertThat(FixedPoint.notional(FixedPoint.parsePrice("0.00000001"), FixedPoint.parseQuantity("1000000000000")))
                .isEqualTo(FixedPoint.parseMoney("10000"));
        assertThat(FixedPoint.notional(FixedPoint.parsePrice("0.00000001234"), FixedPoint.parseQuantity("1000000000000")))
                .isEqualTo(FixedPoint.parseMoney("12340"));
        // and back: 10,000 buys 1e12 units at 1e-8
        assertThat(FixedPoint.quantityFor(FixedPoint.parseMoney("10000"), FixedPoint.parsePrice("0.00000001")))
                .isEqualTo(FixedPoint.parseQuantity("1000000000000"));
        // 1e5 units at 1e7: 1e12
        assertThat(FixedPoint.notional(FixedPoint.parsePrice("10000000"), FixedPoint.parseQuantity("100000")))
                .isEqualTo(FixedPoint.parseMoney("1000000000000"));
        // an equity of 1e12 plus a fee rate of 0.1%
        assertThat(FixedPoint.timesRatio(FixedPoint.parseMoney("1000000000000"), FixedPoint.parseRatio("0.001")))
                .isEqualTo(FixedPoint.parseMoney("1000000000"));
        assertThat(FixedPoint.addMoney(FixedPoint.parseMoney("1000000000000"), FixedPoint.parseMoney("0.01"), "cash"))
                .isEqualTo(FixedPoint.parseMoney("1000000000000.01"));
        // the average price of 1e12 units bought for 12,340.5
        assertThat(FixedPoint.priceFor(FixedPoint.parseMoney("12340.5"), FixedPoint.parseQuantity("1000000000000")))
                .isEqualTo(FixedPoint.parsePrice("0.0000000123405"));
    }

    @Test
    void beyondTheWideRangeTheErrorNamesTheValueWithoutAHint() {
        assertThatThrownBy(() -> FixedPoint.notional(FixedPoint.parsePrice("10000000"), FixedPoint.parseQuantity("1000000")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("10,000,000 x 1,000,000 overflows 6-decimal fixed point (largest amount 9,223,372,036,854.775807)");
        assertThatThrownBy(() -> FixedPoint.addMoney(FixedPoint.parseMoney("9000000000000"), FixedPoint.parseMoney("500000000000"), "cash"))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("cash 9,000,000,000,000 + 500,000,000,000 overflows 6-decimal fixed point (largest amount "
                        + "9,223,372,036,854.775807)");
        assertThatThrownBy(() -> Price.of("100000000")).isInstanceOf(NumberFormatException.class)
                .hasMessage("out of range for 11-decimal fixed point: 100000000");
        assertThatThrownBy(() -> FixedPoint.moneyFromBigDecimal(new BigDecimal("1e13"), "cash 1e13"))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("cash 1e13 is above the largest amount Wave holds exactly (9223372036854.775807)");
        assertThatThrownBy(() -> FixedPoint.quantityFor(FixedPoint.parseMoney("1000000"), FixedPoint.parsePrice("0.00000001")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("1,000,000 / 0.00000001 overflows 6-decimal fixed point (largest amount 9,223,372,036,854.775807)");
    }

    @Test
    void currenciesFinerThanTheMoneyScaleKeepTheAmount() {
        assertThat(Currency.BTC.roundToMinorUnit(1_234_567L)).isEqualTo(1_234_567L);
        assertThat(Currency.USD.roundToMinorUnit(FixedPoint.parseMoney("1000000000000.005")))
                .isEqualTo(FixedPoint.parseMoney("1000000000000")); // half-even to the cent
        assertThat(Currency.JPY.roundToMinorUnit(FixedPoint.parseMoney("1.5"))).isEqualTo(FixedPoint.parseMoney("2"));
    }

    @Provide
    Arbitrary<Long> prices() {
        // 1e-11 .. 9.2e7, spread over the magnitudes
        return Arbitraries.integers().between(0, 18).flatMap(digits -> Arbitraries.longs()
                .between(1, digits == 18 ? Long.MAX_VALUE : Scales.pow10(digits + 1)));
    }

    @Provide
    Arbitrary<Long> quantities() {
        // -9.2e12 .. 9.2e12 with up to 6 decimals
        return Arbitraries.integers().between(0, 18).flatMap(digits -> Arbitraries.longs()
                .between(-(digits == 18 ? Long.MAX_VALUE : Scales.pow10(digits + 1)), digits == 18 ? Long.MAX_VALUE : Scales.pow10(digits + 1)));
    }

    @Property(tries = 3000)
    void aNotionalIsTheExactProductRoundedOnceOrANamedOverflow(@ForAll("prices") long price, @ForAll("quantities") long quantity) {
        BigDecimal exact = FixedPoint.priceToBigDecimal(price).multiply(FixedPoint.quantityToBigDecimal(quantity))
                .setScale(Scales.MONEY_DIGITS, RoundingMode.HALF_EVEN);
        BigDecimal unscaled = new BigDecimal(exact.unscaledValue());
        if (unscaled.abs().compareTo(MAX_LONG) <= 0) {
            assertThat(FixedPoint.moneyToBigDecimal(FixedPoint.notional(price, quantity))).isEqualByComparingTo(exact);
        } else {
            assertThatThrownBy(() -> FixedPoint.notional(price, quantity)).isInstanceOf(FixedPointOverflowException.class)
                    .hasMessageContaining(" x ").hasMessageContaining("overflows 6-decimal fixed point");
        }
    }

    @Property(tries = 3000)
    void aQuantityForAnAmountIsTheExactQuotientRoundedOnce(@ForAll("quantities") long money, @ForAll("prices") long price) {
        BigDecimal exact = FixedPoint.moneyToBigDecimal(money).divide(FixedPoint.priceToBigDecimal(price),
                Scales.QUANTITY_DIGITS, RoundingMode.HALF_EVEN);
        if (new BigDecimal(exact.unscaledValue()).abs().compareTo(MAX_LONG) <= 0) {
            assertThat(FixedPoint.quantityToBigDecimal(FixedPoint.quantityFor(money, price))).isEqualByComparingTo(exact);
        } else {
            assertThatThrownBy(() -> FixedPoint.quantityFor(money, price)).isInstanceOf(FixedPointOverflowException.class);
        }
    }

    @Property(tries = 2000)
    void anAmountTimesARatioIsExactRoundedOnce(@ForAll("quantities") long money, @ForAll("prices") long ratioSource) {
        long ratio = ratioSource % (10 * Scales.RATIO); // ratios up to 10
        BigDecimal exact = FixedPoint.moneyToBigDecimal(money).multiply(FixedPoint.ratioToBigDecimal(ratio))
                .setScale(Scales.MONEY_DIGITS, RoundingMode.HALF_EVEN);
        if (new BigDecimal(exact.unscaledValue()).abs().compareTo(MAX_LONG) <= 0) {
            assertThat(FixedPoint.moneyToBigDecimal(FixedPoint.timesRatio(money, ratio))).isEqualByComparingTo(exact);
        } else {
            assertThatThrownBy(() -> FixedPoint.timesRatio(money, ratio)).isInstanceOf(FixedPointOverflowException.class);
        }
    }
}
