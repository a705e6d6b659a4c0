package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.bias.LookaheadAnalysis;
import wave.engine.bias.LookaheadReport;

/**
 * No lookahead and determinism for a spec with stops on real data: cutting the history does not change the orders,
 * fills or equity before the cut ({@link LookaheadAnalysis}), and the same run twice gives the same fills.
 */
class LookaheadTest {
    @Test
    void truncatedHistoryGivesTheSameFillsUpToTheCut() {
        BarSeries orcl = SharedData.yahoo(SharedData.ORCL, "ORCL");
        SpecStrategyDefinition spec = SpecRuns.toml("""
                name = "busy"
                [indicators]
                rsi = { type = "rsi", period = 14 }
                fast = { type = "ema", period = 10 }
                slow = { type = "sma", period = 30, source = "hlc3" }
                [entry.long]
                any = ["rsi crosses_below 40", { all = ["fast crosses_above slow", "close > slow for 2 bars"] }]
                [exit.long]
                any = ["rsi > 70 for 2 bars"]
                [risk]
                stop_loss_pct = 5.0
                take_profit_pct = 15.0
                trailing_stop_pct = 4.0
                """);
        List<OrderFilled> full = run(spec, orcl).fills();
        assertThat(full).hasSizeGreaterThan(100);
        assertThat(run(spec, orcl).fills()).isEqualTo(full);
        LookaheadReport report = new LookaheadAnalysis(data -> run(spec, data.getFirst()))
                .run(List.of(orcl), new int[] {1500, 3000, 4500}, done -> { });
        assertThat(report.cuts()).allSatisfy(cut -> assertThat(cut.differences()).as("cut at %d", cut.bars()).isEmpty());
        assertThat(report.cuts()).allSatisfy(cut -> assertThat(cut.fillsCompared()).isPositive());
    }

    private static BacktestResult run(SpecStrategyDefinition spec, BarSeries data) {
        return new Backtest(SpecRuns.feeConfig("all-in"), List.of(data), spec.name(), id -> spec.create(Map.of()), true).run();
    }
}
