package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.indicators.HandTables.NAN;
import static wave.indicators.HandTables.assertSameBits;
import static wave.indicators.HandTables.assertTable;

import org.junit.jupiter.api.Test;
import wave.indicators.momentum.AwesomeOscillator;

/** The awesome oscillator (not in TA-Lib) against a table worked from its definition. */
class MomentumHandTableTest {

    /**
     * Median prices (3+1)/2 .. (8+4)/2 = 2, 4, 3, 4, 6; SMA2 = 3, 3.5, 3.5, 5; SMA3 = 3, 11/3,
     * 13/3; AO(2, 3) = 3.5 - 3, 3.5 - 11/3, 5 - 13/3.
     */
    @Test
    void awesomeOscillator() {
        double[] high = {3, 5, 4, 6, 8};
        double[] low = {1, 3, 2, 2, 4};
        double[] ours = AwesomeOscillator.compute(high, low, 2, 3);
        assertTable(ours, NAN, NAN, 0.5, 3.5 - 11.0 / 3, 5 - 13.0 / 3);
        AwesomeOscillator ao = new AwesomeOscillator(2, 3);
        double[] streamed = new double[high.length];
        for (int i = 0; i < high.length; i++) {
            ao.update(0, high[i], low[i], 0, 0);
            streamed[i] = ao.value();
        }
        assertSameBits(streamed, ours);
        assertThat(new AwesomeOscillator().warmupPeriod()).isEqualTo(34);
    }
}
