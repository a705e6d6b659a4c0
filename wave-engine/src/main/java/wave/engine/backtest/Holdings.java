package wave.engine.backtest;

/**
 * What the account held in each instrument after each time step: raw fixed point (x 10^9), indexed
 * {@code [instrument][step]}, instruments in the result's order.
 *
 * @param quantityRaw    signed quantity held (negative: short)
 * @param marketValueRaw quantity x the close it was marked at, in the instrument's quote currency
 */
public record Holdings(long[][] quantityRaw, long[][] marketValueRaw) {
}
