package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The withers of {@link BacktestConfig} change one setting and keep every other, the instrument definitions included. */
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
}
