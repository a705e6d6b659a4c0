package wave.store.bars;

/**
 * The outcome of {@link BarRepository#append}.
 *
 * @param symbol     the stored series' symbol
 * @param barsRead   bars given
 * @param barsAdded  bars newer than the stored ones, appended (the others were already stored, equal)
 * @param barsStored bars in the series afterwards
 * @param created    true when the import created the series
 */
public record Appended(String symbol, int barsRead, int barsAdded, int barsStored, boolean created) {
}
