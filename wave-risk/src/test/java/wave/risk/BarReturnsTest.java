package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;

/** Returns of the closes labelled at or before a time. */
class BarReturnsTest {
    @Test
    void theLastReturnsUpToNow() {
        long day = 86_400_000_000_000L;
        long[] ts = {day, 2 * day, 3 * day, 4 * day};
        long[] closes = {FixedPoint.parsePrice("100"), FixedPoint.parsePrice("110"), FixedPoint.parsePrice("99"),
                FixedPoint.parsePrice("108.9")};
        double[] volumes = new double[4];
        BarSeries series = BarSeries.ofColumns(InstrumentId.of("AAPL"), BarSpec.DAY_1, ts, closes, closes, closes, closes,
                volumes);
        BarReturns returns = new BarReturns(List.of(series));
        double[] out = new double[3];

        assertThat(returns.returns(InstrumentId.of("AAPL"), 3 * day, out, 2)).isTrue();
        assertThat(out[0]).isCloseTo(0.10, within(1e-12)); // 110 / 100 - 1
        assertThat(out[1]).isCloseTo(-0.10, within(1e-12)); // 99 / 110 - 1
        assertThat(returns.returns(InstrumentId.of("AAPL"), 4 * day - 1, out, 3)).as("the 4th bar is not labelled yet").isFalse();
        assertThat(returns.returns(InstrumentId.of("AAPL"), 4 * day, out, 3)).isTrue();
        assertThat(out[2]).isCloseTo(0.10, within(1e-12)); // 108.9 / 99 - 1
        assertThat(returns.returns(InstrumentId.of("MSFT"), 4 * day, out, 1)).isFalse();
        assertThat(returns.find("AAPL")).isEqualTo(InstrumentId.of("AAPL"));
    }
}
