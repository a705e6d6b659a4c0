package wave.strategies;

import wave.domain.market.Bar;
import wave.engine.strategy.Strategy;

/**
 * A long-only strategy with one entry and one exit rule: on each bar, when flat and the entry rule holds it buys
 * (with the run's sizing); when long and the exit rule holds it sells the whole position.
 *
 * @param <P> the parameter record type
 */
abstract class LongOnlyStrategy<P extends Record> extends Strategy<P> {
    LongOnlyStrategy(P params) {
        super(params);
    }

    /** True when a flat strategy should buy on this bar. */
    abstract boolean entry(Bar bar);

    /** True when a long strategy should sell everything on this bar. */
    abstract boolean exit(Bar bar);

    @Override
    protected final void onBar(Bar bar) {
        if (entry(bar) && isFlat()) {
            buy();
        } else if (exit(bar) && isLong()) {
            closePosition();
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
