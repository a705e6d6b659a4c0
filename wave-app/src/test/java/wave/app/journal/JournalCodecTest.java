package wave.app.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderInitialized;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStateChange;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;
import wave.domain.portfolio.AccountEvent;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.PercentFeeModel;
import wave.engine.journal.InMemoryJournal;
import wave.engine.kernel.StrategyStateSaved;
import wave.engine.kernel.inbound.Command;
import wave.strategies.SmaCross;

/** Every journal entry encodes to one canonical text and decodes back to an equal entry. */
class JournalCodecTest {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final ClientOrderId P1 = new ClientOrderId("P", 1);

    static void assertRoundTrip(Record entry) {
        String text = JournalCodec.encode(entry);
        Record back = JournalCodec.decode(JournalCodec.kind(entry), text);
        assertThat(back).isEqualTo(entry);
        assertThat(JournalCodec.encode(back)).isEqualTo(text);
    }

    @Test
    void aFillIsItsComponentsInDeclarationOrder() {
        OrderFilled fill = new OrderFilled(P1, 1_767_225_600_000_000_000L, ACME, OrderSide.BUY, FixedPoint.parseQuantity("10"),
                FixedPoint.parsePrice("101.5"), FixedPoint.parseMoney("1.015"), Currency.USD, 0);
        assertThat(JournalCodec.kind(fill)).isEqualTo("wave.domain.order.OrderFilled");
        assertThat(JournalCodec.encode(fill)).isEqualTo("{\"orderId\":{\"session\":\"P\",\"sequence\":1},"
                + "\"tsNanos\":1767225600000000000,\"instrument\":{\"symbol\":\"ACME\",\"venue\":\"SIM\"},\"side\":\"BUY\","
                + "\"quantityRaw\":10000000000,\"priceRaw\":101500000000,\"commissionRaw\":1015000000,"
                + "\"commissionCurrency\":{\"code\":\"USD\",\"minorUnitDigits\":2},\"slippageRaw\":0}");
        assertRoundTrip(fill);
    }

    @Test
    void doublesDurationsNullsListsMapsAndNestedRecordsRoundTrip() {
        Signal signal = Signal.of("model:test", ACME, SignalDirection.LONG, 0.8, Duration.ofHours(1), 5);
        assertThat(JournalCodec.encode(signal)).contains("\"targetWeight\":\"NaN\"", "\"confidence\":0.8", "\"horizon\":\"PT1H\"");
        assertRoundTrip(signal);
        StrategyStateSaved saved = new StrategyStateSaved(7, new StrategyId("s"), Map.of("z", "1", "a", "2"));
        assertThat(JournalCodec.encode(saved)).isEqualTo("{\"tsNanos\":7,\"strategy\":{\"value\":\"s\"},\"state\":{\"a\":\"2\",\"z\":\"1\"}}");
        assertRoundTrip(saved);
        assertRoundTrip(new OrderStateChange.OcoLinked(3, List.of(P1, new ClientOrderId("P", 2))));
        assertRoundTrip(new OrderInitialized(P1, 1, new StrategyId("s"), ACME, OrderSide.SELL, OrderType.TRAILING_STOP,
                FixedPoint.parseQuantity("2"), 0, -1, -1, TrailingOffset.percent("5"), TimeInForce.GTC, -1, "fixed"));
        assertRoundTrip(new OrderInitialized(P1, 1, new StrategyId("s"), ACME, OrderSide.BUY, OrderType.MARKET,
                0, FixedPoint.parseMoney("1000"), -1, -1, null, TimeInForce.DAY, -1, "percent:20"));
        assertRoundTrip(new Command.TransferCash(Currency.USD, -FixedPoint.parseMoney("5")));
        assertRoundTrip(new Command.SaveState());
        assertRoundTrip(new AccountEvent.PositionMarked(9, ACME, FixedPoint.parsePrice("3.25")));
        assertRoundTrip(new EquitySnapshot(9, Currency.USD, FixedPoint.parseMoney("100000.5"), FixedPoint.parseMoney("10")));
    }

    @Test
    void aBacktestsWholeJournalRoundTrips() {
        List<BarSeries> data = SyntheticMarket.generate(SyntheticMarketConfig.defaults(7, List.of(ACME), 500, BarSpec.DAY_1)).series();
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("100000", Currency.USD))
                .withFeeModel(PercentFeeModel.ofPercent("0.1"));
        InMemoryJournal journal = new InMemoryJournal();
        BacktestResult result = new Backtest(config, data, "sma-cross", id -> new SmaCross(new SmaCross.Params(10, 30)), true)
                .journal(journal).run();
        List<Record> entries = journal.entries().stream().map(InMemoryJournal.Entry::entry).toList();
        assertThat(entries.stream().filter(OrderFilled.class::isInstance).count()).isEqualTo(result.fills().size()).isPositive();
        assertThat(entries.stream().filter(AccountEvent.PositionMarked.class::isInstance).count()).isEqualTo(500);
        for (Record entry : entries) {
            assertRoundTrip(entry);
        }
    }

    @Test
    void onlyWaveRecordsOfTheRightShapeDecode() {
        assertThatThrownBy(() -> JournalCodec.decode("java.lang.Runtime", "{}"))
                .hasMessage("journal entry of kind java.lang.Runtime: only Wave's own records are journaled");
        assertThatThrownBy(() -> JournalCodec.decode("wave.domain.order.Nope", "{}"))
                .hasMessage("journal entry of unknown kind wave.domain.order.Nope");
        assertThatThrownBy(() -> JournalCodec.decode("wave.domain.order.OrderAccepted", "{\"orderId\":{\"session\":\"P\",\"sequence\":1}}"))
                .hasMessage("journal entry of kind wave.domain.order.OrderAccepted lacks tsNanos");
        assertThatThrownBy(() -> JournalCodec.decode("wave.domain.order.OrderAccepted",
                "{\"orderId\":{\"session\":\"P\",\"sequence\":1},\"tsNanos\":\"soon\"}"))
                .hasMessage("journal entry: wave.domain.order.OrderAccepted.tsNanos is \"soon\"; expected an integer");
    }
}
