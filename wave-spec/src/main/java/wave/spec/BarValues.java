package wave.spec;

import java.util.function.DoubleSupplier;
import wave.indicators.PriceField;

/** The fields of the bar being processed, shared by every price operand of one strategy instance. */
final class BarValues {
    private double open = Double.NaN;
    private double high = Double.NaN;
    private double low = Double.NaN;
    private double close = Double.NaN;
    private double volume = Double.NaN;

    void set(double open, double high, double low, double close, double volume) {
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    void reset() {
        set(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Reads one field of the current bar, with {@link PriceField#select}'s formulas. */
    DoubleSupplier reader(PriceField field) {
        return switch (field) {
            case OPEN -> () -> open;
            case HIGH -> () -> high;
            case LOW -> () -> low;
            case CLOSE -> () -> close;
            case VOLUME -> () -> volume;
            case HL2, HLC3, OHLC4 -> () -> field.select(open, high, low, close, volume);
        };
    }
}
