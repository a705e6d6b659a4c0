package wave.indicators;

/**
 * Factories for the streaming indicators on closing prices, for strategies that register them
 * with {@code indicator(Indicators.sma(20))}. Each factory validates as its constructor does.
 */
public final class Indicators {
    private Indicators() {}

    /** A {@link Sma} of closes over {@code period} bars. */
    public static Sma sma(int period) {
        return new Sma(period);
    }

    /** An {@link Ema} of closes over {@code period} bars. */
    public static Ema ema(int period) {
        return new Ema(period);
    }

    /** An {@link Rsi} of closes over {@code period} bars. */
    public static Rsi rsi(int period) {
        return new Rsi(period);
    }

    /** A {@link Macd} of closes with the given fast, slow and signal periods. */
    public static Macd macd(int fast, int slow, int signal) {
        return new Macd(fast, slow, signal);
    }

    /** {@link BollingerBands} of closes over {@code period} bars, {@code k} deviations wide. */
    public static BollingerBands bollinger(int period, double k) {
        return new BollingerBands(period, k);
    }

    /** An {@link Atr} over {@code period} bars. */
    public static Atr atr(int period) {
        return new Atr(period);
    }
}
