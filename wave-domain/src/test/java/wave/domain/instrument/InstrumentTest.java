package wave.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

class InstrumentTest {
    static final Equity AAPL = Equity.usd(InstrumentId.parse("AAPL.NASDAQ"));
    static final Future ES = new Future(InstrumentId.parse("ESZ4.CME"), Currency.USD, Price.of("0.25"), Quantity.of(1),
            Quantity.of(50), LocalDate.of(2024, 12, 20));
    static final Future MBT = new Future(InstrumentId.parse("MBTZ4.CME"), Currency.USD, Price.of("5"), Quantity.of(1),
            Quantity.of("0.1"), LocalDate.of(2024, 12, 27));

    static long exactNotional(String price, String quantity, String multiplier) {
        return new BigDecimal(price).multiply(new BigDecimal(quantity)).multiply(new BigDecimal(multiplier))
                .setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    @Test
    void instrumentIds() {
        assertThat(InstrumentId.parse("AAPL.NASDAQ")).isEqualTo(new InstrumentId("AAPL", "NASDAQ"));
        assertThat(InstrumentId.parse("BRK.B.NYSE")).isEqualTo(new InstrumentId("BRK.B", "NYSE"));
        assertThat(InstrumentId.parse("SPY")).isEqualTo(new InstrumentId("SPY", "SIM")).isEqualTo(InstrumentId.of("SPY"));
        assertThat(InstrumentId.parse("SPY.")).isEqualTo(new InstrumentId("SPY.", "SIM"));
        assertThat(InstrumentId.parse("BRK.B.NYSE")).hasToString("BRK.B.NYSE");
        assertThat(InstrumentId.parse("A.X").compareTo(InstrumentId.parse("B.A"))).isNegative();
        assertThat(InstrumentId.parse("A.X").compareTo(InstrumentId.parse("A.Y"))).isNegative();
        assertThatThrownBy(() -> new InstrumentId("A B", "X")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("symbol must be non-blank without spaces or commas, got 'A B'");
        assertThatThrownBy(() -> new InstrumentId("A", "X.Y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("venue must not contain '.', got 'X.Y'");
        assertThatThrownBy(() -> new InstrumentId("A,B", "X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstrumentId("", "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equityDefaults() {
        assertThat(AAPL.quoteCurrency()).isEqualTo(Currency.USD);
        assertThat(AAPL.tickSize()).isEqualTo(Price.of("0.01"));
        assertThat(AAPL.lotSize()).isEqualTo(Quantity.of(1));
        assertThat(AAPL.multiplier()).isEqualTo(Quantity.of(1));
    }

    @ParameterizedTest
    @CsvSource({
            "150.25, 100",
            "150.25, -100",
            "123456.789, 50000.5",
            "10.000005, 0.0001",
            "0.000001, 0.000000001",
            "99.999999, 0.333333333",
    })
    void equityNotionalIsThePriceTimesQuantityRoundedOnce(String price, String quantity) {
        assertThat(AAPL.notionalRaw(FixedPoint.parsePrice(price), FixedPoint.parseQuantity(quantity)))
                .isEqualTo(exactNotional(price, quantity, "1"));
    }

    @Test
    void futureNotionalAppliesTheMultiplier() {
        assertThat(ES.notionalRaw(FixedPoint.parseMoney("4500.25"), FixedPoint.parseMoney("2"))).isEqualTo(FixedPoint.parseMoney("450025"));
        assertThat(ES.notionalRaw(FixedPoint.parseMoney("4500.25"), FixedPoint.parseMoney("-3"))).isEqualTo(FixedPoint.parseMoney("-675037.5"));
        assertThat(MBT.notionalRaw(FixedPoint.parseMoney("65000.123456789"), FixedPoint.parseMoney("3")))
                .isEqualTo(exactNotional("65000.123456789", "3", "0.1"));
    }

    @ParameterizedTest
    @CsvSource({
            "4500.25, 0.000000001, 50",
            "4500.123457, 0.333333333, 50",
            "4500.123457, -0.333333333, 50",
            "0.000146, 0.0001, 0.1",          // 0.0000000146 rounds to 0.000000015 first, then x 0.1 -> 0.000000002 (tie to even); exact: 0.000000001
    })
    void futureNotionalWithFractionalQuantityIsRoundedOnce(String price, String quantity, String multiplier) {
        Future future = multiplier.equals("50") ? ES : MBT;
        long expected = exactNotional(price, quantity, multiplier);
        assertThat(future.notionalRaw(FixedPoint.parsePrice(price), FixedPoint.parseQuantity(quantity)))
                .as("bug: Instrument.notionalRaw rounds price x quantity to 9 decimals, then multiplies by the "
                        + "multiplier and rounds again, instead of rounding price x quantity x multiplier once")
                .isEqualTo(expected);
    }

    @Test
    void roundDownToLotTruncatesTowardsZero() {
        assertThat(AAPL.roundDownToLot(FixedPoint.parseQuantity("7.9"))).isEqualTo(FixedPoint.parseQuantity("7"));
        assertThat(AAPL.roundDownToLot(FixedPoint.parseQuantity("-7.9"))).isEqualTo(FixedPoint.parseQuantity("-7"));
        assertThat(AAPL.roundDownToLot(FixedPoint.parseQuantity("0.999999999"))).isZero();
        CryptoSpot btc = new CryptoSpot(InstrumentId.parse("BTCUSDT.BINANCE"), Currency.BTC, Currency.USDT,
                Price.of("0.01"), Quantity.of("0.00001"));
        assertThat(btc.roundDownToLot(FixedPoint.parseQuantity("0.123456789"))).isEqualTo(FixedPoint.parseQuantity("0.12345"));
        assertThat(btc.multiplier()).isEqualTo(Quantity.of(1));
    }

    @Test
    void validation() {
        InstrumentId id = InstrumentId.parse("X.SIM");
        assertThatThrownBy(() -> new Equity(id, Currency.USD, Price.ZERO, Quantity.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("X.SIM: tick size must be > 0, got 0");
        assertThatThrownBy(() -> new Equity(id, Currency.USD, Price.of("0.01"), Quantity.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("X.SIM: lot size must be > 0, got 0");
        assertThatThrownBy(() -> new Etf(id, null, Price.of("0.01"), Quantity.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instrument id, currency, tick size and lot size are required");
        assertThatThrownBy(() -> new Future(id, Currency.USD, Price.of("0.25"), Quantity.of(1), Quantity.ZERO,
                LocalDate.of(2025, 3, 21)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("X.SIM: multiplier must be > 0, got 0");
        assertThatThrownBy(() -> new Future(id, Currency.USD, Price.of("0.25"), Quantity.of(1), Quantity.of(50), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("X.SIM: expiry is required");
        assertThatThrownBy(() -> new FxPair(id, Currency.USD, Currency.USD, Price.of("0.00001"), Quantity.of(1000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("X.SIM: base currency must differ from quote currency");
        assertThatThrownBy(() -> new CryptoSpot(id, null, Currency.USDT, Price.of("0.01"), Quantity.of("0.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FxPair(id, Currency.EUR, Currency.USD, Price.of("0.00001"), Quantity.of(1000)).baseCurrency())
                .isEqualTo(Currency.EUR);
    }
}
