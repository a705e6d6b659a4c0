package wave.store.runs;

/**
 * A run's account figures. Money is fixed point, units of 10^-9 of the account currency.
 *
 * @param barLength        the bar length of the data, e.g. {@code 1d} or {@code 5m}
 * @param currency         the account currency, e.g. {@code USD}
 * @param initialCashRaw   cash at the start
 * @param finalEquityRaw   equity at the end
 * @param finalCashRaw     cash at the end
 * @param totalFeesRaw     fees paid
 * @param totalSlippageRaw slippage cost (already in the fill prices)
 * @param fills            number of fills
 * @param orders           number of orders
 */
public record RunTotals(String barLength, String currency, long initialCashRaw, long finalEquityRaw, long finalCashRaw,
                        long totalFeesRaw, long totalSlippageRaw, int fills, int orders) {
    /** Requires the bar length and currency. */
    public RunTotals {
        if (barLength == null || currency == null) {
            throw new IllegalArgumentException("bar length and currency are required");
        }
    }
}
