package wave.indicators;

/**
 * The price (or volume) of a bar that a single-input indicator reads when it is fed whole bars
 * through {@link BarIndicator#update(double, double, double, double, double)}.
 *
 * <p>The composite prices use TA-Lib's formulas and addition order, so they equal TA-Lib's
 * {@code MEDPRICE} ({@link #HL2}), {@code TYPPRICE} ({@link #HLC3}) and {@code AVGPRICE}
 * ({@link #OHLC4}) exactly.
 */
public enum PriceField {
    /** The opening price. */
    OPEN,
    /** The highest price. */
    HIGH,
    /** The lowest price. */
    LOW,
    /** The closing price; the default of every single-input indicator. */
    CLOSE,
    /** The median price {@code (high + low) / 2}. */
    HL2,
    /** The typical price {@code (high + low + close) / 3}. */
    HLC3,
    /** The average price {@code (high + low + close + open) / 4}, summed in TA-Lib's order. */
    OHLC4,
    /** The traded volume. */
    VOLUME;

    /**
     * Picks this field from one bar's values.
     *
     * @return the selected price, or the volume for {@link #VOLUME}
     */
    public double select(double open, double high, double low, double close, double volume) {
        return switch (this) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case HL2 -> (high + low) / 2;
            case HLC3 -> (high + low + close) / 3;
            case OHLC4 -> (high + low + close + open) / 4;
            case VOLUME -> volume;
        };
    }
}
