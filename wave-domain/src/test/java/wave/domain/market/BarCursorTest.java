package wave.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BarCursorTest {
    @Test
    void startsBeforeTheFirstBar() {
        BarSeries s = BarSeriesTest.daily(3);
        BarCursor c = new BarCursor(s);
        assertThat(c.index()).isEqualTo(-1);
        assertThat(c.series()).isSameAs(s);
        assertThat(c.instrument()).isEqualTo(BarSeriesTest.AAPL);
        assertThatThrownBy(c::closeRaw).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void viewsTheRowItIsOn() {
        BarSeries s = BarSeriesTest.daily(5);
        BarCursor c = new BarCursor(s);
        for (int i = 0; i < s.size(); i++) {
            c.moveTo(i);
            assertThat(c.index()).isEqualTo(i);
            assertThat(c.tsNanos()).isEqualTo(s.tsNanos(i));
            assertThat(c.openRaw()).isEqualTo(s.openRaw(i));
            assertThat(c.highRaw()).isEqualTo(s.highRaw(i));
            assertThat(c.lowRaw()).isEqualTo(s.lowRaw(i));
            assertThat(c.closeRaw()).isEqualTo(s.closeRaw(i));
            assertThat(c.open()).isEqualTo(100.0 + i);
            assertThat(c.high()).isEqualTo(101.5 + i);
            assertThat(c.low()).isEqualTo(99.25 + i);
            assertThat(c.close()).isEqualTo(100.75 + i);
            assertThat(c.volume()).isEqualTo(1000.0 * (i + 1));
            assertThat(c.snapshot()).isEqualTo(s.bar(i));
        }
        c.moveTo(1);
        assertThat(c.time()).isEqualTo(Instant.parse("2024-01-03T00:00:00Z"));
    }

    @Test
    void snapshotIsIndependentOfLaterMoves() {
        BarSeries s = BarSeriesTest.daily(3);
        BarCursor c = new BarCursor(s);
        c.moveTo(0);
        OhlcvBar kept = c.snapshot();
        c.moveTo(2);
        assertThat(kept.closeRaw()).isEqualTo(100_750_000_000L);
        assertThat(kept.tsNanos()).isEqualTo(BarSeriesTest.T0);
        assertThat(c.closeRaw()).isEqualTo(102_750_000_000L);
    }

    @Test
    void movingPastTheEndFailsOnAccess() {
        BarCursor c = new BarCursor(BarSeriesTest.daily(2));
        c.moveTo(2);
        assertThatThrownBy(c::openRaw).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(c::close).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void barTimeHandlesNanosAndPreEpochTimestamps() {
        OhlcvBar bar = new OhlcvBar(BarSeriesTest.AAPL, -1, 1, 1, 1, 1, 0);
        assertThat(bar.time()).isEqualTo(Instant.ofEpochSecond(-1, 999_999_999));
        OhlcvBar bar2 = new OhlcvBar(BarSeriesTest.AAPL, 1_500_000_123L, 1, 1, 1, 1, 0);
        assertThat(bar2.time()).isEqualTo(Instant.ofEpochSecond(1, 500_000_123));
    }
}
