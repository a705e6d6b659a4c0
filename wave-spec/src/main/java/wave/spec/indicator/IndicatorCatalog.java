package wave.spec.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import wave.indicators.Atr;
import wave.indicators.BollingerBands;
import wave.indicators.Ema;
import wave.indicators.Macd;
import wave.indicators.Rsi;
import wave.indicators.Sma;

/**
 * The indicator types specs can use, by name. {@link #standard()} holds sma, ema, rsi, macd, bollinger, atr and
 * donchian; {@link #with(IndicatorType)} returns a catalog with one more type, so other modules can register
 * their own without touching this one. Immutable.
 */
public final class IndicatorCatalog {
    private static final IndicatorCatalog STANDARD = new IndicatorCatalog(Map.of()).withAll(standardTypes());

    private final Map<String, IndicatorType> types;

    private IndicatorCatalog(Map<String, IndicatorType> types) {
        this.types = Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** The built-in types. */
    public static IndicatorCatalog standard() {
        return STANDARD;
    }

    /**
     * This catalog plus one type.
     *
     * @throws IllegalArgumentException if a type of that name exists
     */
    public IndicatorCatalog with(IndicatorType type) {
        if (types.containsKey(type.name())) {
            throw new IllegalArgumentException("indicator type '" + type.name() + "' is already registered");
        }
        Map<String, IndicatorType> copy = new TreeMap<>(types);
        copy.put(type.name(), type);
        return new IndicatorCatalog(copy);
    }

    private IndicatorCatalog withAll(List<IndicatorType> more) {
        IndicatorCatalog catalog = this;
        for (IndicatorType type : more) {
            catalog = catalog.with(type);
        }
        return catalog;
    }

    /** A type by name. */
    public Optional<IndicatorType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type names, sorted. */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /** The types, sorted by name. */
    public List<IndicatorType> types() {
        return List.copyOf(types.values());
    }

    private static List<IndicatorType> standardTypes() {
        List<IndicatorType> out = new ArrayList<>();
        out.add(new IndicatorType("sma", "simple moving average",
                List.of(IndicatorParam.integer("period", 20, "bars averaged"), IndicatorParam.source()),
                List.of("value"), "value", args -> {
                    Sma sma = new Sma(args.integer("period"), args.field("source"));
                    return BoundIndicator.single(sma, "value", sma::value);
                }));
        out.add(new IndicatorType("ema", "exponential moving average, seeded with the SMA of the first period values (TA-Lib)",
                List.of(IndicatorParam.integer("period", 20, "bars, smoothing factor 2 / (period + 1)"), IndicatorParam.source()),
                List.of("value"), "value", args -> {
                    Ema ema = new Ema(args.integer("period"), args.field("source"));
                    return BoundIndicator.single(ema, "value", ema::value);
                }));
        out.add(new IndicatorType("rsi", "relative strength index with Wilder smoothing, 0 to 100",
                List.of(IndicatorParam.integer("period", 14, "bars"), IndicatorParam.source()),
                List.of("value"), "value", args -> {
                    Rsi rsi = new Rsi(args.integer("period"), args.field("source"));
                    return BoundIndicator.single(rsi, "value", rsi::value);
                }));
        out.add(new IndicatorType("macd", "MACD line (fast EMA - slow EMA), its signal EMA and the histogram, seeded as TA-Lib",
                List.of(IndicatorParam.integer("fast", 12, "fast EMA period, bars"),
                        IndicatorParam.integer("slow", 26, "slow EMA period, bars"),
                        IndicatorParam.integer("signal", 9, "signal EMA period, bars"), IndicatorParam.source()),
                List.of("macd", "signal", "histogram"), "macd", args -> {
                    Macd macd = new Macd(args.integer("fast"), args.integer("slow"), args.integer("signal"), args.field("source"));
                    return new BoundIndicator(macd, ordered("macd", macd::macd, "signal", macd::signal, "histogram", macd::histogram));
                }));
        out.add(new IndicatorType("bollinger", "Bollinger Bands: SMA +/- k population standard deviations",
                List.of(IndicatorParam.integer("period", 20, "bars"),
                        IndicatorParam.number("k", 2.0, "band half-width, standard deviations"), IndicatorParam.source()),
                List.of("upper", "middle", "lower"), null, args -> {
                    BollingerBands bands = new BollingerBands(args.integer("period"), args.number("k"), args.field("source"));
                    return new BoundIndicator(bands, ordered("upper", bands::upper, "middle", bands::middle, "lower", bands::lower));
                }));
        out.add(new IndicatorType("atr", "average true range with Wilder smoothing, price units",
                List.of(IndicatorParam.integer("period", 14, "bars")),
                List.of("value"), "value", args -> {
                    Atr atr = new Atr(args.integer("period"));
                    return BoundIndicator.single(atr, "value", atr::value);
                }));
        out.add(new IndicatorType("donchian", "highest high (upper) and lowest low (lower) of the previous period bars, "
                + "excluding the current bar; middle is their mean",
                List.of(IndicatorParam.integer("period", 20, "bars before the current one")),
                List.of("upper", "middle", "lower"), null, args -> {
                    PriorChannel channel = new PriorChannel(args.integer("period"));
                    return new BoundIndicator(channel, ordered("upper", channel::upper, "middle", channel::middle,
                            "lower", channel::lower));
                }));
        return out;
    }

    private static Map<String, DoubleSupplier> ordered(String a, DoubleSupplier ra, String b, DoubleSupplier rb,
                                                      String c, DoubleSupplier rc) {
        Map<String, DoubleSupplier> map = new LinkedHashMap<>();
        map.put(a, ra);
        map.put(b, rb);
        map.put(c, rc);
        return map;
    }

    @Override
    public String toString() {
        return "IndicatorCatalog" + names();
    }
}
