package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;

/**
 * No lookahead and determinism for a spec with stops on real data: cutting the history does not change the fills
 * before the cut, and the same run twice gives the same fills.
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
        for (int cut : new int[] {1500, 3000, 4500}) {
            BarSeries head = orcl.head(cut);
            long lastNanos = head.tsNanos(cut - 1);
            List<OrderFilled> expected = full.stream().filter(f -> f.tsNanos() <= lastNanos).toList();
            assertThat(run(spec, head).fills()).as("cut at %d", cut).isEqualTo(expected);
        }
    }

    private static BacktestResult run(SpecStrategyDefinition spec, BarSeries data) {
        return new Backtest(SpecRuns.feeConfig("all-in"), List.of(data), spec.name(), id -> spec.create(Map.of()), true).run();
    }
}
