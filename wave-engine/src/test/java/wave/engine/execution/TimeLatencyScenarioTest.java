package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.engine.backtest.BacktestConfig;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** A latency in time on intraday bars: an order is matched from the first bar that starts after it arrives. */
class TimeLatencyScenarioTest {
    static final BarSeries MINUTES = Bars.table(Bars.ACME, BarSpec.MINUTE_1, """
            2024-01-02T14:30 O=10   H=10   L=10   C=10
            2024-01-02T14:31 O=10.1 H=10.1 L=10.1 C=10.1
            2024-01-02T14:32 O=10.2 H=10.2 L=10.2 C=10.2
            2024-01-02T14:33 O=10.3 H=10.3 L=10.3 C=10.3
            """);

    static String fillWith(Duration latency) {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02T14:30", x -> x.marketBuy(10));
        Backtests.run(BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withLatency(latency)), MINUTES, s);
        return EventText.of(s.events).stream().filter(e -> e.contains("filled")).findFirst().orElse("none");
    }

    @Test
    void withoutLatencyTheOrderFillsAtTheNextBarsOpen() {
        assertThat(fillWith(Duration.ZERO)).isEqualTo("2024-01-02T14:31 O-1 filled BUY 10 @ 10.1");
    }

    @Test
    void anOrderThatArrivesAfterTheNextBarOpenedWaitsForTheBarAfter() {
        // placed when the 14:30 bar closes (14:31:00), it reaches the venue at 14:31:00.250: too late for 14:31's open
        assertThat(fillWith(Duration.ofMillis(250))).isEqualTo("2024-01-02T14:32 O-1 filled BUY 10 @ 10.2");
        // 90 seconds: it arrives at 14:32:30 and is matched from the 14:33 bar
        assertThat(fillWith(Duration.ofSeconds(90))).isEqualTo("2024-01-02T14:33 O-1 filled BUY 10 @ 10.3");
    }

    @Test
    void extraBarsRoundTheLatencyUpToWholeBarsAndNeverBelowTheLatencyInBars() {
        long minute = Duration.ofMinutes(1).toNanos();
        assertThat(ExecutionConfig.defaults().withLatency(Duration.ofMillis(1)).extraBars(minute)).isEqualTo(1);
        assertThat(ExecutionConfig.defaults().withLatency(Duration.ofMinutes(1)).extraBars(minute)).isEqualTo(1);
        assertThat(ExecutionConfig.defaults().withLatencyBars(3).withLatency(Duration.ofMillis(1)).extraBars(minute)).isEqualTo(3);
        assertThat(ExecutionConfig.defaults().withLatency(Duration.ofMillis(1)).extraBars(0)).isZero();
    }
}
