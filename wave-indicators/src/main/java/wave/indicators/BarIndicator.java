package wave.indicators;

/**
 * A streaming indicator fed one bar at a time by the strategy framework.
 *
 * <p>Implementations keep primitive state only: {@link #update} runs in O(1) time and allocates
 * nothing. Each one also has a static {@code compute} array form that returns bit-for-bit the
 * values the streaming form reports bar by bar.
 */
public interface BarIndicator {

    /** Feeds the next closed bar. Single-input indicators read their {@link PriceField}. */
    void update(double open, double high, double low, double close, double volume);

    /** Whether a valid value exists, i.e. at least {@link #warmupPeriod()} bars were fed. */
    boolean isReady();

    /**
     * The number of bars fed before {@link #isReady()} first becomes true; equal to TA-Lib's
     * lookback plus one, e.g. SMA(n) and EMA(n) {@code n}, RSI(n) and ATR(n) {@code n + 1},
     * MACD(12, 26, 9) {@code 34}.
     */
    int warmupPeriod();

    /** Forgets every bar fed so far, returning to the freshly constructed state. */
    void reset();
}
