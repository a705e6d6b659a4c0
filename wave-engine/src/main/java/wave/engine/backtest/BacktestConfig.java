package wave.engine.backtest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.engine.account.AccountConfig;
import wave.engine.execution.ExecutionConfig;
import wave.engine.execution.FeeModel;
import wave.engine.execution.FillModel;
import wave.engine.execution.NextBarFillModel;
import wave.engine.order.Sizing;

/**
 * Everything a backtest needs besides data and strategy. Defaults: 100,000 USD, no fees, next-bar-open fills,
 * all-in sizing, long only, positions left open (marked at the last close) when the data ends, and the default
 * execution (no extra latency, no volume cap, no slippage), and corporate actions applied when the data carries them.
 *
 * @param initialCash       starting cash; its currency is the account's base currency
 * @param feeModel          fees per fill
 * @param fillModel         how working orders fill on later bars
 * @param sizing            sizing of entry orders that do not name one
 * @param allowShort        whether sells may open short positions
 * @param closeAtEnd        whether open positions are closed at the last close (with fees) when the data ends
 * @param maxStrategyErrors exceptions after which a strategy is halted
 * @param instruments       the instrument definition of each data series' id
 * @param execution         latency, volume cap and slippage of the simulated venue
 * @param corporateActions  whether the data's splits and dividends are applied (raw prices) or ignored (adjusted)
 * @param account           cash or margin account and the borrow fee on shorts (default: cash, no borrow fee)
 * @param multiCurrency     cash in other currencies and the FX rate series valuing them (default: none)
 */
