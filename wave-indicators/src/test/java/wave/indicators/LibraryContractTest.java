package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wave.indicators.average.Alma;
import wave.indicators.average.Dema;
import wave.indicators.average.Hma;
import wave.indicators.average.Kama;
import wave.indicators.average.MaType;
import wave.indicators.average.T3;
import wave.indicators.average.Tema;
import wave.indicators.average.Trima;
import wave.indicators.average.Vwma;
import wave.indicators.average.Wma;
import wave.indicators.momentum.Apo;
import wave.indicators.momentum.AwesomeOscillator;
import wave.indicators.momentum.Cci;
import wave.indicators.momentum.Cmo;
import wave.indicators.momentum.Momentum;
import wave.indicators.momentum.Ppo;
import wave.indicators.momentum.Roc;
import wave.indicators.momentum.StochRsi;
import wave.indicators.momentum.Stochastic;
import wave.indicators.momentum.StochasticFast;
import wave.indicators.momentum.StochasticSeries;
import wave.indicators.momentum.Trix;
import wave.indicators.momentum.UltimateOscillator;
import wave.indicators.momentum.WilliamsR;
import wave.indicators.statistics.Beta;
import wave.indicators.statistics.Correlation;
import wave.indicators.statistics.Hurst;
import wave.indicators.statistics.LinearRegression;
import wave.indicators.statistics.RegressionSeries;
import wave.indicators.statistics.ZScore;
import wave.indicators.trend.Adx;
import wave.indicators.trend.Adxr;
import wave.indicators.trend.Aroon;
import wave.indicators.trend.AroonSeries;
import wave.indicators.trend.DirectionalSeries;
import wave.indicators.trend.Dmi;
import wave.indicators.trend.Dx;
import wave.indicators.trend.Ichimoku;
import wave.indicators.trend.IchimokuSeries;
import wave.indicators.trend.ParabolicSar;
import wave.indicators.trend.SuperTrend;
import wave.indicators.trend.SuperTrendSeries;
import wave.indicators.volatility.Channel;
import wave.indicators.volatility.Donchian;
import wave.indicators.volatility.GarmanKlassVolatility;
import wave.indicators.volatility.HistoricalVolatility;
import wave.indicators.volatility.Keltner;
import wave.indicators.volatility.Natr;
import wave.indicators.volatility.ParkinsonVolatility;
import wave.indicators.volatility.StdDev;
import wave.indicators.volatility.TrueRange;
import wave.indicators.volatility.Variance;
import wave.indicators.volume.AccumulationDistribution;
import wave.indicators.volume.ChaikinMoneyFlow;
import wave.indicators.volume.ChaikinOscillator;
import wave.indicators.volume.Mfi;
import wave.indicators.volume.Obv;
import wave.indicators.volume.VolumeRatio;
import wave.indicators.volume.Vwap;

/**
 * The contract every indicator of the library keeps, on seeded random short series (plateaus,
 * flat runs, zero volumes, inputs shorter than the warm-up): the streaming form equals the array
 * form bit for bit after every bar, is ready exactly from {@link BarIndicator#warmupPeriod()},
 * a truncated history gives the same values up to the cut (no lookahead), and reset returns to
 * the fresh state.
 */
class LibraryContractTest {
    private static final int SERIES = 60;

    /** One bar series. */
    record Series(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        Series head(int n) {
            return new Series(Arrays.copyOf(open, n), Arrays.copyOf(high, n), Arrays.copyOf(low, n),
                    Arrays.copyOf(close, n), Arrays.copyOf(volume, n));
        }
    }

