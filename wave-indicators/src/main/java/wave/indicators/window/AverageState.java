package wave.indicators.window;

import wave.indicators.average.MaType;

/** A streaming moving average of a derived series, as {@link MaType} selects it. */
public interface AverageState {
    /** Feeds the next input; true once {@link #value()} holds an average. */
    boolean update(double x);

    double value();

    boolean isReady();

    void reset();
}
