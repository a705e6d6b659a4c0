package wave.app.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import wave.research.metrics.PerformanceMetrics;
import wave.research.stats.Bootstrap;
import wave.research.stats.BootstrapInterval;
import wave.research.stats.DeflatedSharpe;
import wave.research.stats.FTestResult;
import wave.research.stats.MeanTests;
import wave.research.stats.SeededRandom;
import wave.research.stats.SerialCorrelation;
import wave.research.stats.TestResult;
import wave.research.stats.VarianceTest;

/**
 * The statistics of one equity curve, as sections of named values in a fixed order (for text and JSON). Sections:
 * {@code returns}, {@code mean_return} (t-test), {@code ljung_box}, {@code durbin_watson}, {@code deflated_sharpe};
 * with a benchmark {@code difference_to_benchmark} (t-test and information ratio) and {@code variance_vs_benchmark}
 * (F-test); with resamples {@code bootstrap_sharpe} and {@code bootstrap_max_drawdown}.
 */
public final class RunStatistics {
    private RunStatistics() {
    }

    /**
     * Computes the statistics.
     *
     * @param equity    the run's equity at each step (at least 3 points with a return that varies), positive
     * @param benchmark the benchmark's equity at the same steps, or null
     * @param settings  lags, bootstrap, trials and annualisation
     * @return sections by name, each an ordered map of values (numbers; NaN where undefined)
     */
    public static Map<String, Map<String, Object>> compute(double[] equity, double[] benchmark, StatisticsSettings settings) {
        if (equity.length < 3) {
            throw new IllegalArgumentException("statistics need at least 3 equity points (2 returns), the run has " + equity.length);
        }
        double[] returns = PerformanceMetrics.returns(equity);
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        sections.put("returns", ordered("count", returns.length, "periods_per_year", settings.periodsPerYear()));
        sections.put("mean_return", test("t", MeanTests.meanReturn(returns)));
        if (returns.length > settings.lags()) {
            sections.put("ljung_box", test("q", SerialCorrelation.ljungBox(returns, settings.lags())));
        }
        sections.put("durbin_watson", ordered("statistic", SerialCorrelation.durbinWatson(returns)));
        DeflatedSharpe dsr = DeflatedSharpe.of(returns, settings.trials(),
                settings.trialSharpeVarianceAnnual() / settings.periodsPerYear());
        double annualiser = Math.sqrt(settings.periodsPerYear());
        sections.put("deflated_sharpe", ordered("trials", settings.trials(), "sharpe", dsr.sharpe() * annualiser,
                "expected_max_sharpe", dsr.expectedMaxSharpe() * annualiser, "probability", dsr.probability()));
        if (benchmark != null) {
            double[] benchmarkReturns = PerformanceMetrics.returns(benchmark);
            Map<String, Object> difference = test("t", MeanTests.differenceToBenchmark(returns, benchmarkReturns));
            difference.put("information_ratio", MeanTests.informationRatio(returns, benchmarkReturns, settings.periodsPerYear()));
            sections.put("difference_to_benchmark", difference);
            FTestResult f = VarianceTest.f(returns, benchmarkReturns);
            sections.put("variance_vs_benchmark", ordered("f", f.f(), "df_numerator", f.dfNumerator(),
                    "df_denominator", f.dfDenominator(), "p_value", f.pValue()));
        }
        if (settings.resamples() > 0) {
            sections.put("bootstrap_sharpe", interval(Bootstrap.sharpe(returns, settings.periodsPerYear(),
                    settings.resamples(), settings.confidence(), SeededRandom.of(settings.seed())), settings.seed()));
            sections.put("bootstrap_max_drawdown", interval(Bootstrap.maxDrawdown(returns, settings.resamples(),
                    settings.confidence(), SeededRandom.of(settings.seed())), settings.seed()));
        }
        return sections;
    }

    private static Map<String, Object> test(String statistic, TestResult t) {
        return ordered(statistic, t.statistic(), "df", t.degreesOfFreedom(), "p_value", t.pValue());
    }

    private static Map<String, Object> interval(BootstrapInterval ci, long seed) {
        return ordered("estimate", ci.estimate(), "lower", ci.lower(), "upper", ci.upper(), "confidence", ci.confidence(),
                "resamples", ci.resamples(), "seed", seed);
    }

    /** An ordered map of alternating names and values. */
    static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