    /** An indicator under test: its streaming form, its outputs, and its array form. */
    record Case(String name, Supplier<BarIndicator> factory,
            Function<BarIndicator, double[]> outputs, Function<Series, double[][]> array) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                single("WMA", () -> new Wma(4), s -> Wma.compute(s.close(), 4)),
                single("DEMA", () -> new Dema(3), s -> Dema.compute(s.close(), 3)),
                single("TEMA", () -> new Tema(3), s -> Tema.compute(s.close(), 3)),
                single("TRIMA odd", () -> new Trima(5), s -> Trima.compute(s.close(), 5)),
                single("TRIMA even", () -> new Trima(4), s -> Trima.compute(s.close(), 4)),
                single("KAMA", () -> new Kama(4), s -> Kama.compute(s.close(), 4)),
                single("T3", () -> new T3(3, 0.7), s -> T3.compute(s.close(), 3, 0.7)),
                single("HMA", () -> new Hma(9), s -> Hma.compute(s.close(), 9)),
                single("VWMA", () -> new Vwma(3), s -> Vwma.compute(s.close(), s.volume(), 3)),
                single("ALMA", () -> new Alma(5, 0.85, 6), s -> Alma.compute(s.close(), 5, 0.85, 6)),
                new Case("STOCH", () -> new Stochastic(4, 2, 3),
                        i -> new double[] {((Stochastic) i).k(), ((Stochastic) i).d()},
                        s -> pair(Stochastic.compute(s.high(), s.low(), s.close(), 4, 2, 3))),
                new Case("STOCHF", () -> new StochasticFast(4, 2),
                        i -> new double[] {((StochasticFast) i).k(), ((StochasticFast) i).d()},
                        s -> pair(StochasticFast.compute(s.high(), s.low(), s.close(), 4, 2))),
                new Case("STOCHRSI", () -> new StochRsi(3, 3, 2),
                        i -> new double[] {((StochRsi) i).k(), ((StochRsi) i).d()},
                        s -> pair(StochRsi.compute(s.close(), 3, 3, 2))),
                single("WILLR", () -> new WilliamsR(4),
                        s -> WilliamsR.compute(s.high(), s.low(), s.close(), 4)),
                single("CCI", () -> new Cci(4), s -> Cci.compute(s.high(), s.low(), s.close(), 4)),
                single("MFI", () -> new Mfi(4),
                        s -> Mfi.compute(s.high(), s.low(), s.close(), s.volume(), 4)),
                single("ROC", () -> new Roc(3), s -> Roc.compute(s.close(), 3)),
                single("MOM", () -> new Momentum(3), s -> Momentum.compute(s.close(), 3)),
                single("APO", () -> new Apo(2, 5, MaType.EMA), s -> Apo.compute(s.close(), 2, 5, MaType.EMA)),
                single("PPO", () -> new Ppo(2, 5, MaType.SMA), s -> Ppo.compute(s.close(), 2, 5, MaType.SMA)),
                single("TRIX", () -> new Trix(3), s -> Trix.compute(s.close(), 3)),
                single("ULTOSC", () -> new UltimateOscillator(2, 3, 5),
                        s -> UltimateOscillator.compute(s.high(), s.low(), s.close(), 2, 3, 5)),
                single("CMO", () -> new Cmo(3), s -> Cmo.compute(s.close(), 3)),
                single("AO", () -> new AwesomeOscillator(2, 5),
                        s -> AwesomeOscillator.compute(s.high(), s.low(), 2, 5)),
                new Case("DMI", () -> new Dmi(3),
                        i -> new double[] {((Dmi) i).plusDi(), ((Dmi) i).minusDi()},
                        s -> {
                            DirectionalSeries d = Dmi.compute(s.high(), s.low(), s.close(), 3);
                            return new double[][] {d.plusDi(), d.minusDi()};
                        }),
                single("DX", () -> new Dx(3), s -> Dx.compute(s.high(), s.low(), s.close(), 3)),
                single("ADX", () -> new Adx(3), s -> Adx.compute(s.high(), s.low(), s.close(), 3)),
                single("ADXR", () -> new Adxr(3), s -> Adxr.compute(s.high(), s.low(), s.close(), 3)),
                new Case("AROON", () -> new Aroon(4),
                        i -> new double[] {((Aroon) i).up(), ((Aroon) i).down(), ((Aroon) i).oscillator()},
                        s -> {
                            AroonSeries a = Aroon.compute(s.high(), s.low(), 4);
                            return new double[][] {a.up(), a.down(), a.oscillator()};
                        }),
                single("SAR", () -> new ParabolicSar(0.02, 0.2),
                        s -> ParabolicSar.compute(s.high(), s.low(), 0.02, 0.2)),
                new Case("LINEARREG", () -> new LinearRegression(4), i -> {
                    LinearRegression r = (LinearRegression) i;
                    return new double[] {r.value(), r.slope(), r.intercept(), r.angle(), r.forecast(),
                        r.rSquared()};
                }, s -> {
                    RegressionSeries r = LinearRegression.compute(s.close(), 4);
                    return new double[][] {r.value(), r.slope(), r.intercept(), r.angle(),
                        r.forecast(), r.rSquared()};
                }),
                new Case("SUPERTREND", () -> new SuperTrend(3, 2),
                        i -> new double[] {((SuperTrend) i).value(), ((SuperTrend) i).direction()},
                        s -> {
                            SuperTrendSeries t = SuperTrend.compute(s.high(), s.low(), s.close(), 3, 2);
                            return new double[][] {t.value(), t.direction()};
                        }),
                new Case("ICHIMOKU", () -> new Ichimoku(2, 3, 5, 2), i -> {
                    Ichimoku k = (Ichimoku) i;
                    return new double[] {k.tenkan(), k.kijun(), k.leadingSpanA(), k.leadingSpanB(),
                        k.spanA(), k.spanB()};
                }, s -> {
                    IchimokuSeries k = Ichimoku.compute(s.high(), s.low(), 2, 3, 5, 2);
                    return new double[][] {k.tenkan(), k.kijun(), k.leadingSpanA(), k.leadingSpanB(),
                        k.spanA(), k.spanB()};
                }),
                single("NATR", () -> new Natr(3), s -> Natr.compute(s.high(), s.low(), s.close(), 3)),
                single("TRANGE", TrueRange::new, s -> TrueRange.compute(s.high(), s.low(), s.close())),
                single("STDDEV", () -> new StdDev(3, 2), s -> StdDev.compute(s.close(), 3, 2)),
                single("VAR", () -> new Variance(3), s -> Variance.compute(s.close(), 3)),
                single("OBV", Obv::new, s -> Obv.compute(s.close(), s.volume())),
                single("AD", AccumulationDistribution::new,
                        s -> AccumulationDistribution.compute(s.high(), s.low(), s.close(), s.volume())),
                single("ADOSC", () -> new ChaikinOscillator(2, 4),
                        s -> ChaikinOscillator.compute(s.high(), s.low(), s.close(), s.volume(), 2, 4)),
                new Case("KELTNER", () -> new Keltner(3, 2, 1.5),
                        i -> new double[] {((Keltner) i).upper(), ((Keltner) i).middle(), ((Keltner) i).lower()},
                        s -> channel(Keltner.compute(s.high(), s.low(), s.close(), 3, 2, 1.5))),
                new Case("DONCHIAN", () -> new Donchian(3),
                        i -> new double[] {((Donchian) i).upper(), ((Donchian) i).middle(), ((Donchian) i).lower()},
                        s -> channel(Donchian.compute(s.high(), s.low(), 3))),
                single("HV", () -> new HistoricalVolatility(3, 252),
                        s -> HistoricalVolatility.compute(s.close(), 3, 252)),
                single("PARKINSON", () -> new ParkinsonVolatility(3, 252),
                        s -> ParkinsonVolatility.compute(s.high(), s.low(), 3, 252)),
                single("GARMAN-KLASS", () -> new GarmanKlassVolatility(3, 252),
                        s -> GarmanKlassVolatility.compute(s.open(), s.high(), s.low(), s.close(), 3, 252)),
                single("CMF", () -> new ChaikinMoneyFlow(3),
                        s -> ChaikinMoneyFlow.compute(s.high(), s.low(), s.close(), s.volume(), 3)),
                single("VWAP", Vwap::new, s -> Vwap.compute(new long[s.close().length], s.high(),
                        s.low(), s.close(), s.volume())),
                single("VOLUME RATIO", () -> new VolumeRatio(3), s -> VolumeRatio.compute(s.volume(), 3)),
                single("ZSCORE", () -> new ZScore(3), s -> ZScore.compute(s.close(), 3)),
                single("HURST", () -> new Hurst(8, 2, PriceField.CLOSE), s -> Hurst.compute(s.close(), 8, 2)));
    }

    private static Case single(String name, Supplier<BarIndicator> factory,
            Function<Series, double[]> array) {
        return new Case(name, factory, i -> new double[] {valueOf(i)}, s -> new double[][] {array.apply(s)});
    }

    private static double valueOf(BarIndicator indicator) {
        try {
            return (double) indicator.getClass().getMethod("value").invoke(indicator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[][] pair(StochasticSeries s) {
        return new double[][] {s.k(), s.d()};
    }

    private static double[][] channel(Channel c) {
        return new double[][] {c.upper(), c.middle(), c.lower()};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void streamingEqualsArrayOnRandomShortSeries(Case c) {
        Random random = new Random(c.name().hashCode());
        for (int s = 0; s < SERIES; s++) {
            Series series = series(random, random.nextInt(40));
            double[][] arrays = c.array().apply(series);
            BarIndicator indicator = c.factory().get();
            for (int i = 0; i < series.close().length; i++) {
                indicator.update(series.open()[i], series.high()[i], series.low()[i],
                        series.close()[i], series.volume()[i]);
                if (indicator.isReady() != (i + 1 >= indicator.warmupPeriod())) {
                    fail(c + ": isReady() " + indicator.isReady() + " after " + (i + 1) + " bars, warm-up "
                            + indicator.warmupPeriod());
                }
                double[] outputs = c.outputs().apply(indicator);
                for (int j = 0; j < arrays.length; j++) {
                    if (Double.doubleToLongBits(outputs[j]) != Double.doubleToLongBits(arrays[j][i])) {
                        fail(c + " output " + j + " at index " + i + ": streaming " + outputs[j]
                                + " != array " + arrays[j][i]);
                    }
                }
            }
        }
    }

    /** A truncated history gives the same values up to the cut: no output looks ahead. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void truncatedHistoryGivesTheSameValues(Case c) {
        Random random = new Random(c.name().hashCode() + 1);
        Series full = series(random, 50);
        double[][] whole = c.array().apply(full);
        for (int cut = 0; cut <= 50; cut += 7) {
            double[][] head = c.array().apply(full.head(cut));
            for (int j = 0; j < whole.length; j++) {
                assertThat(head[j]).as("%s output %d cut at %d", c, j, cut)
                        .isEqualTo(Arrays.copyOf(whole[j], cut));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resetReturnsToTheFreshState(Case c) {
        Random random = new Random(3);
        Series first = series(random, 37);
        Series second = series(random, 25);
        BarIndicator used = c.factory().get();
        feed(used, first);
        used.reset();
        assertThat(used.isReady()).isFalse();
        BarIndicator fresh = c.factory().get();
        feed(used, second);
        feed(fresh, second);
        assertThat(used).usingRecursiveComparison()
                .withComparatorForType(Double::compare, Double.class).isEqualTo(fresh);
    }

    @Test
    void pairIndicatorsResetAndMatchTheirArrayForms() {
        Random random = new Random(5);
        Series s = series(random, 40);
        double[] correl = Correlation.compute(s.close(), s.volume(), 4);
        double[] beta = Beta.compute(s.close(), s.high(), 4);
        Correlation c = new Correlation(4);
        Beta b = new Beta(4);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 40; i++) {
                c.update(s.close()[i], s.volume()[i]);
                b.update(s.close()[i], s.high()[i]);
                assertThat(c.isReady()).isEqualTo(i + 1 >= c.warmupPeriod());
                assertThat(b.isReady()).isEqualTo(i + 1 >= b.warmupPeriod());
                assertThat(Double.doubleToLongBits(c.value())).isEqualTo(Double.doubleToLongBits(correl[i]));
                assertThat(Double.doubleToLongBits(b.value())).isEqualTo(Double.doubleToLongBits(beta[i]));
            }
            c.reset();
            b.reset();
        }
    }

    @Test
    void argumentsOutsideTheirRangesAreRejectedWithTheRangeInTheMessage() {
        double[] x = {1, 2, 3};
        assertRejected(() -> new Wma(1), "period must be in [2, 100000], was 1");
        assertRejected(() -> new T3(5, 1.5), "vFactor must be in [0.0, 1.0], was 1.5");
        assertRejected(() -> new Alma(9, 0.85, 0), "sigma must be finite and > 0, was 0.0");
        assertRejected(() -> new Alma(9, -0.1, 6), "offset must be in [0.0, 1.0], was -0.1");
        assertRejected(() -> new Vwma(0), "period must be in [1, 100000], was 0");
        assertRejected(() -> new Stochastic(0, 3, 3), "fastK must be in [1, 100000], was 0");
        assertRejected(() -> new StochRsi(1, 5, 3), "period must be in [2, 100000], was 1");
        assertRejected(() -> new Apo(26, 12, MaType.SMA), "fast must be < slow, was fast=26, slow=12");
        assertRejected(() -> new Trix(1), "period must be in [2, 100000], was 1");
        assertRejected(() -> new UltimateOscillator(1, 1, 1), "the longest period must be >= 2, was 1");
        assertRejected(() -> new ParabolicSar(-0.02, 0.2), "acceleration must be finite and >= 0, was -0.02");
        assertRejected(() -> new SuperTrend(10, 0), "multiplier must be finite and > 0, was 0.0");
        assertRejected(() -> new Ichimoku(9, 26, 52, -1), "displacement must be in [0, 100000], was -1");
        assertRejected(() -> new StdDev(20, Double.NaN), "deviations must be finite and >= 0, was NaN");
        assertRejected(() -> new HistoricalVolatility(20, 0), "periodsPerYear must be finite and > 0, was 0.0");
        assertRejected(() -> new Hurst(15, 8, PriceField.CLOSE), "period must be in [16, 100000], was 15");
        assertRejected(() -> Vwma.compute(x, new double[2], 2), "price and volume must have the same length, were 3, 2");
        assertRejected(() -> Mfi.compute(x, x, x, new double[1], 2),
                "high, low, close and volume must have the same length, were 3, 3, 3, 1");
        assertRejected(() -> Vwap.compute(new long[2], x, x, x, x), "session must be as long as the prices, were 2 and 3");
        assertRejected(() -> Correlation.compute(x, new double[4], 2), "x and y must have the same length, were 3, 4");
    }

    @Test
    void factoriesBuildWhatTheirNamesSay() {
        assertThat(Indicators.stochastic(14, 3, 3).warmupPeriod()).isEqualTo(18);
        assertThat(Indicators.adx(14).warmupPeriod()).isEqualTo(28);
        assertThat(Indicators.adxr(14).warmupPeriod()).isEqualTo(41);
        assertThat(Indicators.t3(5, 0.7).warmupPeriod()).isEqualTo(25);
        assertThat(Indicators.tema(10).warmupPeriod()).isEqualTo(28);
        assertThat(Indicators.trix(15).warmupPeriod()).isEqualTo(44);
        assertThat(Indicators.ultimateOscillator(7, 14, 28).warmupPeriod()).isEqualTo(29);
        assertThat(Indicators.rollingVwap(20).warmupPeriod()).isEqualTo(20);
        assertThat(Indicators.ichimoku().warmupPeriod()).isEqualTo(78);
    }

    private static void feed(BarIndicator indicator, Series s) {
        for (int i = 0; i < s.close().length; i++) {
            indicator.update(s.open()[i], s.high()[i], s.low()[i], s.close()[i], s.volume()[i]);
        }
    }

    /** A random walk on a 0.5 grid around 100, one series in five flat, some zero volumes. */
    private static Series series(Random random, int n) {
        boolean flat = random.nextInt(5) == 0;
        Series s = new Series(new double[n], new double[n], new double[n], new double[n], new double[n]);
        double price = 100;
        for (int i = 0; i < n; i++) {
            if (!flat) {
                price = Math.max(50, price + (random.nextInt(5) - 2) * 0.5);
            }
            s.open()[i] = flat ? price : price + (random.nextInt(3) - 1) * 0.5;
            s.close()[i] = price;
            s.high()[i] = Math.max(s.open()[i], price) + (flat ? 0 : random.nextInt(3) * 0.5);
            s.low()[i] = Math.min(s.open()[i], price) - (flat ? 0 : random.nextInt(3) * 0.5);
            s.volume()[i] = random.nextInt(4) == 0 ? 0 : 100 * (1 + random.nextInt(20));
        }
        return s;
    }

    private static void assertRejected(Runnable construction, String message) {
        assertThatIllegalArgumentException().isThrownBy(construction::run).withMessage(message);
    }
}
