package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import wave.indicators.average.MaType;
import wave.indicators.momentum.MacdExt;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.registry.BoundIndicator;
import wave.indicators.registry.IndicatorDefinition;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.ParamSpec;
import wave.indicators.registry.ParamType;

/** Binding text parameters: defaults, parsing, and errors that name the indicator, the parameter and the valid values. */
class IndicatorRegistryBindingTest {
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.standard();

    @Test
    void defaultsAndRangesAreDescribed() {
        IndicatorDefinition rsi = REGISTRY.get("rsi");
        assertThat(rsi.params()).extracting(ParamSpec::name).containsExactly("period", "field");
        ParamSpec period = rsi.params().getFirst();
        assertThat(period.type()).isEqualTo(ParamType.INT);
        assertThat(period.defaultValue()).isEqualTo("14");
        assertThat(period.rangeText()).isEqualTo("[2, 100000]");
        assertThat(rsi.params().getLast().rangeText()).isEqualTo("open|high|low|close|hl2|hlc3|ohlc4|volume");
        assertThat(rsi.defaults().params().integer("period")).isEqualTo(14);
        assertThat(rsi.defaults().params().field()).isEqualTo(PriceField.CLOSE);
        assertThat(rsi.defaults().label()).isEqualTo("rsi(period=14, field=close)");
        assertThat(REGISTRY.get("alma").param("sigma").orElseThrow().rangeText()).isEqualTo("(0.0, inf)");
        assertThat(REGISTRY.get("t3").param("vfactor").orElseThrow().rangeText()).isEqualTo("[0.0, 1.0]");
        assertThat(REGISTRY.get("sar").param("maximum").orElseThrow().rangeText()).isEqualTo("[0.0, inf)");
        assertThat(REGISTRY.get("obv").defaults().label()).isEqualTo("obv");
    }

    @Test
    void bindsTextValues() {
        BoundIndicator macd = REGISTRY.bind("MACD", "fast=5", " slow = 35 ", "signal=5", "field=HL2");
        assertThat(macd.params().toString()).isEqualTo("fast=5, slow=35, signal=5, field=hl2");
        assertThat(macd.params().asText()).containsEntry("slow", "35");
        BoundIndicator t3 = REGISTRY.bind("t3", Map.of("vfactor", "0.5"));
        assertThat(t3.params().number("vfactor")).isEqualTo(0.5);
        assertThat(REGISTRY.bind("ppo", "matype=ema").params().maType("matype")).isEqualTo(MaType.EMA);
        assertThat(REGISTRY.bind("bbands", "deviations=2.5").label()).isEqualTo("bbands(period=20, deviations=2.5, field=close)");
    }

    @Test
    void macdExtTakesTaLibDefaultsAndEveryMaType() {
        IndicatorDefinition macdExt = REGISTRY.get("macdext");
        assertThat(macdExt.params()).extracting(ParamSpec::name).containsExactly("fast", "fast_matype", "slow",
                "slow_matype", "signal", "signal_matype", "field");
        assertThat(macdExt.defaults().label()).isEqualTo(
                "macdext(fast=12, fast_matype=sma, slow=26, slow_matype=sma, signal=9, signal_matype=sma, field=close)");
        assertThat(macdExt.param("slow_matype").orElseThrow().rangeText())
                .isEqualTo("sma|ema|wma|dema|tema|trima|kama|t3");
        assertThat(macdExt.param("signal").orElseThrow().rangeText()).isEqualTo("[1, 100000]");
        assertThat(macdExt.outputs()).containsExactly("macd", "signal", "hist");
        BoundIndicator bound = REGISTRY.bind("macdext", "fast_matype=wma", "slow_matype=DEMA", "signal_matype=tema");
        assertThat(bound.params().maType("slow_matype")).isEqualTo(MaType.DEMA);
        double[] close = new double[200];
        for (int i = 0; i < close.length; i++) {
            close[i] = 100.0 + 10.0 * Math.sin(i / 7.0) + i * 0.1;
        }
        MacdSeries expected = MacdExt.compute(close, 12, MaType.WMA, 26, MaType.DEMA, 9, MaType.TEMA);
        double[][] lines = bound.compute(close, close, close, close, close);
        assertThat(lines[0]).containsExactly(expected.macd());
        assertThat(lines[1]).containsExactly(expected.signal());
        assertThat(lines[2]).containsExactly(expected.histogram());
        assertRejected(() -> REGISTRY.bind("macdext", "fast=26", "slow=12"),
                "macdext: fast must be <= slow, was fast=26, slow=12");
    }

    @Test
    void unknownIndicatorListsTheValidNames() {
        assertRejected(() -> REGISTRY.get("rsx"), "unknown indicator 'rsx'; valid indicators: "
                + String.join(", ", REGISTRY.names()));
        assertThat(REGISTRY.names()).startsWith("sma", "ema", "wma");
    }

    @Test
    void unknownParameterListsTheValidOnes() {
        assertRejected(() -> REGISTRY.bind("rsi", "x=1"), "rsi: unknown parameter 'x'; valid parameters: period, field");
        assertRejected(() -> REGISTRY.bind("macd", "fats=10"),
                "macd: unknown parameter 'fats'; valid parameters: fast, slow, signal, field");
        assertRejected(() -> REGISTRY.bind("obv", "period=3"), "obv: unknown parameter 'period'; valid parameters: (none)");
    }

