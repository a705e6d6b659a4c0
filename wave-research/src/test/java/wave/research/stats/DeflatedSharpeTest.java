package wave.research.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.research.metrics.MetricsConfig;
import wave.research.metrics.MetricsInput;
import wave.research.metrics.PerformanceMetrics;
import wave.research.metrics.PerformanceReport;

class DeflatedSharpeTest {

    /**
     * The numerical example of Bailey and Lopez de Prado (2014), section "A numerical example": N = 100 trials,
     * V[SR_n] = 1/2 (annualised, so 1/2 / 250 per day), T = 1250 daily returns, skewness -3, kurtosis 10, an annual
     * Sharpe ratio of 2.5. The paper gives SR_0 ~ 0.1132, SR ~ 0.1581 (per day) and DSR ~ 0.9004.
     */
    @Test
    void theNumericalExampleOfThePaper() {
        DeflatedSharpe dsr = DeflatedSharpe.of(2.5 / Math.sqrt(250), 1250, -3, 10, 100, 0.5 / 250);

        assertThat(dsr.expectedMaxSharpe()).isCloseTo(0.1132, within(5e-5));
        assertThat(dsr.sharpe()).isCloseTo(0.1581, within(5e-5));
        assertThat(dsr.probability()).isCloseTo(0.9004, within(5e-5));
    }

    @Test
    void oneTrialIsTheProbabilisticSharpeRatioAgainstZero() {
        assertThat(DeflatedSharpe.expectedMaxSharpe(1, 0.3)).isZero();
        // Normal returns (skewness 0, kurtosis 3), SR 0.1 over 101 periods: Z(0.1 * 10 / sqrt(1 + 0.5 * 0.01)) = Z(0.997509) = 0.840741
        assertThat(DeflatedSharpe.of(0.1, 101, 0, 3, 1, 0).probability()).isCloseTo(0.8407413, within(1e-7));
    }

    @Test
    void moreTrialsRaiseTheBarAndLowerTheProbability() {
        double sr = 0.1;
        double fewer = DeflatedSharpe.of(sr, 1000, 0, 3, 10, 0.001).probability();
        double more = DeflatedSharpe.of(sr, 1000, 0, 3, 1000, 0.001).probability();

        assertThat(more).isLessThan(fewer);
        assertThat(DeflatedSharpe.expectedMaxSharpe(1000, 0.001)).isGreaterThan(DeflatedSharpe.expectedMaxSharpe(10, 0.001));
    }

    @Test
    void fromReturnsUsesTheMomentsOfThePerformanceReport() {
        double[] returns = ReferenceValues.load().get("returns");
        double[] equity = new double[returns.length + 1];
        long[] ts = new long[equity.length];
        equity[0] = 100;
        for (int i = 0; i < returns.length; i++) {
            equity[i + 1] = equity[i] * (1 + returns[i]);
            ts[i + 1] = i + 1;
        }
        PerformanceReport report = PerformanceMetrics.compute(new MetricsInput(ts, equity, List.of(), 0, 0, 0),
                new MetricsConfig(252, 0, 0.95));

        DeflatedSharpe dsr = DeflatedSharpe.of(returns, 1, 0);

        double expected = DeflatedSharpe.probabilisticSharpe(report.sharpe() / Math.sqrt(252), 0, returns.length,
                report.skew(), report.excessKurtosis() + 3);
        assertThat(dsr.probability()).isCloseTo(expected, within(1e-9));
        assertThat(dsr.sharpe()).isCloseTo(report.sharpe() / Math.sqrt(252), within(1e-9));
    }
}
