package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.market.OhlcvBar;
import wave.engine.backtest.BacktestConfig;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** Which of two orders reached inside the same bar fills first, under each assumed intrabar path. */
class IntrabarPathScenarioTest {
    /** Jan 3 opens at 11 inside a 9 / 12 bracket and reaches both: the high (1.5 away) is nearer than the low. */
    static final String BARS = """
            2024-01-01 O=10 H=10   L=10  C=10
            2024-01-02 O=10 H=10.5 L=9.8 C=10.2
            2024-01-03 O=11 H=12.5 L=8.5 C=11
            """;

    static ScriptedStrategy bracket() {
        return new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 10, null, "9", "12"));
    }

    @Test
    void theAdverseDefaultAssumesTheStopLossWasReachedFirst() {
        ScriptedStrategy s = bracket();
        Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        assertThat(EventText.of(s.events)).endsWith("2024-01-03 O-2 filled SELL 10 @ 9",
                "2024-01-03 O-3 canceled: OCO: O-2 filled");
    }

    @Test
    void theNearestExtremeFirstPathReachesTheTakeProfitFirstWhenTheHighIsNearer() {
        ScriptedStrategy s = bracket();
        BacktestConfig config = BacktestConfig.defaults()
                .withExecution(ExecutionConfig.defaults().withIntrabarPath(IntrabarPath.NEAREST_EXTREME_FIRST));

        Backtests.run(config, Bars.table(BARS), s);

        // open 11 -> high 12.5 (reaches 12) -> low 8.5 (would reach 9, but the stop-loss is canceled by then)
        assertThat(EventText.of(s.events)).endsWith("2024-01-03 O-3 filled SELL 10 @ 12",
                "2024-01-03 O-2 canceled: OCO: O-3 filled");
    }

    @Test
    void distanceAlongThePathFromTheOpen() {
        OhlcvBar highNearer = new OhlcvBar(Bars.ACME, 0, raw("11"), raw("12.5"), raw("8.5"), raw("11"), 0);
        // 12 is on the first leg (11 -> 12.5): 1 away; 9 is on the second leg (12.5 -> 8.5): 1.5 + 3.5 = 5 away
        assertThat(IntrabarPath.distanceTo(raw("12"), highNearer)).isEqualTo(raw("1"));
        assertThat(IntrabarPath.distanceTo(raw("9"), highNearer)).isEqualTo(raw("5"));
        OhlcvBar lowNearer = new OhlcvBar(Bars.ACME, 0, raw("10"), raw("12.5"), raw("8.5"), raw("11"), 0);
        assertThat(IntrabarPath.distanceTo(raw("9"), lowNearer)).isEqualTo(raw("1"));
        assertThat(IntrabarPath.distanceTo(raw("12"), lowNearer)).isEqualTo(raw("1.5") + raw("3.5"));
    }
}
