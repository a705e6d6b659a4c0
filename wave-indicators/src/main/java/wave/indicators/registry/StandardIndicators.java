package wave.indicators.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import wave.indicators.BarIndicator;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.average.Alma;
import wave.indicators.average.Dema;
import wave.indicators.average.Ema;
import wave.indicators.average.Hma;
import wave.indicators.average.Kama;
import wave.indicators.average.MaType;
import wave.indicators.average.Sma;
import wave.indicators.average.T3;
import wave.indicators.average.Tema;
import wave.indicators.average.Trima;
import wave.indicators.average.Vwma;
import wave.indicators.average.Wma;
import wave.indicators.momentum.Apo;
import wave.indicators.momentum.AwesomeOscillator;
import wave.indicators.momentum.Cci;
import wave.indicators.momentum.Cmo;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdExt;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Momentum;
import wave.indicators.momentum.Ppo;
import wave.indicators.momentum.Roc;
import wave.indicators.momentum.Rsi;
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
import wave.indicators.volatility.Atr;
import wave.indicators.volatility.Bands;
import wave.indicators.volatility.BollingerBands;
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

/** The catalogue of every indicator of {@code wave.indicators}, in the order of docs/indicators.md. */
final class StandardIndicators {
    private static final int MAX = 100_000;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** The price fields, as the {@code field} parameter spells them. */
    static final List<String> FIELDS = Arrays.stream(PriceField.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();
    private static final String HLC = "high, low, close";
    private static final String HLCV = "high, low, close, volume";

    private final List<IndicatorDefinition> all = new ArrayList<>();

    private StandardIndicators() {
    }

    static List<IndicatorDefinition> definitions() {
        StandardIndicators s = new StandardIndicators();
        s.movingAverages();
        s.momentum();
        s.trend();
        s.volatility();
        s.volume();
        s.statistics();
        return List.copyOf(s.all);
    }

    private void movingAverages() {
        periodOnly("sma", Sma.class, "Simple moving average (TA-Lib SMA)", 20, 2, Sma::new, Sma::compute, Sma::value);
        periodOnly("ema", Ema.class, "Exponential moving average, seeded with an SMA (TA-Lib EMA)", 20, 2, Ema::new, Ema::compute, Ema::value);
        periodOnly("wma", Wma.class, "Linearly weighted moving average (TA-Lib WMA)", 20, 2, Wma::new, Wma::compute, Wma::value);
        periodOnly("dema", Dema.class, "Double exponential moving average (TA-Lib DEMA)", 20, 2, Dema::new, Dema::compute, Dema::value);
        periodOnly("tema", Tema.class, "Triple exponential moving average (TA-Lib TEMA)", 20, 2, Tema::new, Tema::compute, Tema::value);
        periodOnly("trima", Trima.class, "Triangular moving average (TA-Lib TRIMA)", 20, 2, Trima::new, Trima::compute, Trima::value);
        periodOnly("kama", Kama.class, "Kaufman adaptive moving average, fast 2 / slow 30 (TA-Lib KAMA)", 30, 2, Kama::new,
                Kama::compute, Kama::value);
        field("t3", T3.class, "Tillson T3: six chained EMAs (TA-Lib T3)",
                List.of(period(5, 2), ParamSpec.number("vfactor", 0.7, 0.0, 1.0, "volume factor")),
                (p, f) -> new T3(p.integer("period"), p.number("vfactor"), f),
                (x, p) -> one(T3.compute(x, p.integer("period"), p.number("vfactor"))),
                Output.of("t3", T3::value));
        periodOnly("hma", Hma.class, "Hull moving average (not in TA-Lib)", 20, 2, Hma::new, Hma::compute, Hma::value);
        bar("vwma", Vwma.class, "Volume-weighted moving average of a price field (not in TA-Lib)",
                "field (close), volume",
                List.of(period(20, 1), field()),
                p -> new Vwma(p.integer("period"), p.field()),
                (b, p) -> one(Vwma.compute(b.select(p.field()), b.volume(), p.integer("period"))),
                Output.of("vwma", Vwma::value));
        field("alma", Alma.class, "Arnaud Legoux moving average, Gaussian weights (not in TA-Lib)",
                List.of(period(9, 1), ParamSpec.number("offset", 0.85, 0.0, 1.0, "centre of the weights, 0 oldest to 1 newest"),
                        ParamSpec.positive("sigma", 6, "window length over the weights' standard deviation")),
                (p, f) -> new Alma(p.integer("period"), p.number("offset"), p.number("sigma"), f),
                (x, p) -> one(Alma.compute(x, p.integer("period"), p.number("offset"), p.number("sigma"))),
                Output.of("alma", Alma::value));
    }

    private void momentum() {
        periodOnly("rsi", Rsi.class, "Relative strength index, Wilder-smoothed, 0..100 (TA-Lib RSI)", 14, 2, Rsi::new,
                Rsi::compute, Rsi::value);
        bar("stoch", Stochastic.class, "Slow stochastic %K and %D, SMA smoothing, 0..100 (TA-Lib STOCH)", HLC,
                List.of(ParamSpec.integer("fastk", 14, 1, MAX, "bars of the raw %K window"),
                        ParamSpec.integer("slowk", 3, 1, MAX, "SMA length smoothing raw %K into slow %K"),
                        ParamSpec.integer("slowd", 3, 1, MAX, "SMA length of %D")),
                p -> new Stochastic(p.integer("fastk"), p.integer("slowk"), p.integer("slowd")),
                (b, p) -> stoch(Stochastic.compute(b.high(), b.low(), b.close(), p.integer("fastk"), p.integer("slowk"),
                        p.integer("slowd"))),
                Output.of("k", Stochastic::k), Output.of("d", Stochastic::d));
        bar("stochf", StochasticFast.class, "Fast stochastic %K and %D, SMA smoothing, 0..100 (TA-Lib STOCHF)", HLC,
                List.of(ParamSpec.integer("fastk", 14, 1, MAX, "bars of the %K window"),
                        ParamSpec.integer("fastd", 3, 1, MAX, "SMA length of %D")),
                p -> new StochasticFast(p.integer("fastk"), p.integer("fastd")),
                (b, p) -> stoch(StochasticFast.compute(b.high(), b.low(), b.close(), p.integer("fastk"), p.integer("fastd"))),
                Output.of("k", StochasticFast::k), Output.of("d", StochasticFast::d));
        field("stochrsi", StochRsi.class, "Stochastic RSI: fast stochastic of the RSI, 0..100 (TA-Lib STOCHRSI)",
                List.of(period(14, 2), ParamSpec.integer("fastk", 14, 1, MAX, "RSI values in the %K window"),
                        ParamSpec.integer("fastd", 3, 1, MAX, "SMA length of %D")),
                (p, f) -> new StochRsi(p.integer("period"), p.integer("fastk"), p.integer("fastd"), f),
                (x, p) -> stoch(StochRsi.compute(x, p.integer("period"), p.integer("fastk"), p.integer("fastd"))),
                Output.of("k", StochRsi::k), Output.of("d", StochRsi::d));
        bar("willr", WilliamsR.class, "Williams %R, -100..0 (TA-Lib WILLR)", HLC, List.of(period(14, 2)),
                p -> new WilliamsR(p.integer("period")),
                (b, p) -> one(WilliamsR.compute(b.high(), b.low(), b.close(), p.integer("period"))),
                Output.of("willr", WilliamsR::value));
        bar("cci", Cci.class, "Commodity channel index (TA-Lib CCI)", HLC, List.of(period(20, 2)),
                p -> new Cci(p.integer("period")),
                (b, p) -> one(Cci.compute(b.high(), b.low(), b.close(), p.integer("period"))),
                Output.of("cci", Cci::value));
        bar("mfi", Mfi.class, "Money flow index, 0..100 (TA-Lib MFI)", HLCV, List.of(period(14, 2)),
                p -> new Mfi(p.integer("period")),
                (b, p) -> one(Mfi.compute(b.high(), b.low(), b.close(), b.volume(), p.integer("period"))),
                Output.of("mfi", Mfi::value));
        periodOnly("roc", Roc.class, "Rate of change in percent (TA-Lib ROC)", 10, 1, Roc::new, Roc::compute, Roc::value);
        periodOnly("mom", Momentum.class, "Momentum: x - x[n bars ago] (TA-Lib MOM)", 10, 1, Momentum::new,
                Momentum::compute, Momentum::value);
        field("macd", Macd.class, "Moving average convergence/divergence, signal and histogram (TA-Lib MACD)",
                List.of(ParamSpec.integer("fast", 12, 2, MAX, "fast EMA length, < slow"),
                        ParamSpec.integer("slow", 26, 2, MAX, "slow EMA length"),
                        ParamSpec.integer("signal", 9, 2, MAX, "signal EMA length")),
                (p, f) -> new Macd(p.integer("fast"), p.integer("slow"), p.integer("signal"), f),
                (x, p) -> {
                    MacdSeries s = Macd.compute(x, p.integer("fast"), p.integer("slow"), p.integer("signal"));
                    return new double[][] {s.macd(), s.signal(), s.histogram()};
                },
                Output.of("macd", Macd::macd), Output.of("signal", Macd::signal), Output.of("hist", Macd::histogram));
        field("macdext", MacdExt.class,
                "MACD with a chosen moving average for the fast, slow and signal lines (TA-Lib MACDEXT)",
                List.of(ParamSpec.integer("fast", 12, 2, MAX, "fast average length, <= slow"),
                        maType("fast_matype", "fast average type"),
                        ParamSpec.integer("slow", 26, 2, MAX, "slow average length"),
                        maType("slow_matype", "slow average type"),
                        ParamSpec.integer("signal", 9, 1, MAX, "signal average length (1 passes the MACD line through)"),
                        maType("signal_matype", "signal average type")),
                (p, f) -> new MacdExt(p.integer("fast"), p.maType("fast_matype"), p.integer("slow"),
                        p.maType("slow_matype"), p.integer("signal"), p.maType("signal_matype"), f),
                (x, p) -> {
                    MacdSeries s = MacdExt.compute(x, p.integer("fast"), p.maType("fast_matype"), p.integer("slow"),
                            p.maType("slow_matype"), p.integer("signal"), p.maType("signal_matype"));
                    return new double[][] {s.macd(), s.signal(), s.histogram()};
                },
                Output.of("macd", MacdExt::macd), Output.of("signal", MacdExt::signal),
                Output.of("hist", MacdExt::histogram));
        field("ppo", Ppo.class, "Percentage price oscillator (TA-Lib PPO)", fastSlowType(),
                (p, f) -> new Ppo(p.integer("fast"), p.integer("slow"), p.maType("matype"), f),
                (x, p) -> one(Ppo.compute(x, p.integer("fast"), p.integer("slow"), p.maType("matype"))),
                Output.of("ppo", Ppo::value));
        field("apo", Apo.class, "Absolute price oscillator (TA-Lib APO)", fastSlowType(),
                (p, f) -> new Apo(p.integer("fast"), p.integer("slow"), p.maType("matype"), f),
                (x, p) -> one(Apo.compute(x, p.integer("fast"), p.integer("slow"), p.maType("matype"))),
                Output.of("apo", Apo::value));
        periodOnly("trix", Trix.class, "One-bar rate of change of a triple EMA, in percent (TA-Lib TRIX)", 15, 2,
                Trix::new, Trix::compute, Trix::value);
        bar("ultosc", UltimateOscillator.class, "Ultimate oscillator, 0..100 (TA-Lib ULTOSC)", HLC,
                List.of(ParamSpec.integer("period1", 7, 1, MAX, "shortest window in bars"),
                        ParamSpec.integer("period2", 14, 1, MAX, "middle window in bars"),
                        ParamSpec.integer("period3", 28, 1, MAX, "longest window in bars")),
                p -> new UltimateOscillator(p.integer("period1"), p.integer("period2"), p.integer("period3")),
                (b, p) -> one(UltimateOscillator.compute(b.high(), b.low(), b.close(), p.integer("period1"),
                        p.integer("period2"), p.integer("period3"))),
                Output.of("ultosc", UltimateOscillator::value));
        bar("ao", AwesomeOscillator.class, "Awesome oscillator: SMA(hl2, fast) - SMA(hl2, slow) (not in TA-Lib)",
                "high, low",
                List.of(ParamSpec.integer("fast", 5, 2, MAX, "fast SMA length, < slow"),
                        ParamSpec.integer("slow", 34, 2, MAX, "slow SMA length")),
                p -> new AwesomeOscillator(p.integer("fast"), p.integer("slow")),
                (b, p) -> one(AwesomeOscillator.compute(b.high(), b.low(), p.integer("fast"), p.integer("slow"))),
                Output.of("ao", AwesomeOscillator::value));
        periodOnly("cmo", Cmo.class, "Chande momentum oscillator, -100..100 (TA-Lib CMO)", 14, 2, Cmo::new, Cmo::compute, Cmo::value);
    }

    private void trend() {
        hlcPeriod("adx", Adx.class, "Average directional index, 0..100 (TA-Lib ADX)", Adx::new, Adx::compute, Adx::value);
        hlcPeriod("adxr", Adxr.class, "Average directional index rating (TA-Lib ADXR)", Adxr::new, Adxr::compute,
                Adxr::value);
        hlcPeriod("dx", Dx.class, "Directional movement index, 0..100 (TA-Lib DX)", Dx::new, Dx::compute, Dx::value);
        bar("plus_di", Dmi.class, "Plus directional indicator +DI, 0..100 (TA-Lib PLUS_DI)", HLC, List.of(period(14, 2)),
                p -> new Dmi(p.integer("period")),
                (b, p) -> one(dmi(b, p).plusDi()),
                Output.of("plus_di", Dmi::plusDi));
        bar("minus_di", Dmi.class, "Minus directional indicator -DI, 0..100 (TA-Lib MINUS_DI)", HLC, List.of(period(14, 2)),
                p -> new Dmi(p.integer("period")),
                (b, p) -> one(dmi(b, p).minusDi()),
                Output.of("minus_di", Dmi::minusDi));
        bar("aroon", Aroon.class, "Aroon up and down, 0..100 (TA-Lib AROON)", "high, low", List.of(period(14, 2)),
                p -> new Aroon(p.integer("period")),
                (b, p) -> {
                    AroonSeries s = Aroon.compute(b.high(), b.low(), p.integer("period"));
                    return new double[][] {s.up(), s.down()};
                },
                Output.of("up", Aroon::up), Output.of("down", Aroon::down));
        bar("aroonosc", Aroon.class, "Aroon oscillator: up - down, -100..100 (TA-Lib AROONOSC)", "high, low",
                List.of(period(14, 2)),
                p -> new Aroon(p.integer("period")),
                (b, p) -> one(Aroon.compute(b.high(), b.low(), p.integer("period")).oscillator()),
                Output.of("aroonosc", Aroon::oscillator));
        bar("sar", ParabolicSar.class, "Parabolic stop and reverse (TA-Lib SAR)", "high, low",
                List.of(ParamSpec.number("acceleration", 0.02, 0.0, INF, "acceleration factor step"),
                        ParamSpec.number("maximum", 0.2, 0.0, INF, "acceleration factor maximum")),
                p -> new ParabolicSar(p.number("acceleration"), p.number("maximum")),
                (b, p) -> one(ParabolicSar.compute(b.high(), b.low(), p.number("acceleration"), p.number("maximum"))),
                Output.of("sar", ParabolicSar::value));
        bar("supertrend", SuperTrend.class, "SuperTrend line and direction +1/-1 (not in TA-Lib)", HLC,
                List.of(period(10, 1), ParamSpec.positive("multiplier", 3, "ATR multiples from hl2")),
                p -> new SuperTrend(p.integer("period"), p.number("multiplier")),
                (b, p) -> {
                    SuperTrendSeries s = SuperTrend.compute(b.high(), b.low(), b.close(), p.integer("period"),
                            p.number("multiplier"));
                    return new double[][] {s.value(), s.direction()};
                },
                Output.of("supertrend", SuperTrend::value), Output.of("direction", SuperTrend::direction));
        bar("ichimoku", Ichimoku.class, "Ichimoku lines and cloud; span_a/span_b are the cloud at the bar (not in TA-Lib)",
                "high, low",
                List.of(ParamSpec.integer("tenkan", 9, 1, MAX, "conversion line window in bars"),
                        ParamSpec.integer("kijun", 26, 1, MAX, "base line window in bars"),
                        ParamSpec.integer("senkou_b", 52, 1, MAX, "leading span B window in bars"),
                        ParamSpec.integer("displacement", 26, 0, MAX, "bars the leading spans are drawn ahead")),
                p -> new Ichimoku(p.integer("tenkan"), p.integer("kijun"), p.integer("senkou_b"), p.integer("displacement")),
                (b, p) -> {
                    IchimokuSeries s = Ichimoku.compute(b.high(), b.low(), p.integer("tenkan"), p.integer("kijun"),
                            p.integer("senkou_b"), p.integer("displacement"));
                    return new double[][] {s.tenkan(), s.kijun(), s.spanA(), s.spanB(), s.leadingSpanA(), s.leadingSpanB()};
                },
                Output.of("tenkan", Ichimoku::tenkan), Output.of("kijun", Ichimoku::kijun),
                Output.of("span_a", Ichimoku::spanA), Output.of("span_b", Ichimoku::spanB),
                Output.of("leading_span_a", Ichimoku::leadingSpanA), Output.of("leading_span_b", Ichimoku::leadingSpanB));
        field("linearreg", LinearRegression.class,
                "Least-squares line over the window: value, slope, intercept, angle (degrees), forecast, R^2 "
                        + "(TA-Lib LINEARREG, _SLOPE, _INTERCEPT, _ANGLE, TSF)",
                List.of(period(14, 2)),
                (p, f) -> new LinearRegression(p.integer("period"), f),
                (x, p) -> {
                    RegressionSeries s = LinearRegression.compute(x, p.integer("period"));
                    return new double[][] {s.value(), s.slope(), s.intercept(), s.angle(), s.forecast(), s.rSquared()};
                },
                Output.of("linearreg", LinearRegression::value), Output.of("slope", LinearRegression::slope),
                Output.of("intercept", LinearRegression::intercept), Output.of("angle", LinearRegression::angle),
                Output.of("forecast", LinearRegression::forecast), Output.of("r2", LinearRegression::rSquared));
    }

    private void volatility() {
        bar("atr", Atr.class, "Average true range, Wilder-smoothed (TA-Lib ATR)", HLC, List.of(period(14, 1)),
                p -> new Atr(p.integer("period")),
                (b, p) -> one(Atr.compute(b.high(), b.low(), b.close(), p.integer("period"))),
                Output.of("atr", Atr::value));
        hlcPeriod("natr", Natr.class, "Normalised ATR: 100 ATR / close (TA-Lib NATR)", Natr::new, Natr::compute, Natr::value);
        bar("trange", TrueRange.class, "True range of each bar (TA-Lib TRANGE)", HLC, List.of(),
                p -> new TrueRange(),
                (b, p) -> one(TrueRange.compute(b.high(), b.low(), b.close())),
                Output.of("trange", TrueRange::value));
        field("bbands", BollingerBands.class,
                "Bollinger bands: SMA +/- deviations population standard deviations, %b and bandwidth (TA-Lib BBANDS)",
                List.of(period(20, 2), ParamSpec.number("deviations", 2, 0.0, INF, "band width in standard deviations")),
                (p, f) -> new BollingerBands(p.integer("period"), p.number("deviations"), f),
                (x, p) -> {
                    Bands s = BollingerBands.compute(x, p.integer("period"), p.number("deviations"));
                    int n = x.length;
                    double[] percentB = new double[n];
                    double[] bandwidth = new double[n];
                    for (int i = 0; i < n; i++) {
                        percentB[i] = percentB(x[i], s.upper()[i], s.lower()[i]);
                        bandwidth[i] = bandwidth(s.upper()[i], s.middle()[i], s.lower()[i]);
                    }
                    return new double[][] {s.upper(), s.middle(), s.lower(), percentB, bandwidth};
                },
                Output.of("upper", BollingerBands::upper), Output.of("middle", BollingerBands::middle),
                Output.of("lower", BollingerBands::lower),
                Output.derived("percent_b", (BollingerBands b, double x) -> percentB(x, b.upper(), b.lower())),
                Output.derived("bandwidth", (BollingerBands b, double x) -> bandwidth(b.upper(), b.middle(), b.lower())));
        bar("keltner", Keltner.class, "Keltner channel: EMA(close) +/- multiplier ATR (not one TA-Lib function)", HLC,
                List.of(ParamSpec.integer("ema_period", 20, 2, MAX, "EMA length of the middle line"),
                        ParamSpec.integer("atr_period", 10, 1, MAX, "ATR length"),
                        ParamSpec.number("multiplier", 2, 0.0, INF, "ATR multiples from the middle line")),
                p -> new Keltner(p.integer("ema_period"), p.integer("atr_period"), p.number("multiplier")),
                (b, p) -> channel(Keltner.compute(b.high(), b.low(), b.close(), p.integer("ema_period"),
                        p.integer("atr_period"), p.number("multiplier"))),
                Output.of("upper", Keltner::upper), Output.of("middle", Keltner::middle), Output.of("lower", Keltner::lower));
        bar("donchian", Donchian.class, "Donchian channel: highest high, midpoint, lowest low (TA-Lib MAX, MIDPRICE, MIN)",
                "high, low", List.of(period(20, 2)),
                p -> new Donchian(p.integer("period")),
                (b, p) -> channel(Donchian.compute(b.high(), b.low(), p.integer("period"))),
                Output.of("upper", Donchian::upper), Output.of("middle", Donchian::middle), Output.of("lower", Donchian::lower));
        field("stddev", StdDev.class, "Population standard deviation times deviations (TA-Lib STDDEV)",
                List.of(period(20, 2), ParamSpec.number("deviations", 1, 0.0, INF, "multiplier")),
                (p, f) -> new StdDev(p.integer("period"), p.number("deviations"), f),
                (x, p) -> one(StdDev.compute(x, p.integer("period"), p.number("deviations"))),
                Output.of("stddev", StdDev::value));
        periodOnly("var", Variance.class, "Population variance (TA-Lib VAR)", 20, 1, Variance::new, Variance::compute, Variance::value);
        field("hv", HistoricalVolatility.class, "Historical volatility: annualised sample deviation of log returns, a fraction",
                List.of(period(20, 2), periodsPerYear()),
                (p, f) -> new HistoricalVolatility(p.integer("period"), p.number("periods_per_year"), f),
                (x, p) -> one(HistoricalVolatility.compute(x, p.integer("period"), p.number("periods_per_year"))),
                Output.of("hv", HistoricalVolatility::value));
        bar("parkinson", ParkinsonVolatility.class, "Parkinson high-low volatility, annualised, a fraction (not in TA-Lib)",
                "high, low", List.of(period(20, 1), periodsPerYear()),
                p -> new ParkinsonVolatility(p.integer("period"), p.number("periods_per_year")),
                (b, p) -> one(ParkinsonVolatility.compute(b.high(), b.low(), p.integer("period"), p.number("periods_per_year"))),
                Output.of("parkinson", ParkinsonVolatility::value));
        bar("garman_klass", GarmanKlassVolatility.class,
                "Garman-Klass OHLC volatility, annualised, a fraction (not in TA-Lib)", "open, high, low, close",
                List.of(period(20, 1), periodsPerYear()),
                p -> new GarmanKlassVolatility(p.integer("period"), p.number("periods_per_year")),
                (b, p) -> one(GarmanKlassVolatility.compute(b.open(), b.high(), b.low(), b.close(), p.integer("period"),
                        p.number("periods_per_year"))),
                Output.of("garman_klass", GarmanKlassVolatility::value));
    }

    private void volume() {
        bar("obv", Obv.class, "On-balance volume (TA-Lib OBV)", "close, volume", List.of(),
                p -> new Obv(),
                (b, p) -> one(Obv.compute(b.close(), b.volume())),
                Output.of("obv", Obv::value));
        bar("ad", AccumulationDistribution.class, "Chaikin accumulation/distribution line (TA-Lib AD)", HLCV, List.of(),
                p -> new AccumulationDistribution(),
                (b, p) -> one(AccumulationDistribution.compute(b.high(), b.low(), b.close(), b.volume())),
                Output.of("ad", AccumulationDistribution::value));
        bar("adosc", ChaikinOscillator.class, "Chaikin oscillator: EMA(AD, fast) - EMA(AD, slow) (TA-Lib ADOSC)", HLCV,
                List.of(ParamSpec.integer("fast", 3, 2, MAX, "fast EMA length"),
                        ParamSpec.integer("slow", 10, 2, MAX, "slow EMA length")),
                p -> new ChaikinOscillator(p.integer("fast"), p.integer("slow")),
                (b, p) -> one(ChaikinOscillator.compute(b.high(), b.low(), b.close(), b.volume(), p.integer("fast"),
                        p.integer("slow"))),
                Output.of("adosc", ChaikinOscillator::value));
        bar("cmf", ChaikinMoneyFlow.class, "Chaikin money flow, -1..1 (not one TA-Lib function)", HLCV, List.of(period(20, 1)),
                p -> new ChaikinMoneyFlow(p.integer("period")),
                (b, p) -> one(ChaikinMoneyFlow.compute(b.high(), b.low(), b.close(), b.volume(), p.integer("period"))),
                Output.of("cmf", ChaikinMoneyFlow::value));
        bar("vwap", Vwap.class, "Volume-weighted average typical price, anchored at the first bar (not in TA-Lib)", HLCV,
                List.of(),
                p -> new Vwap(),
                (b, p) -> one(Vwap.compute(new long[b.size()], b.high(), b.low(), b.close(), b.volume())),
                Output.of("vwap", Vwap::value));
        bar("volume_ratio", VolumeRatio.class, "Volume over the SMA of the previous period volumes (not in TA-Lib)",
                "volume", List.of(period(20, 1)),
                p -> new VolumeRatio(p.integer("period")),
                (b, p) -> one(VolumeRatio.compute(b.volume(), p.integer("period"))),
                Output.of("volume_ratio", VolumeRatio::value));
    }

    private void statistics() {
        periodOnly("zscore", ZScore.class, "Z-score: (x - SMA) / population standard deviation", 20, 2, ZScore::new,
                ZScore::compute, ZScore::value);
        pair("correl", Correlation.class, "Pearson correlation of two fields over the window, -1..1 (TA-Lib CORREL)",
                30, "high", "first series (x)", "low", "second series (y)",
                p -> new Correlation(p.integer("period")),
                new Recipe.PairOps<>() {
                    @Override public void update(Correlation c, double x, double y) {
                        c.update(x, y);
                    }

                    @Override public double value(Correlation c) {
                        return c.value();
                    }

                    @Override public boolean isReady(Correlation c) {
                        return c.isReady();
                    }

                    @Override public int warmupPeriod(Correlation c) {
                        return c.warmupPeriod();
                    }

                    @Override public void reset(Correlation c) {
                        c.reset();
                    }
                },
                (x, y, p) -> one(Correlation.compute(x, y, p.integer("period"))));
        pair("beta", Beta.class, "Beta of field2's returns (asset) on field's returns (benchmark) (TA-Lib BETA)",
                5, "open", "benchmark series", "close", "asset series",
                p -> new Beta(p.integer("period")),
                new Recipe.PairOps<>() {
                    @Override public void update(Beta b, double x, double y) {
                        b.update(x, y);
                    }

                    @Override public double value(Beta b) {
                        return b.value();
                    }

                    @Override public boolean isReady(Beta b) {
                        return b.isReady();
                    }

                    @Override public int warmupPeriod(Beta b) {
                        return b.warmupPeriod();
                    }

                    @Override public void reset(Beta b) {
                        b.reset();
                    }
                },
                (x, y, p) -> one(Beta.compute(x, y, p.integer("period"))));
        field("hurst", Hurst.class, "Hurst exponent by rescaled range over the window's log returns (not in TA-Lib)",
                List.of(ParamSpec.integer("period", 100, 4, MAX, "returns in the window, >= 2 min_chunk"),
                        ParamSpec.integer("min_chunk", 8, 2, MAX, "smallest chunk size")),
                (p, f) -> new Hurst(p.integer("period"), p.integer("min_chunk"), f),
                (x, p) -> one(Hurst.compute(x, p.integer("period"), p.integer("min_chunk"))),
                Output.of("hurst", Hurst::value));
    }

    // ---- building blocks

    /** Bollinger %b: where x sits between the bands, 0 at the lower, 1 at the upper; 0.5 when they coincide. */
    static double percentB(double x, double upper, double lower) {
        double width = upper - lower;
        return width == 0.0 ? 0.5 : (x - lower) / width;
    }

    /** Bollinger bandwidth {@code (upper - lower) / middle}, a fraction of the middle band; 0 when it is 0. */
    static double bandwidth(double upper, double middle, double lower) {
        return middle == 0.0 ? 0.0 : (upper - lower) / middle;
    }

    private static ParamSpec period(int defaultValue, int min) {
        return ParamSpec.integer("period", defaultValue, min, MAX, "window length in bars");
    }

    private static ParamSpec field() {
        return ParamSpec.choice("field", "close", FIELDS, "bar field read");
    }

    private static ParamSpec periodsPerYear() {
        return ParamSpec.positive("periods_per_year", 252, "bars per year for annualising (252 for daily bars)");
    }

    private static List<ParamSpec> fastSlowType() {
        return List.of(ParamSpec.integer("fast", 12, 2, MAX, "fast average length, < slow"),
                ParamSpec.integer("slow", 26, 2, MAX, "slow average length"),
                ParamSpec.choice("matype", "sma", List.of("sma", "ema", "wma", "dema", "tema", "trima", "kama", "t3"),
                        "moving average type"));
    }

    /** A moving-average type parameter over every {@link MaType}, TA-Lib's default SMA. */
    private static ParamSpec maType(String name, String description) {
        return ParamSpec.choice(name, "sma",
                Arrays.stream(MaType.values()).map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                description);
    }

    private static double[][] one(double[] values) {
        return new double[][] {values};
    }

    private static double[][] stoch(StochasticSeries s) {
        return new double[][] {s.k(), s.d()};
    }

    private static double[][] channel(Channel c) {
        return new double[][] {c.upper(), c.middle(), c.lower()};
    }

    private static DirectionalSeries dmi(Bars b, Params p) {
        return Dmi.compute(b.high(), b.low(), b.close(), p.integer("period"));
    }

    /** A constructor {@code (int period, PriceField field)}. */
    private interface PeriodFieldFactory<T> {
        T create(int period, PriceField field);
    }

    /** A static {@code compute(double[] values, int period)}. */
    private interface PeriodCompute {
        double[] compute(double[] values, int period);
    }

    /** A constructor {@code (int period)}. */
    private interface PeriodFactory<T> {
        T create(int period);
    }

    /** A static {@code compute(high, low, close, period)}. */
    private interface HlcPeriodCompute {
        double[] compute(double[] high, double[] low, double[] close, int period);
    }

    /** A single-input indicator with one parameter, the period, and one output named after it. */
    private <T extends ValueIndicator> void periodOnly(String name, Class<T> type, String description, int defaultPeriod,
            int minPeriod, PeriodFieldFactory<T> factory, PeriodCompute compute, ToDoubleFunction<T> value) {
        all.add(new IndicatorDefinition(name, type, InputKind.FIELD, "close (parameter field)", description,
                List.of(period(defaultPeriod, minPeriod), field()),
                new Recipe.Field<T>((p, f) -> factory.create(p.integer("period"), f),
                        List.of(Output.of(name, value)),
                        (x, p) -> one(compute.compute(x, p.integer("period"))))));
    }

    /** A high-low-close indicator with one parameter, the period (minimum 2, default 14), and one output. */
    private <T extends BarIndicator> void hlcPeriod(String name, Class<T> type, String description,
            PeriodFactory<T> factory, HlcPeriodCompute compute, ToDoubleFunction<T> value) {
        bar(name, type, description, HLC, List.of(period(14, 2)),
                p -> factory.create(p.integer("period")),
                (b, p) -> one(compute.compute(b.high(), b.low(), b.close(), p.integer("period"))),
                Output.of(name, value));
    }

    @SafeVarargs
    private <T extends ValueIndicator> void field(String name, Class<T> type, String description, List<ParamSpec> params,
            BiFunction<Params, PriceField, T> factory, Recipe.SeriesFunction arrays, Output<T>... outputs) {
        List<ParamSpec> withField = new ArrayList<>(params);
        withField.add(field());
        all.add(new IndicatorDefinition(name, type, InputKind.FIELD, "close (parameter field)", description, withField,
                new Recipe.Field<>(factory, List.of(outputs), arrays)));
    }

    @SafeVarargs
    private <T extends BarIndicator> void bar(String name, Class<T> type, String description, String reads,
            List<ParamSpec> params, Function<Params, T> factory, Recipe.BarsFunction arrays, Output<T>... outputs) {
        all.add(new IndicatorDefinition(name, type, InputKind.BAR, reads, description, params,
                new Recipe.Bar<>(factory, List.of(outputs), arrays)));
    }

    private <T> void pair(String name, Class<T> type, String description, int defaultPeriod, String x, String xText,
            String y, String yText,
            Function<Params, T> factory, Recipe.PairOps<T> ops, Recipe.PairFunction arrays) {
        List<ParamSpec> params = List.of(period(defaultPeriod, 1),
                ParamSpec.choice("field", x, FIELDS, xText), ParamSpec.choice("field2", y, FIELDS, yText));
        all.add(new IndicatorDefinition(name, type, InputKind.PAIR, "field, field2", description, params,
                new Recipe.Pair<>(name, factory, ops, arrays)));
    }
}