public record BacktestConfig(Money initialCash, FeeModel feeModel, FillModel fillModel, Sizing sizing, boolean allowShort,
                             boolean closeAtEnd, int maxStrategyErrors, Function<InstrumentId, Instrument> instruments,
                             ExecutionConfig execution, CorporateActionMode corporateActions, AccountConfig account,
                             MultiCurrency multiCurrency) {
    /** Validates the configuration. */
    public BacktestConfig {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(multiCurrency, "multiCurrency");
        for (Money cash : multiCurrency.extraCash()) {
            if (cash.currency().equals(initialCash.currency())) {
                throw new IllegalArgumentException("additional cash must be in another currency than the base "
                        + initialCash.currency() + ", got " + cash);
            }
        }
        Objects.requireNonNull(initialCash, "initialCash");
        Objects.requireNonNull(feeModel, "feeModel");
        Objects.requireNonNull(fillModel, "fillModel");
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(instruments, "instruments");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(corporateActions, "corporateActions");
        if (initialCash.raw() <= 0) {
            throw new IllegalArgumentException("initial cash must be > 0, got " + initialCash);
        }
        if (maxStrategyErrors < 1) {
            throw new IllegalArgumentException("maxStrategyErrors must be >= 1, got " + maxStrategyErrors);
        }
    }

    /** A single-currency configuration (no foreign cash, no FX rates). */
    public BacktestConfig(Money initialCash, FeeModel feeModel, FillModel fillModel, Sizing sizing, boolean allowShort,
                          boolean closeAtEnd, int maxStrategyErrors, Function<InstrumentId, Instrument> instruments,
                          ExecutionConfig execution, CorporateActionMode corporateActions, AccountConfig account) {
        this(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors, instruments, execution,
                corporateActions, account, MultiCurrency.none());
    }

    /** A configuration with a cash account without borrow fee. */
    public BacktestConfig(Money initialCash, FeeModel feeModel, FillModel fillModel, Sizing sizing, boolean allowShort,
                          boolean closeAtEnd, int maxStrategyErrors, Function<InstrumentId, Instrument> instruments,
                          ExecutionConfig execution, CorporateActionMode corporateActions) {
        this(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors, instruments, execution,
                corporateActions, AccountConfig.cash());
    }

    /** A configuration that applies the data's corporate actions. */
    public BacktestConfig(Money initialCash, FeeModel feeModel, FillModel fillModel, Sizing sizing, boolean allowShort,
                          boolean closeAtEnd, int maxStrategyErrors, Function<InstrumentId, Instrument> instruments,
                          ExecutionConfig execution) {
        this(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors, instruments, execution,
                CorporateActionMode.APPLY);
    }

    /** A configuration with the default execution. */
    public BacktestConfig(Money initialCash, FeeModel feeModel, FillModel fillModel, Sizing sizing, boolean allowShort,
                          boolean closeAtEnd, int maxStrategyErrors, Function<InstrumentId, Instrument> instruments) {
        this(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors, instruments,
                ExecutionConfig.defaults());
    }

    /** The defaults described above (instruments: equities quoted in USD, tick 0.01, lot 1). */
    public static BacktestConfig defaults() {
        return new BacktestConfig(Money.of("100000", Currency.USD), FeeModel.none(), new NextBarFillModel(), new Sizing.AllIn(),
                false, false, 10, new DefaultEquities(Currency.USD));
    }

    /**
     * With another starting cash. The default instruments are then quoted in its currency; instruments set with
     * {@link #withInstruments} are kept as they are.
     */
    public BacktestConfig withInitialCash(Money cash) {
        Function<InstrumentId, Instrument> quoted = instruments instanceof DefaultEquities
                ? new DefaultEquities(cash.currency()) : instruments;
        return new BacktestConfig(cash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                quoted, execution, corporateActions, account, multiCurrency);
    }

    /** With another fee model. */
    public BacktestConfig withFeeModel(FeeModel model) {
        return new BacktestConfig(initialCash, model, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency);
    }

    /** With another fill model. */
    public BacktestConfig withFillModel(FillModel model) {
        return new BacktestConfig(initialCash, feeModel, model, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency);
    }

    /** With another default sizing. */
    public BacktestConfig withSizing(Sizing value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, value, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency);
    }

    /** Allowing or forbidding short sales. */
    public BacktestConfig withAllowShort(boolean value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, value, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency);
    }

    /** Closing or keeping open positions at the end of the data. */
    public BacktestConfig withCloseAtEnd(boolean value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, value, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency);
    }

    /** With another error limit per strategy. */
    public BacktestConfig withMaxStrategyErrors(int value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, value,
                instruments, execution, corporateActions, account, multiCurrency);
    }

    /** With instrument definitions per id. */
    public BacktestConfig withInstruments(Function<InstrumentId, Instrument> value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                value, execution, corporateActions, account, multiCurrency);
    }

    /** With other execution settings (latency, volume cap, slippage). */
    public BacktestConfig withExecution(ExecutionConfig value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, value, corporateActions, account, multiCurrency);
    }

    /** Applying or ignoring the corporate actions the data carries. */
    public BacktestConfig withCorporateActions(CorporateActionMode value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, value, account, multiCurrency);
    }

    /** With another account (cash or margin, borrow fee on shorts). */
    public BacktestConfig withAccount(AccountConfig value) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, value, multiCurrency);
    }

    /**
     * With FX rate series per foreign currency: the close of each series is units of base per unit of the currency
     * (e.g. a EURUSD series for EUR in a USD account). The rate at a step is the close of the latest bar at or before the
     * step's time; every foreign currency the account uses must have a series starting at or before the first bar.
     */
    public BacktestConfig withFxRates(Map<Currency, BarSeries> rates) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency.withFxRates(rates));
    }

    /**
     * With starting cash in currencies other than the base (one amount per currency, replacing earlier ones); buying an
     * instrument quoted in such a currency spends it. The base currency's cash is {@link #initialCash()}.
     */
    public BacktestConfig withCash(Money... cash) {
        return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors,
                instruments, execution, corporateActions, account, multiCurrency.withExtraCash(List.of(cash)));
    }

    /** The default instrument of every id: an equity quoted in {@code currency}, tick 0.01, lot 1. */
    private record DefaultEquities(Currency currency) implements Function<InstrumentId, Instrument> {
        @Override
        public Instrument apply(InstrumentId id) {
            return new Equity(id, currency, Price.of("0.01"), Quantity.of(1));
        }
    }
}
