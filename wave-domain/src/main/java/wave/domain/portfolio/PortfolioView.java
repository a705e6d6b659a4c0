package wave.domain.portfolio;

import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;

/**
 * Read-only view of an account (cash, equity, exposure, positions, closed trades), as strategies see it. It is the
 * live {@link Portfolio} itself, typed as an interface without its mutators (fills, deposits, corporate actions,
 * fees and FX rates are booked by the kernel), so every value is current when read and nothing is copied. Money,
 * prices and quantities are raw fixed point (9 decimals, {@code 1.5} is {@code 1_500_000_000}); totals without a
 * currency argument are in the base currency. Lists are unmodifiable views of the live state.
 */
public interface PortfolioView {
    /** Base currency of the account. */
    Currency baseCurrency();

    /** Cash in the base currency, raw. */
    long cashRaw();

    /** Cash in a currency, raw (zero if never used). */
    long cashRaw(Currency currency);

    /**
     * Equity in the base currency, raw: cash plus the market value of the positions at their marks. A single-currency
     * account counts only base-currency cash and positions; with FX rates, each currency's equity is converted at its
     * rate (one half-even rounding per currency).
     *
     * @throws IllegalStateException naming the pair (e.g. {@code EUR/USD}) if a currency holding value has no rate
     */
    long equityRaw();

    /** Equity held in one currency, in that currency: its cash plus the market value of the positions quoted in it, raw. */
    long equityRaw(Currency currency);

    /**
     * {@code amountRaw} of {@code currency} in the base currency at the current rate (one rounding), raw.
     *
     * @throws IllegalStateException if the account has no rate for the currency
     */
    long toBaseRaw(Currency currency, long amountRaw);

    /** Sum of the absolute market values of the base-currency positions at their marks (gross exposure), raw. */
    long grossExposureRaw();

    /** Total deposits in the base currency, raw. */
    long depositedRaw();

    /** Fees paid in the base currency, raw. */
    long commissionRaw();

    /** Net dividends received in the base currency (paid on shorts count negative), raw. */
    long dividendRaw();

    /** Borrow fees paid on short positions in the base currency, raw. */
    long borrowFeeRaw();

    /** Realised P&amp;L before fees over all positions, raw. */
    long realizedPnlRaw();

    /** Unrealised P&amp;L at the marks over all positions, raw. */
    long unrealizedPnlRaw();

    /** The position of an instrument already known to the account, or null. */
    PositionView position(InstrumentId id);

    /** Every position ever opened, in first-use order (an unmodifiable view). */
    List<PositionView> positions();

    /** True when any position is not flat. */
    boolean hasOpenPosition();

    /** Round trips closed so far, in order (an unmodifiable view). */
    List<ClosedTrade> closedTrades();
}
