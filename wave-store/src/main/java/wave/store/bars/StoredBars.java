package wave.store.bars;

import java.util.Objects;
import wave.domain.market.BarSeries;

/**
 * A series read back from the store.
 *
 * @param symbol       its key, as {@code store:SYMBOL} names it
 * @param series       the bars, with their instrument, length and label
 * @param sha256       SHA-256 of the stored columns (64 lower-case hex digits): equal bars give equal digests,
 *                     however many imports built them
 * @param storedBytes  bytes of the encoded columns
 */
public record StoredBars(String symbol, BarSeries series, String sha256, long storedBytes) {
    /** Requires every component. */
    public StoredBars {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(sha256, "sha256");
    }
}
