package wave.engine.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.Money;

/**
 * The multi-currency part of a {@link BacktestConfig}: cash deposited in currencies other than the base, and one FX rate
 * series per foreign currency (its close is units of base per unit of the currency, e.g. EURUSD for EUR in a USD
 * account). Empty (the default): a single-currency account valued as before.
 *
 * @param fxRates    rate series per foreign currency
 * @param extraCash  starting cash in currencies other than the base, one amount per currency
 */
public record MultiCurrency(Map<Currency, BarSeries> fxRates, List<Money> extraCash) {
    private static final MultiCurrency NONE = new MultiCurrency(Map.of(), List.of());

    /** Copies the inputs (the rate map keeps its iteration order) and checks that each currency has one cash amount. */
    public MultiCurrency {
        Objects.requireNonNull(fxRates, "fxRates");
        Objects.requireNonNull(extraCash, "extraCash");
        fxRates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fxRates));
        extraCash = List.copyOf(extraCash);
        List<Currency> seen = new ArrayList<>();
        for (Money m : extraCash) {
            if (seen.contains(m.currency())) {
                throw new IllegalArgumentException("cash in " + m.currency() + " is given twice");
            }
            if (m.raw() < 0) {
                throw new IllegalArgumentException("cash must be >= 0, got " + m);
            }
            seen.add(m.currency());
        }
    }

    /** No foreign cash, no rates: a single-currency account. */
    public static MultiCurrency none() {
        return NONE;
    }

    /** True when neither foreign cash nor rates are configured. */
    public boolean isEmpty() {
        return fxRates.isEmpty() && extraCash.isEmpty();
    }

    /** With these rate series (replacing any). */
    public MultiCurrency withFxRates(Map<Currency, BarSeries> value) {
        return new MultiCurrency(value, extraCash);
    }

    /** With this foreign cash (replacing any). */
    public MultiCurrency withExtraCash(List<Money> value) {
        return new MultiCurrency(fxRates, value);
    }
}
