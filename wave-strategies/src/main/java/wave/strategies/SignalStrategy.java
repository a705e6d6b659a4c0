package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Strategy;

/**
 * A strategy with one entry and one exit rule.
 *
 * <p>Long-only (the bundled names without a suffix): on each bar, when flat and the entry rule holds it buys (with
 * the run's sizing); when long and the exit rule holds it sells the whole position.
 *
 * <p>Long/short (the {@code -ls} variants): the entry rule is the long signal and the exit rule the short signal.
 * Flat, a long signal buys and a short signal sells short (with the run's sizing). In a position, the opposite
 * signal closes it, and the new side is entered at the close of the bar on which the closing order filled (the
 * run's sizing is computed from the cash, which the position holds until it is closed); a same-side signal
 * changes nothing. Short sales need a run that allows them ({@code --allow-short}); otherwise they are rejected
 * and the variant trades its long side only.
 *
 * @param <P> the parameter record type
 */
abstract class SignalStrategy<P extends Record> extends Strategy<P> {
    private final boolean longShort;
    /** The side to enter once flat after the opposite signal closed a position: 1 long, -1 short, 0 none. */
    private int pending;

    /** A long-only strategy. */
    SignalStrategy(P params) {
        this(params, false);
    }

    /** A long-only strategy, or a long/short one when {@code longShort}. */
    SignalStrategy(P params, boolean longShort) {
        super(params);
        this.longShort = longShort;
    }

    /** True when a flat long-only strategy should buy on this bar; the long signal of a long/short one. */
    abstract boolean entry(Bar bar);

    /** True when a long long-only strategy should sell everything on this bar; the short signal of a long/short one. */
    abstract boolean exit(Bar bar);

    @Override
    protected final void onBar(Bar bar) {
        if (longShort) {
            longShort(entry(bar) ? 1 : exit(bar) ? -1 : 0);
        } else if (entry(bar) && isFlat()) {
            buy();
        } else if (exit(bar) && isLong()) {
            closePosition();
        }
    }

    private void longShort(int signal) {
        long held = position().quantityRaw();
        if (held != 0) {
            if (signal == -Long.signum(held)) {
                closePosition();
                pending = signal;
            }
            return;
        }
        int side = signal != 0 ? signal : pending;
        pending = 0;
        if (side > 0) {
            buy();
        } else if (side < 0) {
            sellShort();
        }
    }

    /** Throws unless {@code low < high}, naming both parameters. */
    static void requireBelow(String lowName, double low, String highName, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException(lowName + " (" + format(low) + ") must be < " + highName + " (" + format(high) + ")");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
