package wave.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

class BarSeriesTest {
    static final InstrumentId AAPL = InstrumentId.parse("AAPL.NASDAQ");
    static final long DAY_NANOS = 86_400_000_000_000L;
    static final long T0 = Instant.parse("2024-01-02T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    /** n daily bars: open 100+i, high 101.5+i, low 99.25+i, close 100.75+i, volume 1000*(i+1). */
    static BarSeries daily(int n) {
        BarSeries.Builder b = BarSeries.builder(AAPL, BarSpec.DAY_1, 2);
        for (int i = 0; i < n; i++) {
            b.add(T0 + i * DAY_NANOS, FixedPoint.moneyOfUnits(100 + i), FixedPoint.parseMoney("101.5") + FixedPoint.moneyOfUnits(i),
                    FixedPoint.parseMoney("99.25") + FixedPoint.moneyOfUnits(i), FixedPoint.parseMoney("100.75") + FixedPoint.moneyOfUnits(i),
                    1000.0 * (i + 1));
        }
        return b.build();
    }

    @Test
    void builderGrowsAndKeepsEveryColumn() {
        BarSeries s = daily(40); // beyond the initial capacity of 16
        assertThat(s.size()).isEqualTo(40);
        assertThat(s.isEmpty()).isFalse();
        assertThat(s.instrument()).isEqualTo(AAPL);
        assertThat(s.spec()).isEqualTo(BarSpec.DAY_1);
        for (int i = 0; i < 40; i++) {
            assertThat(s.tsNanos(i)).isEqualTo(T0 + i * DAY_NANOS);
            assertThat(s.openRaw(i)).isEqualTo((100L + i) * Scales.PRICE);
            assertThat(s.highRaw(i)).isEqualTo(101_500_000_000L + i * Scales.PRICE);
            assertThat(s.lowRaw(i)).isEqualTo(99_250_000_000L + i * Scales.PRICE);
            assertThat(s.closeRaw(i)).isEqualTo(100_750_000_000L + i * Scales.PRICE);
            assertThat(s.open(i)).isEqualTo(100.0 + i);
            assertThat(s.high(i)).isEqualTo(101.5 + i);
            assertThat(s.low(i)).isEqualTo(99.25 + i);
            assertThat(s.close(i)).isEqualTo(100.75 + i);
            assertThat(s.volume(i)).isEqualTo(1000.0 * (i + 1));
        }
        assertThat(s).hasToString("BarSeries[AAPL.NASDAQ 1d x40]");
    }

    @Test
    void aSeriesIsStartLabelledUnlessToldOtherwiseAndKeepsItsLabelThroughEveryCopy() {
        BarSeries start = daily(5);
        BarSeries end = start.withLabel(BarLabel.END);

        assertThat(start.label()).isEqualTo(BarLabel.START);
        assertThat(start.withLabel(BarLabel.START)).isSameAs(start);
        assertThat(end.label()).isEqualTo(BarLabel.END);
        assertThat(end.size()).isEqualTo(5);
        assertThat(end.closeRaw(4)).isEqualTo(start.closeRaw(4));
        assertThat(end.slice(1, 3).label()).isEqualTo(BarLabel.END);
        assertThat(end.head(2).label()).isEqualTo(BarLabel.END);
        assertThat(end.withInstrument(InstrumentId.of("MSFT")).label()).isEqualTo(BarLabel.END);
        BarSeries withActions = end.withCorporateActions(new long[5], new long[] {Scales.RATIO, Scales.RATIO,
                Scales.RATIO, 2 * Scales.RATIO, Scales.RATIO});
        assertThat(withActions.label()).isEqualTo(BarLabel.END);
        assertThat(withActions.slice(2, 5).label()).isEqualTo(BarLabel.END);
        assertThat(withActions.slice(2, 5).splitRatioRaw(1)).isEqualTo(2 * Scales.RATIO);
        assertThat(withActions.withoutCorporateActions().label()).isEqualTo(BarLabel.END);
        assertThat(withActions.withLabel(BarLabel.START).splitRatioRaw(3)).isEqualTo(2 * Scales.RATIO);
    }

    @Test
    void barValuesAndArrayCopies() {
        BarSeries s = daily(3);
        OhlcvBar bar = s.bar(2);
        assertThat(bar).isEqualTo(new OhlcvBar(AAPL, T0 + 2 * DAY_NANOS, 102_000_000_000L, 103_500_000_000L,
                101_250_000_000L, 102_750_000_000L, 3000.0));
        assertThat(bar.time()).isEqualTo(Instant.parse("2024-01-04T00:00:00Z"));
        assertThat(bar.close()).isEqualTo(102.75);
        assertThat(bar.snapshot()).isSameAs(bar);
        assertThat(s.timestamps()).containsExactly(T0, T0 + DAY_NANOS, T0 + 2 * DAY_NANOS);
        assertThat(s.opens()).containsExactly(100.0, 101.0, 102.0);
        assertThat(s.highs()).containsExactly(101.5, 102.5, 103.5);
        assertThat(s.lows()).containsExactly(99.25, 100.25, 101.25);
        assertThat(s.closes()).containsExactly(100.75, 101.75, 102.75);
        assertThat(s.volumes()).containsExactly(1000.0, 2000.0, 3000.0);

        // the arrays are copies: mutating them does not change the series
        double[] closes = s.closes();
        closes[0] = -1;
        long[] ts = s.timestamps();
        ts[0] = -1;
        assertThat(s.close(0)).isEqualTo(100.75);
        assertThat(s.tsNanos(0)).isEqualTo(T0);
        assertThat(s.closes()).isNotSameAs(s.closes());
    }

    @Test
    void outOfRangeIndicesThrow() {
        BarSeries s = daily(3);
        assertThatThrownBy(() -> s.bar(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.bar(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.closeRaw(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.close(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void emptySeries() {
        BarSeries s = BarSeries.builder(AAPL, BarSpec.MINUTE_1, 0).build();
        assertThat(s.size()).isZero();
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.closes()).isEmpty();
        assertThat(s.head(0).isEmpty()).isTrue();
        assertThatThrownBy(() -> s.bar(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sliceAndHead() {
        BarSeries s = daily(20);
        BarSeries mid = s.slice(5, 9);
        assertThat(mid.size()).isEqualTo(4);
        assertThat(mid.instrument()).isEqualTo(AAPL);
        assertThat(mid.spec()).isEqualTo(BarSpec.DAY_1);
        for (int i = 0; i < 4; i++) {
            assertThat(mid.bar(i)).isEqualTo(s.bar(5 + i));
        }
        assertThat(mid.opens()).containsExactly(105.0, 106.0, 107.0, 108.0);

        BarSeries head = s.head(3);
        assertThat(head.size()).isEqualTo(3);
        assertThat(head.closes()).containsExactly(100.75, 101.75, 102.75);
        assertThat(s.head(20).timestamps()).containsExactly(s.timestamps());
        assertThat(s.slice(7, 7).isEmpty()).isTrue();
        assertThat(s.slice(19, 20).bar(0)).isEqualTo(s.bar(19));

        assertThatThrownBy(() -> s.slice(5, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(-1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.slice(0, 21)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.head(21)).isInstanceOf(IndexOutOfBoundsException.class);
        // the original is untouched
        assertThat(s.size()).isEqualTo(20);
    }

    @Test
    void withInstrumentKeepsTheBars() {
        BarSeries s = daily(5);
        InstrumentId msft = InstrumentId.of("MSFT");
        BarSeries other = s.withInstrument(msft);
        assertThat(other.instrument()).isEqualTo(msft);
        assertThat(other.size()).isEqualTo(5);
        assertThat(other.closes()).containsExactly(s.closes());
        assertThat(other.bar(4).instrument()).isEqualTo(msft);
        assertThat(other.bar(4).closeRaw()).isEqualTo(s.closeRaw(4));
    }

    @Test
    void builderAddsBarsAndCountsThem() {
        BarSeries source = daily(3);
        BarSeries.Builder b = BarSeries.builder(AAPL, BarSpec.DAY_1, 0);
        assertThat(b.size()).isZero();
        b.add(source.bar(0)).add(source.bar(1));
        assertThat(b.size()).isEqualTo(2);
        BarSeries first = b.build();
        b.add(source.bar(2));
        BarSeries second = b.build();
        // building freezes a copy: later additions do not leak into an earlier series
        assertThat(first.size()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.bar(2)).isEqualTo(source.bar(2));
    }

    @Test
    void builderRequiresInstrumentAndSpec() {
        assertThatThrownBy(() -> BarSeries.builder(null, BarSpec.DAY_1, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("instrument");
        assertThatThrownBy(() -> BarSeries.builder(AAPL, null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("spec");
    }
}
