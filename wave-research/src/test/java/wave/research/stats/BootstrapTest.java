package wave.research.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static final double[] RETURNS = ReferenceValues.load().get("returns");

    @Test
    void theSameSeedGivesTheSameInterval() {
        BootstrapInterval first = Bootstrap.sharpe(RETURNS, 252, 500, 0.95, SeededRandom.of(7));
        BootstrapInterval again = Bootstrap.sharpe(RETURNS, 252, 500, 0.95, SeededRandom.of(7));
        BootstrapInterval other = Bootstrap.sharpe(RETURNS, 252, 500, 0.95, SeededRandom.of(8));

        assertThat(again).isEqualTo(first);
        assertThat(other.lower()).isNotEqualTo(first.lower());
    }

    /**
     * For independent returns the bootstrap distribution of the Sharpe ratio is close to normal with the asymptotic
     * standard error of Lo (2002), {@code sqrt((1 + SR^2 / 2) / n)} per period: 2000 standard normal returns with
     * mean 0.05 (SR 0.05 per period) give a 95% interval about {@code 0.05 +- 1.96 * 0.02237 = +-0.0438} wide; the
     * resampled interval agrees within 10% of that half-width.
     */
    @Test
    void theIntervalOfIndependentReturnsHasTheAsymptoticWidth() {
        RandomGenerator source = SeededRandom.of(11);
        double[] returns = new double[2000];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = 0.05 + source.nextGaussian();
        }
        BootstrapInterval ci = Bootstrap.sharpe(returns, 1, 2000, 0.95, SeededRandom.of(12));

        double sr = ci.estimate();
        double halfWidth = 1.959964 * Math.sqrt((1 + sr * sr / 2) / returns.length);
        assertThat((ci.upper() - ci.lower()) / 2).isCloseTo(halfWidth, within(0.1 * halfWidth));
        assertThat(ci.lower()).isLessThan(sr);
        assertThat(ci.upper()).isGreaterThan(sr);
    }

    @Test
    void refusesAConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> Bootstrap.maxDrawdown(RETURNS, 10, 95, SeededRandom.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("confidence must be in (0, 1), got 95.0");
    }
}
