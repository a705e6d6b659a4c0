package wave.indicators.registry;

import java.util.Objects;
import wave.indicators.PriceField;

/** Whole-series bar arrays of one length. */
record Bars(double[] open, double[] high, double[] low, double[] close, double[] volume) {
    Bars {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        int n = close.length;
        if (open.length != n || high.length != n || low.length != n || volume.length != n) {
            throw new IllegalArgumentException("open, high, low, close and volume must have the same length, were "
                    + open.length + ", " + high.length + ", " + low.length + ", " + n + ", " + volume.length);
        }
    }

    int size() {
        return close.length;
    }

    /** One field of every bar, computed as {@link PriceField#select} computes it for one bar. */
    double[] select(PriceField field) {
        int n = size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = field.select(open[i], high[i], low[i], close[i], volume[i]);
        }
        return out;
    }
}
