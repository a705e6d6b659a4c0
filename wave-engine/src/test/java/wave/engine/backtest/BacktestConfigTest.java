package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.engine.account.AccountConfig;
import wave.engine.execution.ExecutionConfig;
import wave.engine.execution.FeeModel;
import wave.engine.execution.NextBarFillModel;
import wave.engine.order.Sizing;
import wave.engine.testkit.Bars;

/**
 * The builder of {@link BacktestConfig} sets settings by name from the defaults or a configuration; the withers change one
 * setting and keep every other, the instrument definitions included.
 */
class BacktestConfigTest {
    static final InstrumentId FUT = InstrumentId.of("FUT");

    /** Instruments with a 0.05 tick and lots of 10, quoted in EUR. */
    static BacktestConfig withCoarseInstruments() {
        return BacktestConfig.defaults()
                .withInstruments(id -> new Equity(id, Currency.EUR, Price.of("0.05"), Quantity.of(10)));
    }

    @Test
    void anotherInitialCashKeepsAConfiguredInstrumentFactory() {
        BacktestConfig config = withCoarseInstruments().withInitialCash(Money.of("50000", Currency.USD));

        Instrument instrument = config.instruments().apply(FUT);
        assertThat(config.initialCash()).isEqualTo(Money.of("50000", Currency.USD));
        assertThat(instrument.tickSize()).isEqualTo(Price.of("0.05"));
        assertThat(instrument.lotSize()).isEqualTo(Quantity.of(10));
        assertThat(instrument.quoteCurrency()).isEqualTo(Currency.EUR);
    }

    @Test
    void theDefaultInstrumentsAreQuotedInTheInitialCashCurrency() {
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("50000", Currency.EUR));

        assertThat(config.instruments().apply(FUT)).isEqualTo(new Equity(FUT, Currency.EUR, Price.of("0.01"), Quantity.of(1)));
        assertThat(BacktestConfig.defaults().instruments().apply(FUT)).isEqualTo(Equity.usd(FUT));
    }

    @Test
    void everyWitherKeepsTheInstrumentFactory() {
        List<UnaryOperator<BacktestConfig>> withers = List.of(
                c -> c.withInitialCash(Money.of("1000", Currency.USD)),
                c -> c.withFeeModel(FeeModel.none()),
                c -> c.withFillModel(new NextBarFillModel()),
                c -> c.withSizing(new Sizing.AllIn()),
                c -> c.withAllowShort(true),
                c -> c.withCloseAtEnd(true),
                c -> c.withMaxStrategyErrors(3),
                c -> c.withExecution(ExecutionConfig.defaults().withLatency(Duration.ofMillis(250))),
                c -> c.withCorporateActions(CorporateActionMode.ADJUSTED),
                c -> c.withAccount(AccountConfig.cash().withBorrowRate("0.03")),
                c -> c.withFxRates(Map.of(Currency.EUR, Bars.table(InstrumentId.of("EURUSD"), "2024-01-02 O=1 H=1 L=1 C=1"))),
                c -> c.withCash(Money.of("100", Currency.EUR)));

        for (UnaryOperator<BacktestConfig> wither : withers) {
            Instrument instrument = wither.apply(withCoarseInstruments()).instruments().apply(FUT);
            assertThat(instrument.tickSize()).isEqualTo(Price.of("0.05"));
            assertThat(instrument.lotSize()).isEqualTo(Quantity.of(10));
        }
    }

    @Test
    void theBuilderStartsFromTheDefaultsAndSetsEachSettingByName() {
        assertThat(BacktestConfig.builder().build()).usingRecursiveComparison().isEqualTo(BacktestConfig.defaults());
        assertThat(BacktestConfig.defaults().initialCash()).isEqualTo(Money.of("100000", Currency.USD));
        assertThat(BacktestConfig.defaults().maxStrategyErrors()).isEqualTo(10);

        ExecutionConfig execution = ExecutionConfig.defaults().withLatency(Duration.ofMillis(250));
        AccountConfig account = AccountConfig.cash().withBorrowRate("0.03");
        BacktestConfig config = BacktestConfig.builder().initialCash(Money.of("2500", Currency.EUR)).sizing(Sizing.fixed(7))
                .allowShort(true).closeAtEnd(true).maxStrategyErrors(3).execution(execution)
                .corporateActions(CorporateActionMode.ADJUSTED).account(account).cash(Money.of("100", Currency.USD)).build();

        assertThat(config.initialCash()).isEqualTo(Money.of("2500", Currency.EUR));
        assertThat(config.sizing()).isEqualTo(Sizing.fixed(7));
        assertThat(config.allowShort()).isTrue();
        assertThat(config.closeAtEnd()).isTrue();
        assertThat(config.maxStrategyErrors()).isEqualTo(3);
        assertThat(config.execution()).isSameAs(execution);
        assertThat(config.corporateActions()).isEqualTo(CorporateActionMode.ADJUSTED);
        assertThat(config.account()).isSameAs(account);
        assertThat(config.multiCurrency().extraCash()).containsExactly(Money.of("100", Currency.USD));
        assertThat(config.instruments().apply(FUT)).isEqualTo(new Equity(FUT, Currency.EUR, Price.of("0.01"), Quantity.of(1)));
        // a builder from a configuration changes what it is told and keeps the rest
        assertThat(config.toBuilder().allowShort(false).build())
                .isEqualTo(new BacktestConfig(config.initialCash(), config.feeModel(), config.fillModel(), config.sizing(), false,
                        true, 3, config.instruments(), execution, CorporateActionMode.ADJUSTED, account, config.multiCurrency()));
    }

    @Test
    void theBuilderValidatesTheWholeWhenItBuilds() {
        BacktestConfig.Builder builder = BacktestConfig.builder().maxStrategyErrors(0);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxStrategyErrors must be >= 1, got 0");
        assertThatThrownBy(
                () -> BacktestConfig.builder().initialCash(Money.of("100", Currency.EUR)).cash(Money.of("5", Currency.EUR)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("additional cash must be in another currency than the base EUR, got 5 EUR");
    }
}
