package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestResult;

/** The same backtest twice gives identical fills, trades, order events and equity and cash arrays. */
class DeterminismTest {
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : BundledStrategies.names()) {
            out.add(Arguments.of(name, "fixed:100"));
            out.add(Arguments.of(name, "all-in"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("cases")
    void twoRunsAreIdentical(String name, String sizing) {
        BarSeries orcl = SharedData.orcl();
        BacktestResult first = Backtests.run(name, orcl, sizing);
        BacktestResult second = Backtests.run(name, orcl, sizing);

        assertThat(first.fills()).isNotEmpty().containsExactlyElementsOf(second.fills());
        assertThat(first.trades()).containsExactlyElementsOf(second.trades());
        assertThat(first.events()).isNotEmpty().containsExactlyElementsOf(second.events());
        assertThat(first.stepNanos()).isEqualTo(second.stepNanos());
        assertThat(first.equityRaw()).isEqualTo(second.equityRaw());
        assertThat(first.cashRaw()).isEqualTo(second.cashRaw());
        assertThat(first.tickets()).extracting(Object::toString).containsExactlyElementsOf(
                second.tickets().stream().map(Object::toString).toList());
        assertThat(first.finalEquityRaw()).isEqualTo(second.finalEquityRaw());
    }
}
