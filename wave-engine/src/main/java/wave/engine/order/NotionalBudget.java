package wave.engine.order;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.Portfolio;

/**
 * The cash amount a notional order (percent or all-in sizing) may spend, in the instrument's quote currency: all the
 * quote-currency cash for all-in, {@code min(cash, percent x equity)} for percent of equity (in a multi-currency
 * account the share of the base-currency equity converted at the current rate). The kernel evaluates it when the
 * order is placed (the estimate the pre-trade check sees), the simulated venue again when the order reaches it (the
 * amount it turns into a quantity at the fill price).
 */
public final class NotionalBudget {
    private NotionalBudget() {
    }

    /** The budget, raw, for {@code sizing} on {@code portfolio} as it is now; 0 for a fixed size. */
    public static long of(Sizing sizing, Instrument instrument, Portfolio portfolio) {
        if (sizing instanceof Sizing.Fixed) {
            return 0;
        }
        long cash = portfolio.cashRaw(instrument.quoteCurrency());
        if (sizing instanceof Sizing.PercentOfEquity p) {
            long share = FixedPoint.timesRatio(portfolio.equityRaw(), FixedPoint.ratioFromDouble(p.percent() / 100.0));
            if (portfolio.fxRates() != null) {
                share = portfolio.fxRates().fromBaseRaw(instrument.quoteCurrency(), share);
            }
            return Math.min(cash, share);
        }
        return cash;
    }
}
