package wave.research.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The tests and the bootstrap intervals against SciPy 1.10 and statsmodels 0.13: {@code reference.py} beside
 * {@code reference.txt} in the test resources generated the returns and the expected values (t statistics
 * 2.2487 and 1.0745, F 1.3639, Ljung-Box Q(10) 28.886, Durbin-Watson 1.3639, 90% Sharpe interval 0.841 to 3.637).
 */
class ReferenceValuesTest {
    private static final ReferenceValues REF = ReferenceValues.load();
    private static final double[] RETURNS = REF.get("returns");
    private static final double[] BENCHMARK = REF.get("benchmark");
    private static final double TIGHT = 1e-12;

    @Test
    void tTestOfTheMeanReturnMatchesScipy() {
        double[] expected = REF.get("ttest_mean");
        TestResult t = MeanTests.meanReturn(RETURNS);

        assertThat(t.statistic()).isCloseTo(expected[0], within(TIGHT));
        assertThat(t.degreesOfFreedom()).isEqualTo(expected[1]);
        assertThat(t.pValue()).isCloseTo(expected[2], within(1e-10));
        assertThat(t.statistic()).isCloseTo(2.248723301628126, within(TIGHT));
    }

    @Test
    void tTestOfTheDifferenceToTheBenchmarkMatchesScipy() {
        double[] expected = REF.get("ttest_difference");
        TestResult t = MeanTests.differenceToBenchmark(RETURNS, BENCHMARK);

        assertThat(t.statistic()).isCloseTo(expected[0], within(TIGHT));
        assertThat(t.degreesOfFreedom()).isEqualTo(expected[1]);
        assertThat(t.pValue()).isCloseTo(expected[2], within(1e-10));
    }

    @Test
    void informationRatioMatchesNumpy() {
        assertThat(MeanTests.informationRatio(RETURNS, BENCHMARK, 252))
                .isCloseTo(REF.get("information_ratio")[0], within(TIGHT));
    }

    @Test
    void fTestOfVariancesMatchesScipysFDistribution() {
        double[] expected = REF.get("ftest");
        FTestResult f = VarianceTest.f(RETURNS, REF.get("other"));

        assertThat(f.f()).isCloseTo(expected[0], within(TIGHT));
        assertThat(f.dfNumerator()).isEqualTo(expected[1]);
        assertThat(f.dfDenominator()).isEqualTo(expected[2]);
        assertThat(f.pValue()).isCloseTo(expected[3], within(1e-10));
    }

    @Test
    void ljungBoxMatchesStatsmodels() {
        double[] expected = REF.get("ljung_box");
        TestResult q = SerialCorrelation.ljungBox(RETURNS, (int) expected[1]);

        assertThat(q.statistic()).isCloseTo(expected[0], within(1e-10));
        assertThat(q.degreesOfFreedom()).isEqualTo(expected[1]);
        assertThat(q.pValue()).isCloseTo(expected[2], within(1e-12));
    }

    @Test
    void durbinWatsonMatchesStatsmodels() {
        assertThat(SerialCorrelation.durbinWatson(RETURNS)).isCloseTo(REF.get("durbin_watson")[0], within(TIGHT));
    }

    @Test
    void bootstrapIntervalsMatchNumpyOnTheSameResamples() {
        double[] settings = REF.get("bootstrap_settings");
        int resamples = (int) settings[0];
        double confidence = settings[1];
        long seed = (long) settings[3];
        double[] sharpe = REF.get("bootstrap_sharpe");
        double[] drawdown = REF.get("bootstrap_max_drawdown");

        BootstrapInterval s = Bootstrap.sharpe(RETURNS, settings[2], resamples, confidence, new SplitMix64(seed));
        BootstrapInterval d = Bootstrap.maxDrawdown(RETURNS, resamples, confidence, new SplitMix64(seed));

        assertThat(new double[] {s.estimate(), s.lower(), s.upper()}).containsExactly(sharpe, within(1e-12));
        assertThat(new double[] {d.estimate(), d.lower(), d.upper()}).containsExactly(drawdown, within(1e-12));
        assertThat(s.lower()).isCloseTo(0.841, within(0.001));
        assertThat(s.resamples()).isEqualTo(400);
        assertThat(d.confidence()).isEqualTo(0.9);
    }
}
