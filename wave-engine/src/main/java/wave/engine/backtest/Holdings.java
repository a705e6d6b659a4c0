package wave.engine.backtest;

import java.util.Arrays;

/**
 * What the account held in each instrument after each time step: raw fixed point (x 10^9), indexed
 * {@code [instrument][step]}, instruments in the result's order.
 *
 * @param quantityRaw    signed quantity held (negative: short)
 * @param marketValueRaw quantity x the close it was marked at, in the instrument's quote currency
 */
public record Holdings(long[][] quantityRaw, long[][] marketValueRaw) {
    /** The holdings from step {@code first} on (the arrays of every instrument cut there). */
    Holdings since(int first) {
        long[][] quantities = new long[quantityRaw.length][];
        long[][] values = new long[marketValueRaw.length][];
        for (int k = 0; k < quantities.length; k++) {
            quantities[k] = Arrays.copyOfRange(quantityRaw[k], first, quantityRaw[k].length);
            values[k] = Arrays.copyOfRange(marketValueRaw[k], first, marketValueRaw[k].length);
        }
        return new Holdings(quantities, values);
    }
}
