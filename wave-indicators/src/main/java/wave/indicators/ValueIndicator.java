package wave.indicators;

/**
 * A streaming indicator of one input series: a price field of each bar (its {@link #field()}), or the output
 * of another indicator fed through {@link #update(double)}. The strategy framework feeds such indicators only
 * the field they read.
 */
public interface ValueIndicator extends BarIndicator {
    /** The bar field read by {@link #update(double, double, double, double, double)}. */
    PriceField field();

    /** Feeds the next input value. */
    void update(double value);

    @Override
    default void update(double open, double high, double low, double close, double volume) {
        update(field().select(open, high, low, close, volume));
    }
}
