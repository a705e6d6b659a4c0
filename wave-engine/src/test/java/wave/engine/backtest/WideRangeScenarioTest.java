package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.CryptoSpot;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.RangeMode;
import wave.domain.money.Scales;
import wave.engine.execution.PercentFeeModel;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * Backtests at the ranges of the money-range item, in the wide range (JVM started with {@code -Dwave.range=wide}):
 * equity of 1e12 USD, 1e12 units of a token at 1e-8, prices of 1e7 with 1e5 units. Every amount is checked to the
 * cent against figures worked out by hand. {@link MoneyRangeStandardScenarioTest} runs the same scenarios in the
 * standard range, where they stop with an error naming the value.
 */
@Tag("wide-range")
class WideRangeScenarioTest {
    static final CryptoSpot TOKEN = new CryptoSpot(InstrumentId.of("PEPE"), Currency.of("PEPE"), Currency.USD,
            Price.of("0.00000000001"), Quantity.of(1));

    static final String INDEX_BARS = """
            2024-01-02 O=10000000 H=10000000 L=10000000 C=10000000
            2024-01-03 O=10000000 H=10000200 L=10000000 C=10000100.5
            2024-01-04 O=10000200.25 H=10000200.25 L=10000200.25 C=10000200.25
            2024-01-05 O=10000200.25 H=10000200.25 L=10000200.25 C=10000200.25
            """;

    static final String TOKEN_BARS = """
            2024-01-02 O=0.00000001 H=0.00000001 L=0.00000001 C=0.00000001
            2024-01-03 O=0.00000001 H=0.00000001234 L=0.00000001 C=0.00000001234
            2024-01-04 O=0.00000001233 H=0.00000001233 L=0.00000001233 C=0.00000001233
            2024-01-05 O=0.00000001233 H=0.00000001233 L=0.00000001233 C=0.00000001233
            """;

    @Test
    void theJvmRunsTheWideRange() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.WIDE);
    }

    @Test
    void aTrillionDollarAccountBuysAndSellsAtTenMillionToTheCent() {
        // 90,000 units at 10,000,000 = 900 billion, fee 0.1% = 900 million
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(90_000))
                .on("2024-01-03", x -> x.marketSell(90_000));
        BacktestConfig config = Backtests.withCash("1000000000000").withFeeModel(PercentFeeModel.ofPercent("0.1"));

        BacktestResult r = Backtests.run(config, Bars.table(INDEX_BARS), s);

        assertThat(r.fills()).hasSize(2);
        // bought on the 3rd at the open: cash 1e12 - 900e9 - 0.9e9
        assertThat(r.cashRaw()[1]).isEqualTo(usd("99100000000"));
        // marked at 10,000,100.5: 900,009,045,000
        assertThat(r.equityRaw()[1]).isEqualTo(usd("999109045000"));
        // sold on the 4th at 10,000,200.25: 900,018,022,500 less a fee of 900,018,022.5
        assertThat(r.finalEquityRaw()).isEqualTo(r.portfolio().cashRaw()).isEqualTo(usd("998218004477.5"));
        assertThat(r.totalFeesRaw()).isEqualTo(usd("1800018022.5"));
        assertThat(r.tradedNotional()).isEqualByComparingTo("1800018022500");
    }

    @Test
    void aTrillionTokensAtAHundredMillionthAreBoughtMarkedAndSold() {
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(1_000_000_000_000L))
                .on("2024-01-03", x -> x.marketSell(1_000_000_000_000L));
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("20000", Currency.USD))
                .withInstruments(id -> TOKEN);

        BacktestResult r = Backtests.run(config, Bars.table(TOKEN.id(), TOKEN_BARS), s);

        assertThat(r.fills()).hasSize(2);
        assertThat(r.fills().get(0).quantityRaw()).isEqualTo(FixedPoint.parseQuantity("1000000000000"));
        assertThat(r.cashRaw()[1]).isEqualTo(usd("10000"));       // 20,000 - 1e12 x 1e-8
        assertThat(r.equityRaw()[1]).isEqualTo(usd("22340"));     // marked at 0.00000001234: 12,340
        assertThat(r.finalEquityRaw()).isEqualTo(usd("22330"));   // sold at 0.00000001233: 12,330
        assertThat(r.trades()).hasSize(1);
        assertThat(r.trades().get(0).grossPnlRaw()).isEqualTo(usd("2330"));
        assertThat(r.trades().get(0).entryPriceRaw()).isEqualTo(FixedPoint.parsePrice("0.00000001"));
        assertThat(r.trades().get(0).exitPriceRaw()).isEqualTo(FixedPoint.parsePrice("0.00000001233"));
    }

    @Test
    void allInWithATrillionBuysTheLargestWholeNumberOfUnits() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);

        BacktestResult r = Backtests.run(Backtests.withCash("1000000000000"), Bars.table(INDEX_BARS), s);

        // 1e12 / 10,000,000 = 100,000 units exactly
        assertThat(r.fills()).hasSize(1);
        assertThat(r.fills().get(0).quantityRaw()).isEqualTo(FixedPoint.parseQuantity("100000"));
        assertThat(r.finalEquityRaw()).isEqualTo(usd("1000020025000")); // 100,000 x 10,000,200.25
    }

    /** A raw amount of USD. */
    private static long usd(String decimal) {
        return FixedPoint.parseMoney(decimal);
    }
}
