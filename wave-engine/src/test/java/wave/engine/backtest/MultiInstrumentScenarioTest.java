package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.OhlcvBar;
import wave.domain.order.OrderFilled;
import wave.domain.order.StrategyId;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Two instruments with different calendars in one account. */
class MultiInstrumentScenarioTest {
    static final InstrumentId AAA = InstrumentId.of("AAA");
    static final InstrumentId BBB = InstrumentId.of("BBB");
    static final BarSeries AAA_BARS = Bars.table(AAA, """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=11 H=12 L=11 C=12
            2024-01-04 O=12 H=13 L=12 C=13
            2024-01-05 O=13 H=14 L=13 C=14
            """);
    /** BBB did not trade on Jan 4. */
    static final BarSeries BBB_BARS = Bars.table(BBB, """
            2024-01-02 O=50 H=50 L=50 C=50
            2024-01-03 O=51 H=52 L=50 C=52
            2024-01-05 O=49 H=50 L=48 C=50
            """);

    @Test
    void eachStrategyTradesItsOwnInstrumentOnItsOwnCalendarAndEquitySumsBoth() {
        // Given AAA trading every day and BBB missing Jan 4
        // When the AAA strategy buys 10 on Jan 2, and the BBB strategy buys 10 on Jan 2 and 5 more on Jan 3
        ScriptedStrategy a = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        ScriptedStrategy b = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(10))
                .on("2024-01-03", x -> x.marketBuy(5));
        BacktestResult r = Backtests.run(Backtests.withCash("100000"), List.of(AAA_BARS, BBB_BARS), Map.of(AAA, a, BBB, b));

        // Then the steps are the union of both calendars
        assertThat(r.stepNanos()).containsExactly(ts("2024-01-02"), ts("2024-01-03"), ts("2024-01-04"), ts("2024-01-05"));
        assertThat(r.instruments()).containsExactly(AAA, BBB);
        // each strategy sees only its own bars
        assertThat(a.bars).extracting(OhlcvBar::instrument).containsOnly(AAA);
        assertThat(a.bars).extracting(OhlcvBar::tsNanos)
                .containsExactly(ts("2024-01-02"), ts("2024-01-03"), ts("2024-01-04"), ts("2024-01-05"));
        assertThat(b.bars).extracting(OhlcvBar::instrument).containsOnly(BBB);
        assertThat(b.bars).extracting(OhlcvBar::tsNanos).containsExactly(ts("2024-01-02"), ts("2024-01-03"), ts("2024-01-05"));
        // each order trades its strategy's instrument; BBB's Jan 3 order waits for BBB's next bar (Jan 5)
        assertThat(a.fills).extracting(OrderFilled::instrument, OrderFilled::priceRaw, OrderFilled::tsNanos)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AAA, raw("11"), ts("2024-01-03")));
        assertThat(b.fills).extracting(OrderFilled::instrument, OrderFilled::priceRaw, OrderFilled::tsNanos).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BBB, raw("51"), ts("2024-01-03")),
                org.assertj.core.groups.Tuple.tuple(BBB, raw("49"), ts("2024-01-05")));
        assertThat(r.tickets()).extracting(OrderTicket::strategyId).containsExactly(
                new StrategyId("test:AAA"), new StrategyId("test:BBB"), new StrategyId("test:BBB"));
        // equity = cash + 10 x AAA close + BBB held x BBB's last close (Jan 4: BBB still marked at Jan 3's 52)
        assertThat(r.cashRaw()).containsExactly(raw("100000"), raw("99380"), raw("99380"), raw("99135"));
        assertThat(r.equityRaw()).containsExactly(
                raw("100000"),
                raw("100020"), // 99380 + 120 + 520
                raw("100030"), // 99380 + 130 + 520
                raw("100025")); // 99135 + 140 + 15 x 50
        assertThat(r.stepsInMarket()).isEqualTo(3);
    }

    @Test
    void seriesOrderDoesNotChangeTheResult() {
        ScriptedStrategy a1 = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        ScriptedStrategy b1 = new ScriptedStrategy().on("2024-01-03", x -> x.marketBuy(5));
        ScriptedStrategy a2 = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        ScriptedStrategy b2 = new ScriptedStrategy().on("2024-01-03", x -> x.marketBuy(5));
        BacktestResult ab = Backtests.run(Backtests.withCash("100000"), List.of(AAA_BARS, BBB_BARS), Map.of(AAA, a1, BBB, b1));
        BacktestResult ba = Backtests.run(Backtests.withCash("100000"), List.of(BBB_BARS, AAA_BARS), Map.of(AAA, a2, BBB, b2));

        assertThat(ba.equityRaw()).containsExactly(ab.equityRaw());
        assertThat(ba.cashRaw()).containsExactly(ab.cashRaw());
    }

    @Test
    void twoSeriesOfTheSameInstrumentAreRefused() {
        assertThatThrownBy(() -> Backtests.run(Backtests.withCash("1000"), List.of(AAA_BARS, AAA_BARS),
                Map.of(AAA, new ScriptedStrategy())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAA.SIM");
    }

    @Test
    void noDataIsRefused() {
        assertThatThrownBy(() -> new Backtest(BacktestConfig.defaults(), List.of(), "x", id -> new ScriptedStrategy(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one data series");
    }
}
