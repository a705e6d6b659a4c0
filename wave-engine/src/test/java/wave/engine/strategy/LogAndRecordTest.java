package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.order.StrategyId;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;

/** What a strategy logs and records reaches the result, stamped with the kernel's time. */
class LogAndRecordTest {
    static final class Noting extends Strategy<Noting.Params> {
        record Params() {
        }

        Noting() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            record("close-x2", bar.close() * 2);
            if (bar.close() > 10.5) {
                log("close above 10.5: " + bar.close());
            }
        }
    }

    @Test
    void logLinesAndRecordedValuesCarryKernelTime() {
        Noting s = new Noting();
        BacktestResult r = Backtests.run(Backtests.withCash("1000"), Bars.table("""
                2024-01-02 O=10 H=10 L=10 C=10
                2024-01-03 O=11 H=11 L=11 C=11
                """), s);
        StrategyId id = s.id();
        // daily bars under the default 24/7 calendar are known at the end of their day
        long day1 = Bars.ts("2024-01-03");
        long day2 = Bars.ts("2024-01-04");
        assertThat(r.notes()).containsExactly(
                new StrategyNote(day1, id, "close-x2", 20.0, ""),
                new StrategyNote(day2, id, "close-x2", 22.0, ""),
                new StrategyNote(day2, id, StrategyNote.LOG, Double.NaN, "close above 10.5: 11.0"));
        assertThat(r.notes().get(2).isLog()).isTrue();
        assertThat(List.of(r.notes().get(0).isLog())).containsExactly(false);
        assertThatThrownBy(() -> s.record("log", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record name must not be blank or 'log', got 'log'");
    }
}
