package wave.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import wave.domain.money.FixedPoint;

/**
 * Builds a {@link RiskConfig} key by key, with the names of the {@code [risk]} table of {@code wave.toml}
 * (docs/risk.md lists them): percentages as numbers ({@code 10} is 10%), amounts and quantities as decimal numbers,
 * counts as integers, {@code restricted} as symbols, and each breaker's keys under its name
 * ({@code breakers.daily_loss.threshold}). Unset keys are off. Values are checked when set.
 */
public final class RiskKeys {
    /** The limit keys. */
    public static final Set<String> LIMITS = Set.of("max_position_pct", "max_position_value", "max_gross_exposure_pct",
            "max_net_exposure_pct", "max_order_pct", "max_order_notional", "max_order_quantity", "max_adv_pct",
            "price_band_pct", "max_orders_per_minute", "max_orders_per_day", "max_trades_per_day", "daily_loss_pct",
            "weekly_loss_pct", "drawdown_warning_pct", "drawdown_halt_pct", "min_confidence", "restricted",
            "trading_hours_only", "max_instrument_pct_of_gross", "max_sector_pct", "max_leverage", "max_correlation",
            "correlation_window", "max_var_pct", "var_window", "var_confidence", "var_method", "benchmark",
            "venue_orders_per_second", "venue_rate_mode", "venue_queue_limit", "volatility_window", "venue_errors_window");
    /** The breakers' names. */
    public static final List<String> BREAKERS = List.of("daily_loss", "weekly_loss", "drawdown", "loss_streak",
            "volatility_spike", "book_volatility_spike", "stale_data", "venue_errors");

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> breakers = new LinkedHashMap<>();

    /** Every key off. */
    public RiskKeys() {
        for (String name : BREAKERS) {
            breakers.put(name, new LinkedHashMap<>());
        }
    }

    /**
     * Sets a limit key ({@code max_position_pct}) or a breaker's key ({@code breakers.daily_loss.action}).
     *
     * @param value a {@link Number}, a {@link Boolean}, a {@link String}, or a list of strings for {@code restricted}
     * @throws IllegalArgumentException for an unknown key or a value of the wrong kind
     */
    public RiskKeys set(String key, Object value) {
        if (key.startsWith("breakers.")) {
            String[] parts = key.split("\\.");
            if (parts.length != 3 || !breakers.containsKey(parts[1])) {
                throw new IllegalArgumentException("unknown risk key " + key + "; breakers: " + BREAKERS);
            }
            breakers.get(parts[1]).put(parts[2], value);
        } else if (LIMITS.contains(key)) {
            values.put(key, value);
        } else {
            throw new IllegalArgumentException("unknown risk key " + key + "; valid keys: " + new TreeSet<>(LIMITS));
        }
        return this;
    }

    /** The configuration. */
    public RiskConfig build() {
        RiskLimits limits = new RiskLimits(pct("max_position_pct"), money("max_position_value"),
                pct("max_gross_exposure_pct"), pct("max_net_exposure_pct"), pct("max_order_pct"),
                money("max_order_notional"), quantity("max_order_quantity"), pct("max_adv_pct"), pct("price_band_pct"),
                count("max_orders_per_minute"), count("max_orders_per_day"), count("max_trades_per_day"),
                pct("daily_loss_pct"), pct("weekly_loss_pct"), pct("drawdown_warning_pct"), pct("drawdown_halt_pct"),
                pct("min_confidence"), symbols(), Boolean.TRUE.equals(values.get("trading_hours_only")),
                pct("max_instrument_pct_of_gross"), pct("max_sector_pct"), pct("max_leverage"));
        BookLimits book = new BookLimits(pct("max_correlation"), window("correlation_window", BookLimits.CORRELATION_WINDOW),
                pct("max_var_pct"), window("var_window", BookLimits.VAR_WINDOW),
                values.containsKey("var_confidence") ? pct("var_confidence") : BookLimits.VAR_CONFIDENCE,
                "parametric".equals(values.get("var_method")),
                values.containsKey("benchmark") ? values.get("benchmark").toString() : null);
        return new RiskConfig(limits, breaker("daily_loss"), breaker("weekly_loss"), breaker("drawdown"),
                breaker("loss_streak"), book, new VenueRate(count("venue_orders_per_second"),
                        VenueRate.Mode.valueOf(text(values, "venue_rate_mode", "refuse")),
                        window("venue_queue_limit", VenueRate.QUEUE_LIMIT)),
                new MarketBreakers(breaker("volatility_spike"), breaker("book_volatility_spike"),
                        window("volatility_window", MarketBreakers.VOLATILITY_WINDOW),
                        breaker("stale_data"), breaker("venue_errors"), values.containsKey("venue_errors_window")
                                ? durationNanos(values.get("venue_errors_window")) : MarketBreakers.VENUE_ERRORS_WINDOW_NANOS));
    }

    private double pct(String key) {
        Object value = values.get(key);
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private int window(String key, int otherwise) {
        return values.containsKey(key) ? count(key) : otherwise;
    }

    private long money(String key) {
        Object value = values.get(key);
        return value == null ? 0 : FixedPoint.parseMoney(value.toString());
    }

    private long quantity(String key) {
        Object value = values.get(key);
        return value == null ? 0 : FixedPoint.parseQuantity(value.toString());
    }

    private int count(String key) {
        Object value = values.get(key);
        return value == null ? 0 : ((Number) value).intValue();
    }

    private Set<String> symbols() {
        Object value = values.get("restricted");
        List<String> symbols = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object symbol : list) {
                symbols.add(symbol.toString());
            }
        }
        return Set.copyOf(symbols);
    }

    /** An ISO-8601 duration ({@code PT5M}) or a number of seconds, in nanoseconds. */
    static long durationNanos(Object value) {
        if (value instanceof Number n) {
            return Math.round(n.doubleValue() * 1e9);
        }
        return java.time.Duration.parse(value.toString()).toNanos();
    }

    private Breaker breaker(String name) {
        Map<String, Object> keys = breakers.get(name);
        Object threshold = keys.get("threshold");
        if (threshold == null) {
            return Breaker.OFF;
        }
        // the stale data breaker's threshold is a duration, kept in seconds
        double level = name.equals("stale_data") ? durationNanos(threshold) / 1e9 : ((Number) threshold).doubleValue();
        return new Breaker(level,
                TradingState.valueOf(text(keys, "trip", "halted")),
                Breaker.Action.valueOf(text(keys, "action", "none")),
                keys.get("reduce_fraction") == null ? 0 : ((Number) keys.get("reduce_fraction")).doubleValue(),
                Breaker.Resume.valueOf(text(keys, "resume", "manual")));
    }

    private static String text(Map<String, ?> keys, String key, String otherwise) {
        Object value = keys.get(key);
        return (value == null ? otherwise : value.toString()).toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
