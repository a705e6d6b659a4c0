package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Rsi;
import wave.indicators.registry.BoundIndicator;
import wave.indicators.registry.IndicatorDefinition;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.IndicatorStream;
import wave.indicators.registry.InputKind;
import wave.indicators.registry.ParamSpec;
import wave.indicators.statistics.Beta;
import wave.indicators.statistics.Correlation;

/**
 * The registry lists every indicator class of {@code wave.indicators}, and every registered indicator, built
 * with its defaults, computes over ORCL 1995-2014 with its array function exactly what its streaming factory
 * reports bar by bar; compositions agree with the library's array forms chained by hand.
 */
class IndicatorRegistryTest {
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.standard();
    private static final String PACKAGE_DIR = "wave/indicators/";

    static List<IndicatorDefinition> definitions() {
        return REGISTRY.all();
    }

    static List<IndicatorDefinition> singleInput() {
        return REGISTRY.all().stream().filter(IndicatorDefinition::isSingleInput).toList();
    }

    @Test
    void listsEveryPublicIndicatorClassOfTheSubPackages() {
        Set<String> indicatorClasses = new TreeSet<>();
        for (Class<?> type : packageClasses()) {
            if (isIndicator(type)) {
                indicatorClasses.add(type.getSimpleName());
            }
        }
        Set<String> registered = new TreeSet<>();
        REGISTRY.all().forEach(d -> registered.add(d.indicatorClass().getSimpleName()));

        assertThat(indicatorClasses).as("the scan finds the indicator classes").contains("Sma", "Macd", "Correlation", "Beta")
                .hasSizeGreaterThanOrEqualTo(55);
        assertThat(registered).as("every public indicator class of wave.indicators' sub-packages has a registry entry")
                .containsAll(indicatorClasses);
        assertThat(indicatorClasses).as("the registry lists only indicator classes").containsAll(registered);
    }