    @Test
    void outOfRangeValuesNameTheRange() {
        assertRejected(() -> REGISTRY.bind("rsi", "period=1"), "rsi: parameter 'period' = 1 is out of range [2, 100000]");
        assertRejected(() -> REGISTRY.bind("sma", "period=100001"),
                "sma: parameter 'period' = 100001 is out of range [2, 100000]");
        assertRejected(() -> REGISTRY.bind("t3", "vfactor=1.5"), "t3: parameter 'vfactor' = 1.5 is out of range [0.0, 1.0]");
        assertRejected(() -> REGISTRY.bind("alma", "sigma=0"), "alma: parameter 'sigma' = 0 is out of range (0.0, inf)");
        assertRejected(() -> REGISTRY.bind("alma", "sigma=NaN"), "alma: parameter 'sigma' = NaN is out of range (0.0, inf)");
        assertRejected(() -> REGISTRY.bind("keltner", "multiplier=Infinity"),
                "keltner: parameter 'multiplier' = Infinity is out of range [0.0, inf)");
    }

    @Test
    void malformedValuesAreNamed() {
        assertRejected(() -> REGISTRY.bind("rsi", "period=abc"), "rsi: parameter 'period' expects an integer, got 'abc'");
        assertRejected(() -> REGISTRY.bind("rsi", "period=14.5"), "rsi: parameter 'period' expects an integer, got '14.5'");
        assertRejected(() -> REGISTRY.bind("t3", "vfactor=high"), "t3: parameter 'vfactor' expects a number, got 'high'");
        assertRejected(() -> REGISTRY.bind("rsi", "field=mid"),
                "rsi: parameter 'field' expects one of open, high, low, close, hl2, hlc3, ohlc4, volume, got 'mid'");
        assertRejected(() -> REGISTRY.bind("apo", "matype=hull"),
                "apo: parameter 'matype' expects one of sma, ema, wma, dema, tema, trima, kama, t3, got 'hull'");
        assertRejected(() -> REGISTRY.bind("rsi", "period"), "rsi: parameter 'period' must be written name=value");
        assertRejected(() -> REGISTRY.bind("rsi", "period=3", "PERIOD=4"), "rsi: parameter 'period' given twice");
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("period", "3");
        twice.put("Period", "4");
        assertRejected(() -> REGISTRY.bind("rsi", twice), "rsi: parameter 'period' given twice");
    }

    @Test
    void inconsistentValuesAreNamedByTheIndicator() {
        assertRejected(() -> REGISTRY.bind("macd", "fast=26", "slow=12"), "macd: fast must be < slow, was fast=26, slow=12");
        assertRejected(() -> REGISTRY.bind("ao", "fast=34", "slow=5"), "ao: fast must be < slow, was fast=34, slow=5");
        assertRejected(() -> REGISTRY.bind("ultosc", "period1=1", "period2=1", "period3=1"),
                "ultosc: the longest period must be >= 2, was 1");
        assertRejected(() -> REGISTRY.bind("hurst", "period=10"), "hurst: period must be in [16, 100000], was 10");
    }

    @Test
    void compositionErrorsAreNamed() {
        assertRejected(() -> REGISTRY.compose("adx", Map.of(), "rsi", Map.of()),
                "adx reads high, low, close, so it cannot be applied to another indicator's output; single-input indicators: "
                        + String.join(", ", REGISTRY.singleInputNames()));
        assertRejected(() -> REGISTRY.compose("ema", Map.of("field", "high"), "rsi", Map.of()),
                "ema: parameter 'field' does not apply when ema is applied to another indicator's output");
        assertRejected(() -> REGISTRY.compose("ema", Map.of("x", "1"), "rsi", Map.of()),
                "ema: unknown parameter 'x'; valid parameters: period");
        assertRejected(() -> REGISTRY.compose("ema", Map.of(), "macd:histogram", Map.of()),
                "macd: unknown output 'histogram'; valid outputs: macd, signal, hist");
        assertRejected(() -> REGISTRY.compose("ema", Map.of(), "rsx", Map.of()),
                "unknown indicator 'rsx'; valid indicators: " + String.join(", ", REGISTRY.names()));
        assertRejected(() -> REGISTRY.compose("ema", Map.of(), "rsi", Map.of("period", "0")),
                "rsi: parameter 'period' = 0 is out of range [2, 100000]");
        assertThat(REGISTRY.singleInputNames()).contains("sma", "rsi", "macd", "bbands", "linearreg", "hurst")
                .doesNotContain("atr", "vwma", "correl");
        assertThat(REGISTRY.compose("sma", Map.of(), "macd:SIGNAL", Map.of()).innerOutput()).contains("signal");
    }

    @Test
    void everyDefaultIsValidAndInItsRange() {
        for (IndicatorDefinition d : REGISTRY.all()) {
            BoundIndicator bound = d.defaults();
            assertThat(bound.outputs()).isEqualTo(d.outputs());
            for (ParamSpec p : d.params()) {
                if (p.type() == ParamType.ENUM) {
                    assertThat(p.choices()).contains(p.defaultValue());
                } else {
                    double v = Double.parseDouble(p.defaultValue());
                    assertThat(v).as("%s %s", d.name(), p.name()).isBetween(p.min(), p.max());
                }
            }
        }
        assertThat(List.of(REGISTRY.get("bbands").reads(), REGISTRY.get("atr").reads(), REGISTRY.get("correl").reads()))
                .containsExactly("close (parameter field)", "high, low, close", "field, field2");
    }

    private static void assertRejected(Executable call, String message) {
        assertThatIllegalArgumentException().isThrownBy(call::execute).withMessage(message);
    }
}
