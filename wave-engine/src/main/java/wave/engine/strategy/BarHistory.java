package wave.engine.strategy;

import wave.domain.market.Bar;
import wave.indicators.PriceField;

/** The last {@code depth} bars of one instrument (open, high, low, close, volume as doubles), in a ring. */
final class BarHistory {
    private final double[][] values;
    private int size;
    private int next;

    BarHistory(int depth) {
        this.values = new double[depth][5];
    }

    void add(Bar bar) {
        double[] row = values[next];
        row[0] = bar.open();
        row[1] = bar.high();
        row[2] = bar.low();
        row[3] = bar.close();
        row[4] = bar.volume();
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    /** The last {@code n} values of {@code field} (fewer while fewer bars have been seen), oldest first. */
    double[] last(PriceField field, int n) {
        int count = Math.min(n, size);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            double[] row = values[Math.floorMod(next - count + i, values.length)];
            out[i] = field.select(row[0], row[1], row[2], row[3], row[4]);
        }
        return out;
    }
}
