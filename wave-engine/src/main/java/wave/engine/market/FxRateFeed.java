package wave.engine.market;

import java.util.Map;
import java.util.Objects;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.portfolio.FxRates;

/**
 * Feeds an account's {@link FxRates} from one bar series per foreign currency: the close of each series is the rate
 * (units of base per unit of the currency, e.g. the close of EURUSD for EUR in a USD account). At a step at time
 * {@code t} each currency gets the close of its latest bar at or before {@code t} (no lookahead); before its first bar a
 * currency has no rate. Cursors only move forward: advancing costs nothing when no rate bar is due.
 */
public final class FxRateFeed {
    private final FxRates rates;
    private final Currency[] currencies;
    private final BarSeries[] series;
    private final int[] next;

    /**
     * A feed of {@code series} (currency to its rate series) into {@code rates}.
     *
     * @throws IllegalArgumentException if a series is empty or is for the base currency
     */
    public FxRateFeed(FxRates rates, Map<Currency, BarSeries> series) {
        this.rates = Objects.requireNonNull(rates, "rates");
        int n = series.size();
        this.currencies = new Currency[n];
        this.series = new BarSeries[n];
        this.next = new int[n];
        int i = 0;
        for (Map.Entry<Currency, BarSeries> e : series.entrySet()) {
            if (e.getKey().equals(rates.base())) {
                throw new IllegalArgumentException("no FX rate series is needed for the base currency " + rates.base());
            }
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("the FX rate series of " + rates.pair(e.getKey()) + " is empty");
            }
            currencies[i] = e.getKey();
            this.series[i] = e.getValue();
            i++;
        }
    }

    /** Sets each currency's rate to the close of its latest bar at or before {@code tsNanos}. */
    public void advanceTo(long tsNanos) {
        for (int i = 0; i < currencies.length; i++) {
            BarSeries s = series[i];
            int k = next[i];
            int size = s.size();
            if (k < size && s.tsNanos(k) <= tsNanos) {
                while (k + 1 < size && s.tsNanos(k + 1) <= tsNanos) {
                    k++;
                }
                rates.set(currencies[i], s.closeRaw(k));
                next[i] = k + 1;
            }
        }
    }
}
