package wave.spec.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import wave.strategies.RollingExtreme;

/** The donchian channel equals the strategies module's RollingExtreme bar for bar, and a brute-force window scan. */
class PriorChannelTest {
    @Test
    void matchesRollingExtremeAndABruteForceScan() {
        Random random = new Random(7);
        for (int period : new int[] {1, 2, 3, 10, 55}) {
            PriorChannel channel = new PriorChannel(period);
            RollingExtreme upper = RollingExtreme.highestHigh(period);
            RollingExtreme lower = RollingExtreme.lowestLow(period);
            int n = 600;
            double[] highs = new double[n];
            double[] lows = new double[n];
            double price = 100;
            for (int i = 0; i < n; i++) {
                price += random.nextInt(7) - 3;          // repeated values exercise ties
                highs[i] = price + random.nextInt(3);
                lows[i] = price - random.nextInt(3);
                channel.update(price, highs[i], lows[i], price, 1);
                upper.update(price, highs[i], lows[i], price, 1);
                lower.update(price, highs[i], lows[i], price, 1);
                assertThat(channel.isReady()).isEqualTo(i >= period).isEqualTo(upper.isReady());
                if (i < period) {
                    assertThat(channel.upper()).isNaN();
                    continue;
                }
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (int j = i - period; j < i; j++) {
                    max = Math.max(max, highs[j]);
                    min = Math.min(min, lows[j]);
                }
                assertThat(channel.upper()).isEqualTo(max).isEqualTo(upper.value());
                assertThat(channel.lower()).isEqualTo(min).isEqualTo(lower.value());
                assertThat(channel.middle()).isEqualTo((max + min) / 2);
            }
            assertThat(channel.warmupPeriod()).isEqualTo(period + 1);
            channel.reset();
            assertThat(channel.isReady()).isFalse();
            assertThat(channel.upper()).isNaN();
        }
    }
}
