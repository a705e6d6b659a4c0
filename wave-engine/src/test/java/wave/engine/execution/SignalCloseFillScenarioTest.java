package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.BacktestConfig;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** The lookahead opt-in: market orders filled at the close of the bar whose handling placed them. */
class SignalCloseFillScenarioTest {
    static final String BARS = """
            2024-01-02 O=10 H=10.5 L=9.8 C=10.4
            2024-01-03 O=11 H=11.2 L=10.8 C=11
            """;

    @Test
    void byDefaultAMarketOrderFillsAtTheNextOpen() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        assertThat(EventText.of(s.events)).contains("2024-01-03 O-1 filled BUY 10 @ 11");
    }

    @Test
    void withTheOptInItFillsAtTheSignalBarsClose() {
        // Given the explicit opt-in, a market buy placed while Jan 2 is handled
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        BacktestConfig config = BacktestConfig.defaults()
                .withExecution(ExecutionConfig.defaults().withFillAtSignalClose(true));

        Backtests.run(config, Bars.table(BARS), s);

        // Then it fills at Jan 2's close, 10.4 - a price known only once the bar closed (lookahead)
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-02 O-1 accepted",
                "2024-01-02 O-1 filled BUY 10 @ 10.4");
        assertThat(ExecutionConfig.LOOKAHEAD_WARNING).contains("could not have traded");
    }

    @Test
    void withTheOptInAnOrderOnAnHourlyBarSharingAStepWithAFiveMinuteBarFillsAtTheHourlyClose() {
        // Given the hourly bar 14:00-15:00 and the 5-minute bar 14:55-15:00, both known at 15:00: one step
        InstrumentId hourly = InstrumentId.of("HOURLY");
        BarSeries hours = Bars.table(hourly, BarSpec.HOUR_1, """
                2024-01-02T14:00 O=10 H=10.5 L=9.8 C=10.4
                2024-01-02T15:00 O=11 H=11.2 L=10.8 C=11
                """);
        BarSeries minutes = Bars.table(Bars.ACME, BarSpec.MINUTE_5, """
                2024-01-02T14:55 O=20 H=20 L=20 C=20
                2024-01-02T15:00 O=20 H=20 L=20 C=20
                """);
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02T14:00", x -> x.marketBuy(10));
        BacktestConfig config = BacktestConfig.defaults()
                .withExecution(ExecutionConfig.defaults().withFillAtSignalClose(true));

        Backtests.run(config, List.of(hours, minutes), Map.of(hourly, s, Bars.ACME, new ScriptedStrategy()));

        // Then the market buy placed while the hourly bar is handled fills at its close, 10.4
        assertThat(s.fills).extracting(OrderFilled::priceRaw).containsExactly(Backtests.raw("10.4"));
        assertThat(s.fills).extracting(OrderFilled::tsNanos).containsExactly(Bars.ts("2024-01-02T14:00"));
    }

    @Test
    void limitOrdersAreNotAffected() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.limitOrder(wave.domain.order.OrderSide.BUY, 10, "11"));
        BacktestConfig config = BacktestConfig.defaults()
                .withExecution(ExecutionConfig.defaults().withFillAtSignalClose(true));
        Backtests.run(config, Bars.table(BARS), s);
        assertThat(EventText.of(s.events)).contains("2024-01-03 O-1 filled BUY 10 @ 11");
    }
}
