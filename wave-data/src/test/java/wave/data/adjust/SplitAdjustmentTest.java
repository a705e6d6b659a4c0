package wave.data.adjust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

class SplitAdjustmentTest {
    private static final long DAY = 86_400_000_000_000L;

    /** Four days: a 2-for-1 split goes ex on day 2 (quoted after it), a 0.5 dividend on day 3, a 1-for-4 on day 4. */
    private static BarSeries series() {
        BarSeries.Builder b = BarSeries.builder(InstrumentId.of("X"), BarSpec.DAY_1, 4);
        b.add(0, raw("100"), raw("104"), raw("98"), raw("102"), 1000);
        b.add(DAY, raw("51"), raw("52"), raw("50"), raw("51.5"), 2000);
        b.add(2 * DAY, raw("51"), raw("53"), raw("50.5"), raw("52"), 2100);
        b.add(3 * DAY, raw("208"), raw("212"), raw("204"), raw("210"), 500);
        return b.build().withCorporateActions(new long[]{0, 0, raw("0.5"), 0},
                new long[]{ratio("1"), ratio("2"), ratio("1"), ratio("0.25")});
    }

    @Test
    void pricesBeforeEachSplitAreDividedByTheSplitsAfterThem() {
        BarSeries adjusted = SplitAdjustment.apply(series());

        // Day 1 sees both later splits (2 x 0.25 = 0.5); days 2 and 3 the reverse split only (0.25); day 4 none.
        assertThat(adjusted.closes()).containsExactly(204, 206, 208, 210);
        assertThat(adjusted.opens()).containsExactly(200, 204, 204, 208);
        assertThat(adjusted.volumes()).containsExactly(500, 500, 525, 500);
        assertThat(FixedPoint.formatPrice(adjusted.dividendRaw(2))).isEqualTo("2");
        assertThat(adjusted.splitRatioRaw(1)).isEqualTo(Scales.RATIO);
        assertThat(adjusted.splitRatioRaw(3)).isEqualTo(Scales.RATIO);
        assertThat(SplitAdjustment.splits(series())).isEqualTo(2);
        assertThat(SplitAdjustment.splits(adjusted)).isZero();
    }

    @Test
    void aPriceThatDoesNotDivideEvenlyIsRoundedHalfEvenToTheStep() {
        BarSeries.Builder b = BarSeries.builder(InstrumentId.of("X"), BarSpec.DAY_1, 2);
        b.add(0, raw("78"), raw("78"), raw("78"), raw("78"), 1);
        b.add(DAY, raw("11"), raw("11"), raw("11"), raw("11"), 1);
        BarSeries split = b.build().withCorporateActions(new long[2], new long[]{ratio("1"), ratio("7")});

        BarSeries adjusted = SplitAdjustment.apply(split);

        assertThat(FixedPoint.formatPrice(adjusted.closeRaw(0))).isEqualTo("11.142857143");
        assertThat(adjusted.hasCorporateActions()).isFalse();
    }

    @Test
    void aSeriesWithoutSplitsIsReturnedAsItIs() {
        BarSeries.Builder b = BarSeries.builder(InstrumentId.of("X"), BarSpec.DAY_1, 1);
        b.add(0, raw("1"), raw("1"), raw("1"), raw("1"), 1);
        BarSeries plain = b.build();

        assertThat(SplitAdjustment.apply(plain)).isSameAs(plain);
    }

    /** A price, raw. */
    private static long raw(String text) {
        return FixedPoint.parsePrice(text);
    }

    private static long ratio(String text) {
        return FixedPoint.parseRatio(text);
    }
}
