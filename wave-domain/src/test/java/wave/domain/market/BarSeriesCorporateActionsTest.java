package wave.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.market.BarSeriesTest.daily;

import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/** Corporate-action columns carried by a series and read through its cursor. */
class BarSeriesCorporateActionsTest {
    private static final long ONE = Scales.RATIO;

    private static BarSeries withActions() {
        return daily(5).withCorporateActions(
                new long[] {0, FixedPoint.parseMoney("0.82"), 0, 0, 0},
                new long[] {ONE, ONE, ONE, FixedPoint.moneyOfUnits(4), ONE});
    }

    @Test
    void seriesWithoutActionsReportsNone() {
        BarSeries s = daily(3);
        assertThat(s.hasCorporateActions()).isFalse();
        assertThat(s.hasCorporateAction(1)).isFalse();
        assertThat(s.dividendRaw(1)).isZero();
        assertThat(s.splitRatioRaw(1)).isEqualTo(ONE);
        assertThat(s.withoutCorporateActions()).isSameAs(s);
        assertThat(s.bar(0).hasCorporateAction()).isFalse();
    }

    @Test
    void actionsAreAlignedWithTheBarsAndVisibleThroughTheCursor() {
        BarSeries s = withActions();
        assertThat(s.hasCorporateActions()).isTrue();
        assertThat(s.closeRaw(3)).isEqualTo(daily(5).closeRaw(3));
        assertThat(s.hasCorporateAction(0)).isFalse();
        assertThat(s.hasCorporateAction(1)).isTrue();
        assertThat(s.dividendRaw(1)).isEqualTo(FixedPoint.parseMoney("0.82"));
        assertThat(s.splitRatioRaw(3)).isEqualTo(FixedPoint.ratioOfUnits(4));
        BarCursor cursor = new BarCursor(s);
        cursor.moveTo(3);
        assertThat(cursor.hasCorporateAction()).isTrue();
        assertThat(cursor.splitRatioRaw()).isEqualTo(FixedPoint.ratioOfUnits(4));
        assertThat(cursor.dividendRaw()).isZero();
        cursor.moveTo(2);
        assertThat(cursor.hasCorporateAction()).isFalse();
    }

    @Test
    void slicesAndRenamesKeepTheActionsAndTheyCanBeDropped() {
        BarSeries s = withActions();
        BarSeries tail = s.slice(2, 5);
        assertThat(tail.splitRatioRaw(1)).isEqualTo(FixedPoint.ratioOfUnits(4));
        assertThat(tail.hasCorporateAction(0)).isFalse();
        assertThat(s.withInstrument(InstrumentId.of("X")).dividendRaw(1)).isEqualTo(FixedPoint.parseMoney("0.82"));
        BarSeries plain = s.withoutCorporateActions();
        assertThat(plain.hasCorporateActions()).isFalse();
        assertThat(plain.closeRaw(4)).isEqualTo(s.closeRaw(4));
    }

    @Test
    void rejectsMisalignedOrInvalidColumns() {
        BarSeries s = daily(2);
        assertThatThrownBy(() -> s.withCorporateActions(new long[1], new long[] {ONE, ONE}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withCorporateActions(new long[] {0, -1}, new long[] {ONE, ONE}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withCorporateActions(new long[2], new long[] {ONE, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
