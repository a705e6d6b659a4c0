package wave.data.csv;

/** Which close a CSV import uses for the bars. */
public enum PriceColumn {
    /**
     * The close column as given: for Yahoo files split-adjusted but not dividend-adjusted, for Alpha Vantage
     * files raw (as traded).
     */
    CLOSE,
    /**
     * The adjusted close column. Each row's open, high, low and close are multiplied by that row's
     * {@code adjustedClose / close}, so the bar's close equals the adjusted close (rounded half-even to nine
     * decimals) and the bar keeps its shape. Volume is left as given. Needs an adjusted-close column.
     */
    ADJ_CLOSE
}
