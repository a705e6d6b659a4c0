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

    /** The defaults described above (instruments: equities quoted in USD, tick 0.01, lot 1). */
    public static BacktestConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.initialCash = initialCash;
        b.feeModel = feeModel;
        b.fillModel = fillModel;
        b.sizing = sizing;
        b.allowShort = allowShort;
        b.closeAtEnd = closeAtEnd;
        b.maxStrategyErrors = maxStrategyErrors;
        b.instruments = instruments instanceof DefaultEquities ? null : instruments;
        b.execution = execution;
        b.corporateActions = corporateActions;
        b.account = account;
        b.multiCurrency = multiCurrency;
        return b;
    }

    /**
     * With another starting cash. The default instruments are then quoted in its currency; instruments set with
     * {@link #withInstruments} are kept as they are.
     */
    public BacktestConfig withInitialCash(Money cash) {
        return toBuilder().initialCash(cash).build();
    }

    /** With another fee model. */
    public BacktestConfig withFeeModel(FeeModel model) {
        return toBuilder().feeModel(model).build();
    }

    /** With another fill model. */
    public BacktestConfig withFillModel(FillModel model) {
        return toBuilder().fillModel(model).build();
    }

    /** With another default sizing. */
    public BacktestConfig withSizing(Sizing value) {
        return toBuilder().sizing(value).build();
    }

    /** Allowing or forbidding short sales. */
    public BacktestConfig withAllowShort(boolean value) {
        return toBuilder().allowShort(value).build();
    }

    /** Closing or keeping open positions at the end of the data. */
    public BacktestConfig withCloseAtEnd(boolean value) {
        return toBuilder().closeAtEnd(value).build();
    }

    /** With another error limit per strategy. */
    public BacktestConfig withMaxStrategyErrors(int value) {
        return toBuilder().maxStrategyErrors(value).build();
    }

    /** With instrument definitions per id. */
    public BacktestConfig withInstruments(Function<InstrumentId, Instrument> value) {
        return toBuilder().instruments(value).build();
    }

    /** With other execution settings (latency, volume cap, slippage). */
    public BacktestConfig withExecution(ExecutionConfig value) {
        return toBuilder().execution(value).build();
    }

    /** Applying or ignoring the corporate actions the data carries. */
    public BacktestConfig withCorporateActions(CorporateActionMode value) {
        return toBuilder().corporateActions(value).build();
    }

    /** With another account (cash or margin, borrow fee on shorts). */
    public BacktestConfig withAccount(AccountConfig value) {
        return toBuilder().account(value).build();
    }

    /**
     * With FX rate series per foreign currency: the close of each series is units of base per unit of the currency
     * (e.g. a EURUSD series for EUR in a USD account). The rate at a step is the close of the latest bar at or before the
     * step's time; every foreign currency the account uses must have a series starting at or before the first bar.
     */
    public BacktestConfig withFxRates(Map<Currency, BarSeries> rates) {
        return toBuilder().fxRates(rates).build();
    }

    /**
     * With starting cash in currencies other than the base (one amount per currency, replacing earlier ones); buying an
     * instrument quoted in such a currency spends it. The base currency's cash is {@link #initialCash()}.
     */
    public BacktestConfig withCash(Money... cash) {
        return toBuilder().cash(cash).build();
    }

    /**
     * Builds a {@link BacktestConfig} setting by setting, from the {@link #defaults()} or a configuration's
     * {@link #toBuilder()}: each setter names its setting, so that no call spells out twelve positional values, and
     * {@link #build()} validates the whole. Not thread-safe; build once per configuration.
     */
    public static final class Builder {
        private Money initialCash = Money.of("100000", Currency.USD);
        private FeeModel feeModel = FeeModel.none();
        private FillModel fillModel = new NextBarFillModel();
        private Sizing sizing = new Sizing.AllIn();
        private boolean allowShort;
        private boolean closeAtEnd;
        private int maxStrategyErrors = 10;
        /** Null: the default equities, quoted in the initial cash's currency. */
        private Function<InstrumentId, Instrument> instruments;
        private ExecutionConfig execution = ExecutionConfig.defaults();
        private CorporateActionMode corporateActions = CorporateActionMode.APPLY;
        private AccountConfig account = AccountConfig.cash();
        private MultiCurrency multiCurrency = MultiCurrency.none();

        private Builder() {
        }

        /** Starting cash; its currency is the account's base currency (default 100,000 USD). */
        public Builder initialCash(Money value) {
            initialCash = value;
            return this;
        }

        /** Fees per fill (default none). */
        public Builder feeModel(FeeModel value) {
            feeModel = value;
            return this;
        }

        /** How working orders fill on later bars (default: at the next bar's open). */
        public Builder fillModel(FillModel value) {
            fillModel = value;
            return this;
        }

        /** Sizing of entry orders that do not name one (default all-in). */
        public Builder sizing(Sizing value) {
            sizing = value;
            return this;
        }

        /** Whether sells may open short positions (default false). */
        public Builder allowShort(boolean value) {
            allowShort = value;
            return this;
        }

        /** Whether open positions are closed at the last close when the data ends (default false). */
        public Builder closeAtEnd(boolean value) {
            closeAtEnd = value;
            return this;
        }

        /** Exceptions after which a strategy is halted (default 10). */
        public Builder maxStrategyErrors(int value) {
            maxStrategyErrors = value;
            return this;
        }

        /**
         * The instrument definition of each data series' id (default: equities quoted in the initial cash's currency,
         * tick 0.01, lot 1).
         */
        public Builder instruments(Function<InstrumentId, Instrument> value) {
            instruments = Objects.requireNonNull(value, "instruments");
            return this;
        }

        /** Latency, volume cap, slippage and calendar of the simulated venue (default {@link ExecutionConfig#defaults()}). */
        public Builder execution(ExecutionConfig value) {
            execution = value;
            return this;
        }

        /** Whether the data's splits and dividends are applied (default) or ignored (adjusted prices). */
        public Builder corporateActions(CorporateActionMode value) {
            corporateActions = value;
            return this;
        }

        /** Cash or margin account and the borrow fee on shorts (default: cash, no borrow fee). */
        public Builder account(AccountConfig value) {
            account = value;
            return this;
        }

        /** FX rate series per foreign currency, as {@link BacktestConfig#withFxRates} describes. */
        public Builder fxRates(Map<Currency, BarSeries> rates) {
            multiCurrency = multiCurrency.withFxRates(rates);
            return this;
        }

        /** Starting cash in currencies other than the base, as {@link BacktestConfig#withCash} describes. */
        public Builder cash(Money... cash) {
            multiCurrency = multiCurrency.withExtraCash(List.of(cash));
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException for a setting out of range (see {@link BacktestConfig#BacktestConfig})
         * @throws NullPointerException     for a setting left null
         */
        public BacktestConfig build() {
            Objects.requireNonNull(initialCash, "initialCash");
            Function<InstrumentId, Instrument> quoted = instruments != null ? instruments
                    : new DefaultEquities(initialCash.currency());
            return new BacktestConfig(initialCash, feeModel, fillModel, sizing, allowShort, closeAtEnd, maxStrategyErrors, quoted,
                    execution, corporateActions, account, multiCurrency);
        }
    }

    /** The default instrument of every id: an equity quoted in {@code currency}, tick 0.01, lot 1. */
    private record DefaultEquities(Currency currency) implements Function<InstrumentId, Instrument> {
        @Override
        public Instrument apply(InstrumentId id) {
            return new Equity(id, currency, Price.of("0.01"), Quantity.of(1));
        }
    }
}