    @Test
    void namesAreTheIssuesListAndLowerCase() {
        assertThat(REGISTRY.names()).containsSubsequence("sma", "ema", "wma", "dema", "tema", "trima", "kama", "t3", "hma",
                "vwma", "alma", "rsi", "stoch", "stochf", "stochrsi", "willr", "cci", "mfi", "roc", "mom", "macd", "ppo",
                "apo", "trix", "ultosc", "ao", "cmo", "adx", "adxr", "dx", "plus_di", "minus_di", "aroon", "aroonosc", "sar",
                "supertrend", "ichimoku", "linearreg", "atr", "natr", "trange", "bbands", "keltner", "donchian", "stddev",
                "var", "hv", "parkinson", "garman_klass", "obv", "ad", "adosc", "cmf", "vwap", "volume_ratio", "zscore",
                "correl", "beta", "hurst");
        for (IndicatorDefinition d : REGISTRY.all()) {
            assertThat(d.name()).matches("[a-z0-9_]+");
            assertThat(d.outputs()).isNotEmpty().allMatch(o -> o.matches("[a-z0-9_]+")).doesNotHaveDuplicates();
            assertThat(d.description()).isNotBlank();
            for (ParamSpec p : d.params()) {
                assertThat(p.name()).matches("[a-z0-9_]+");
            }
            if (d.isSingleInput()) {
                assertThat(d.params().getLast().name()).isEqualTo("field");
            }
        }
        assertThat(REGISTRY.get("macd").outputs()).containsExactly("macd", "signal", "hist");
        assertThat(REGISTRY.get("bbands").outputs()).containsExactly("upper", "middle", "lower", "percent_b", "bandwidth");
        assertThat(REGISTRY.get("linearreg").outputs()).containsExactly("linearreg", "slope", "intercept", "angle",
                "forecast", "r2");
        assertThat(REGISTRY.get("RSI").param("period").orElseThrow().defaultValue()).isEqualTo("14");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void arrayFunctionEqualsTheStreamingFactoryOnOrcl(IndicatorDefinition definition) {
        OrclBars bars = orcl();
        BoundIndicator bound = definition.defaults();
        assertSame(bound, bars);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleInput")
    void singleInputIndicatorsReadTheirField(IndicatorDefinition definition) {
        OrclBars bars = orcl();
        BoundIndicator bound = definition.bind(Map.of("field", "hlc3"));
        assertSame(bound, bars);
        double[] typical = new double[bars.size()];
        for (int i = 0; i < typical.length; i++) {
            typical[i] = PriceField.HLC3.select(bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i],
                    bars.volume()[i]);
        }
        assertSameBits(bound.computeSeries(typical), compute(bound, bars), definition.name() + " series");
    }

    @Test
    void pairIndicatorsReadTheirTwoFieldsOrTwoSeries() {
        OrclBars bars = orcl();
        BoundIndicator correl = REGISTRY.bind("correl", "period=20", "field=close", "field2=volume");
        assertSame(correl, bars);
        assertSameBits(correl.compute(bars.open(), bars.high(), bars.low(), bars.close(), bars.volume()),
                new double[][] {Correlation.compute(bars.close(), bars.volume(), 20)}, "correl");
        BoundIndicator beta = REGISTRY.bind("beta", "period=10");
        assertThat(beta.definition().input()).isEqualTo(InputKind.PAIR);
        assertSameBits(beta.computePair(bars.low(), bars.high()), new double[][] {Beta.compute(bars.low(), bars.high(), 10)},
                "beta");
    }

    @Test
    void emaOfRsiEqualsTheArrayFormsChained() {
        OrclBars bars = orcl();
        BoundIndicator composed = REGISTRY.compose("ema", Map.of("period", "5"), "rsi", Map.of("period", "14"));

        double[] rsi = Rsi.compute(bars.close(), 14);
        int first = 14;
        assertThat(rsi[first - 1]).isNaN();
        assertThat(rsi[first]).isNotNaN();
        double[] tail = Ema.compute(Arrays.copyOfRange(rsi, first, rsi.length), 5);
        double[] expected = new double[rsi.length];
        Arrays.fill(expected, Double.NaN);
        System.arraycopy(tail, 0, expected, first, tail.length);

        assertThat(composed.label()).isEqualTo("ema(period=5) of rsi(period=14, field=close)");
        assertThat(composed.outputs()).containsExactly("ema");
        assertThat(composed.input()).isEqualTo(InputKind.FIELD);
        double[][] actual = compute(composed, bars);
        assertSameBits(actual, new double[][] {expected}, "ema of rsi");
        assertThat(actual[0][first + 3]).isNaN();
        assertThat(actual[0][first + 4]).isNotNaN();
        assertSame(composed, bars);
        assertThat(composed.stream().warmupPeriod()).isEqualTo(first + 5);
        assertSameBits(composed.computeSeries(bars.close()), actual, "ema of rsi over the closes");
    }

    @Test
    void composesOnANamedOutputAndOnCompositions() {
        OrclBars bars = orcl();
        BoundIndicator signal = REGISTRY.compose("sma", Map.of("period", "9"), "macd:hist", Map.of());
        MacdSeries macd = Macd.compute(bars.close(), 12, 26, 9);
        int first = 33;
        double[] tail = Sma.compute(Arrays.copyOfRange(macd.histogram(), first, bars.size()), 9);
        assertThat(compute(signal, bars)[0][first + 8]).isEqualTo(tail[8]);
        assertThat(compute(signal, bars)[0][first + 7]).isNaN();
        assertThat(signal.label()).isEqualTo("sma(period=9) of macd(fast=12, slow=26, signal=9, field=close):hist");
        assertSame(signal, bars);

        BoundIndicator twice = REGISTRY.compose("ema", Map.of("period", "3"),
                REGISTRY.compose("ema", Map.of("period", "5"), "rsi", Map.of("field", "hl2")), "ema");
        assertThat(twice.label()).isEqualTo("ema(period=3) of ema(period=5) of rsi(period=14, field=hl2)");
        assertSame(twice, bars);

        BoundIndicator bandsOfAtr = REGISTRY.compose("bbands", Map.of("period", "20"), "atr", Map.of());
        assertThat(bandsOfAtr.outputs()).hasSize(5);
        assertSame(bandsOfAtr, bars);
    }

    // ---- helpers

    private static OrclBars orcl() {
        try {
            return OrclBars.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] compute(BoundIndicator bound, OrclBars bars) {
        return bound.compute(bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
    }

    /** The array form equals the streaming form after every bar, also after a reset, and readiness agrees. */
    private static void assertSame(BoundIndicator bound, OrclBars bars) {
        double[][] arrays = compute(bound, bars);
        assertThat(arrays).as(bound.label()).hasNumberOfRows(bound.outputs().size());
        for (double[] a : arrays) {
            assertThat(a).hasSize(bars.size());
        }
        IndicatorStream stream = bound.stream();
        assertThat(stream.outputCount()).isEqualTo(bound.outputs().size());
        for (int i = 0; i < 300; i++) {
            bars.feed(stream, i);
        }
        stream.reset();
        int warmup = stream.warmupPeriod();
        boolean anyValue = false;
        for (int i = 0; i < bars.size(); i++) {
            bars.feed(stream, i);
            assertThat(stream.isReady()).as("%s ready after %d bars (warm-up %d)", bound.label(), i + 1, warmup)
                    .isEqualTo(i + 1 >= warmup);
            for (int k = 0; k < arrays.length; k++) {
                double streamed = stream.value(k);
                if (Double.doubleToLongBits(streamed) != Double.doubleToLongBits(arrays[k][i])) {
                    fail(bound.label() + " output " + bound.outputs().get(k) + " at bar " + i + ": streamed " + streamed
                            + ", array " + arrays[k][i]);
                }
                anyValue |= !Double.isNaN(streamed);
            }
        }
        assertThat(anyValue).as("%s has values on ORCL", bound.label()).isTrue();
    }

    private static void assertSameBits(double[][] actual, double[][] expected, String what) {
        assertThat(actual).as(what).hasNumberOfRows(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).hasSize(expected[k].length);
            for (int i = 0; i < expected[k].length; i++) {
                if (Double.doubleToLongBits(actual[k][i]) != Double.doubleToLongBits(expected[k][i])) {
                    fail(what + " output " + k + " at " + i + ": " + actual[k][i] + " != " + expected[k][i]);
                }
            }
        }
    }

    /** A public concrete class with a public static {@code compute}: the library's indicators. */
    private static boolean isIndicator(Class<?> type) {
        int m = type.getModifiers();
        if (!Modifier.isPublic(m) || Modifier.isAbstract(m) || type.isInterface() || type.isEnum() || type.isRecord()
                || type.getEnclosingClass() != null) {
            return false;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals("compute") && Modifier.isStatic(method.getModifiers())
                    && Modifier.isPublic(method.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top-level classes of {@code wave.indicators} and its indicator sub-packages (all but {@code registry} and the
     * building blocks in {@code window}), from the class directory or jar holding them.
     */
    private static List<Class<?>> packageClasses() {
        URL url = BarIndicator.class.getResource("BarIndicator.class");
        assertThat(url).isNotNull();
        List<String> names;
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.toString();
                URI jar = new URI(spec.substring("jar:".length(), spec.indexOf("!/")));
                try (JarFile file = new JarFile(Path.of(jar).toFile())) {
                    names = file.stream().map(e -> e.getName()).filter(n -> n.startsWith(PACKAGE_DIR)).toList();
                }
            } else {
                Path packageDir = Path.of(url.toURI()).getParent();
                Path classRoot = packageDir.getParent().getParent();
                try (Stream<Path> files = Files.walk(packageDir)) {
                    names = files.map(p -> classRoot.relativize(p).toString().replace('\\', '/')).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream().filter(IndicatorRegistryTest::isIndicatorClassFile)
                .<Class<?>>map(n -> load(n.substring(0, n.length() - ".class".length()).replace('/', '.'))).toList();
    }

    private static boolean isIndicatorClassFile(String name) {
        if (!name.startsWith(PACKAGE_DIR) || !name.endsWith(".class")) {
            return false;
        }
        String local = name.substring(PACKAGE_DIR.length());
        return true && !name.contains("$") && !name.endsWith("package-info.class")
                && !local.startsWith("registry/") && !local.startsWith("window/");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, IndicatorRegistryTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
