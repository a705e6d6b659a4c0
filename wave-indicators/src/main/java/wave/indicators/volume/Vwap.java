package wave.indicators.volume;

import wave.indicators.BarIndicator;
import wave.indicators.Indicators;
import wave.indicators.average.Vwma;
import wave.indicators.window.TaMath;

/**
 * Session-anchored volume-weighted average price: {@code sum(tp * volume) / sum(volume)} of the
 * typical price {@code tp = (high + low + close) / 3} over the bars of the current session, in
 * price units. For a rolling VWAP over the last n bars use {@link Indicators#rollingVwap(int)}
 * (a {@link Vwma} of the typical price).
 *
 * <p>Not in TA-Lib. A session starts at the first bar, after {@link #startSession()}, or when
 * {@link #update(long, double, double, double, double)} sees a new session key (e.g. the
 * exchange-local trading date); bars fed through {@link BarIndicator#update} continue the
 * current session. A session without volume so far has the typical price of its latest bar as
 * its VWAP. Warm-up: 1 bar, first valid index 0.
 */
public final class Vwap implements BarIndicator {
    private boolean started;
    private long sessionKey;
    private double priceVolume;
    private double volume;
    private double value = Double.NaN;

    /** Ends the current session: the next bar starts a new one. */
    public void startSession() {
        priceVolume = 0.0;
        volume = 0.0;
    }

    /** Feeds the next bar of the current session. */
    public void update(double high, double low, double close, double volume) {
        double typical = (high + low + close) / 3;
        priceVolume += typical * volume;
        this.volume += volume;
        value = this.volume != 0.0 ? priceVolume / this.volume : typical;
        started = true;
    }

    /** Feeds the next bar, starting a new session when {@code session} differs from the last. */
    public void update(long session, double high, double low, double close, double volume) {
        if (started && session != sessionKey) {
            startSession();
        }
        sessionKey = session;
        update(high, low, close, volume);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
    }

    /** The session's VWAP so far, or NaN before the first bar. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return started;
    }

    @Override
    public int warmupPeriod() {
        return 1;
    }

    @Override
    public void reset() {
        started = false;
        sessionKey = 0;
        priceVolume = 0.0;
        volume = 0.0;
        value = Double.NaN;
    }

    /**
     * The session VWAP of a whole series, equal bit for bit to feeding the bars with their
     * session keys to {@link #update(long, double, double, double, double)}.
     *
     * @param session one key per bar; a bar whose key differs from the previous bar's starts a
     *     new session
     * @return an array as long as the inputs
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(long[] session, double[] high, double[] low, double[] close,
            double[] volume) {
        int n = TaMath.sameLength("high, low, close and volume", high, low, close, volume);
        if (session.length != n) {
            throw new IllegalArgumentException(
                    "session must be as long as the prices, were " + session.length + " and " + n);
        }
        double[] out = new double[n];
        Vwap vwap = new Vwap();
        for (int i = 0; i < n; i++) {
            vwap.update(session[i], high[i], low[i], close[i], volume[i]);
            out[i] = vwap.value();
        }
        return out;
    }
}
