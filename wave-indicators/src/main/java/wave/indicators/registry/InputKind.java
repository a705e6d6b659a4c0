package wave.indicators.registry;

/** What an indicator reads from each bar. */
public enum InputKind {
    /**
     * One series: a price field of each bar chosen by the {@code field} parameter (close by default), or the
     * output of another indicator when composed ({@link IndicatorRegistry#compose}).
     */
    FIELD,
    /** Several fields of each bar (e.g. high, low and close); see {@link IndicatorDefinition#reads()}. */
    BAR,
    /** Two series, the price fields named by the {@code field} and {@code field2} parameters. */
    PAIR
}
