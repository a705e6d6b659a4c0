package wave.spec;

/**
 * The numeric keys of a spec's {@code [sizing]} table: their range, default and the words an error uses. The reader
 * checks a literal against them, the compiler a {@code $parameter}'s value once it is bound, so both say the same.
 */
enum SizingKey {
    FRACTION("fraction", 0, false, 1, false, null, "a fraction of equity in (0, 1] (0.02 means 2 %)"),
    TARGET_VOL("target_vol", 0, false, Double.POSITIVE_INFINITY, false, null,
            "an annualised volatility > 0 (0.10 means 10 % a year)"),
    VOL_PERIOD("vol_period", 2, true, Integer.MAX_VALUE, true, (double) SpecReader.DEFAULT_VOL_PERIOD,
            "a whole number of returns >= 2"),
    BARS_PER_YEAR("bars_per_year", 1, true, Integer.MAX_VALUE, true, (double) SpecReader.DEFAULT_BARS_PER_YEAR,
            "a whole number of bars a year >= 1 (252 for daily bars)"),
    CAP("cap", 0, false, 1, false, 1.0, "a largest fraction of equity in (0, 1]"),
    RISK_PCT("risk_pct", 0, false, 100, false, null, "a percentage of equity lost at the stop in (0, 100] (1.0 means 1 %)"),
    ATR_MULTIPLE("atr_multiple", 0, false, Double.POSITIVE_INFINITY, false, null, "a stop distance in ATRs > 0"),
    ATR_PERIOD("atr_period", 1, true, Integer.MAX_VALUE, true, (double) SpecReader.DEFAULT_ATR_PERIOD,
            "a whole number of bars >= 1"),
    WIN_RATE("win_rate", 0, true, 1, false, null, "the probability of a winning trade in [0, 1]"),
    PAYOFF("payoff", 0, false, Double.POSITIVE_INFINITY, false, null, "an average win over average loss > 0"),
    KELLY_FRACTION("kelly_fraction", 0, false, 1, false, SpecReader.DEFAULT_KELLY_FRACTION,
            "a share of full Kelly in (0, 1] (0.5 for half Kelly)"),
    STRENGTH("strength", 0, true, 1, false, null,
            "a strength in [0, 1] (the size shrinks by strength x the largest correlation with a holding)"),
    LOOKBACK("lookback", 2, true, Integer.MAX_VALUE, true, (double) SpecReader.DEFAULT_CORRELATION_LOOKBACK,
            "a whole number of returns >= 2");

    private final String key;
    private final double low;
    private final boolean lowIncluded;
    private final double high;
    private final boolean whole;
    private final Double fallback;
    private final String expected;

    SizingKey(String key, double low, boolean lowIncluded, double high, boolean whole, Double fallback, String expected) {
        this.key = key;
        this.low = low;
        this.lowIncluded = lowIncluded;
        this.high = high;
        this.whole = whole;
        this.fallback = fallback;
        this.expected = expected;
    }

    /** The key as written in the table, e.g. {@code risk_pct}. */
    String key() {
        return key;
    }

    /** True for a whole number of bars or returns (an integer {@code $parameter} only). */
    boolean whole() {
        return whole;
    }

    /** The value when the key is absent, or null when it is required. */
    Double fallback() {
        return fallback;
    }

    /** What a valid value is, for messages. */
    String expected() {
        return expected;
    }

    /** True when {@code value} is in the key's range (and whole, for a whole key). */
    boolean accepts(double value) {
        boolean aboveLow = lowIncluded ? value >= low : value > low;
        return aboveLow && value <= high && Double.isFinite(value) && (!whole || value == Math.rint(value));
    }
}
