package wave.engine.backtest;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.portfolio.FxRates;
import wave.domain.portfolio.Portfolio;
import wave.engine.market.FxRateFeed;
import wave.engine.market.InstrumentTable;

/**
 * Prepares a multi-currency backtest: deposits the foreign cash, attaches FX rates to the portfolio and checks, before
 * the run, that every foreign currency the account uses (foreign cash, instruments quoted in it) has a rate series
 * whose first bar is at or before the first data bar, so that every step can be valued in the base currency.
 */
final class MultiCurrencySetup {
    private MultiCurrencySetup() {
    }

    /**
     * Sets up {@code portfolio} for {@code config}'s multi-currency part.
     *
     * @return the feed the kernel updates the rates from at the start of each step
     * @throws IllegalArgumentException naming the pair if a used currency has no rate series or its series starts after
     *                                  the first bar, or if a margin account would hold foreign currencies
     */
    static FxRateFeed apply(BacktestConfig config, List<BarSeries> data, InstrumentTable instruments, Portfolio portfolio) {
        Currency base = portfolio.baseCurrency();
        FxRates rates = new FxRates(base);
        Set<Currency> used = new LinkedHashSet<>();
        for (Money cash : config.multiCurrency().extraCash()) {
            used.add(cash.currency());
        }
        for (int i = 0; i < instruments.size(); i++) {
            Currency quote = instruments.get(i).quoteCurrency();
            if (!quote.equals(base)) {
                used.add(quote);
            }
        }
        if (config.account().isMargin() && !used.isEmpty()) {
            throw new IllegalArgumentException("multi-currency margin accounts are not supported: the account uses "
                    + used + " besides its base currency " + base);
        }
        long firstBar = Long.MAX_VALUE;
        for (BarSeries series : data) {
            if (!series.isEmpty()) {
                firstBar = Math.min(firstBar, series.tsNanos(0));
            }
        }
        for (Currency currency : used) {
            BarSeries series = config.multiCurrency().fxRates().get(currency);
            if (series == null) {
                throw new IllegalArgumentException("no FX rate series for " + rates.pair(currency)
                        + ": the account holds or trades " + currency + " (BacktestConfig.withFxRates)");
            }
            if (!series.isEmpty() && firstBar != Long.MAX_VALUE && series.tsNanos(0) > firstBar) {
                throw new IllegalArgumentException("the FX rate series for " + rates.pair(currency) + " starts at "
                        + instant(series.tsNanos(0)) + ", after the first bar at " + instant(firstBar)
                        + ": the account could not be valued in " + base + " before it");
            }
        }
        for (Money cash : config.multiCurrency().extraCash()) {
            portfolio.deposit(cash.currency(), cash.raw());
        }
        portfolio.useFxRates(rates);
        return new FxRateFeed(rates, config.multiCurrency().fxRates());
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
