package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestResult;

/** Backtests share nothing mutable: several on separate threads give the results they give one after another. */
class ConcurrentBacktestsTest {
    @Test
    void everyBundledStrategyRunConcurrentlyOnFourThreadsEqualsItsSequentialRun() throws Exception {
        BarSeries orcl = SharedData.orcl();
        List<String> names = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            names.addAll(BundledStrategies.names());
        }
        List<BacktestResult> sequential = new ArrayList<>();
        for (String name : names) {
            sequential.add(Backtests.run(name, orcl, "all-in"));
        }
        List<Future<BacktestResult>> concurrent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String name : names) {
                concurrent.add(pool.submit(() -> Backtests.run(name, orcl, "all-in")));
            }
            for (int i = 0; i < names.size(); i++) {
                BacktestResult expected = sequential.get(i);
                BacktestResult actual = concurrent.get(i).get();
                assertThat(actual.fills()).as(names.get(i)).containsExactlyElementsOf(expected.fills());
                assertThat(actual.equityRaw()).as(names.get(i)).isEqualTo(expected.equityRaw());
                assertThat(actual.events()).as(names.get(i)).containsExactlyElementsOf(expected.events());
                assertThat(actual.finalEquityRaw()).as(names.get(i)).isEqualTo(expected.finalEquityRaw());
            }
        }
    }
}
