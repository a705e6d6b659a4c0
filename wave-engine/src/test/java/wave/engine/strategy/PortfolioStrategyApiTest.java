package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.engine.backtest.Backtest;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.indicators.Indicators;
import wave.indicators.PriceField;
import wave.indicators.average.Sma;

/** A strategy across instruments gets indicators and history per instrument, and scheduled callbacks. */
class PortfolioStrategyApiTest {
    static final InstrumentId A = InstrumentId.of("AAA");
    static final InstrumentId B = InstrumentId.of("BBB");

    static final class Watcher extends PortfolioStrategy<Watcher.Params> {
        record Params() {
        }

        Sma smaA;
        Sma smaB;
        final List<Double> smaAtEnd = new ArrayList<>();
        double[] lastCloses;
        double[] highsOfB;
        int ticks;

        Watcher() {
            super(new Params());
            keepHistory(5);
        }

        @Override
        protected void onStart() {
            smaA = indicator(A, Indicators.sma(3));
            smaB = indicator(B, Indicators.sma(3));
            scheduleEvery(Duration.ofDays(2), () -> ticks++);
        }

        @Override
        protected void onStep(Slice slice) {
            lastCloses = history(A, PriceField.CLOSE, 5);
            highsOfB = history(B, PriceField.HIGH, 2);
            smaAtEnd.add(smaA.isReady() ? smaA.value() : Double.NaN);
        }
    }

    static final BarSeries A_BARS = Bars.table(A, """
            2024-01-01 O=1 H=1 L=1 C=1
            2024-01-02 O=2 H=2 L=2 C=2
            2024-01-03 O=3 H=3 L=3 C=3
            2024-01-04 O=4 H=4 L=4 C=4
            2024-01-05 O=5 H=5 L=5 C=5
            2024-01-06 O=6 H=6 L=6 C=6
            2024-01-07 O=7 H=7 L=7 C=7
            """);
    static final BarSeries B_BARS = Bars.table(B, """
            2024-01-01 O=10 H=11 L=10 C=10
            2024-01-02 O=10 H=12 L=10 C=10
            2024-01-03 O=10 H=13 L=10 C=10
            2024-01-04 O=10 H=14 L=10 C=10
            2024-01-05 O=10 H=15 L=10 C=10
            2024-01-06 O=10 H=16 L=10 C=10
            2024-01-07 O=10 H=17 L=10 C=10
            """);

    @Test
    void indicatorsAndHistoryPerInstrumentAndATimer() {
        Watcher w = new Watcher();
        Backtest.ofPortfolio(Backtests.withCash("1000"), List.of(A_BARS, B_BARS), "watch", w, false).run();

        assertThat(w.smaAtEnd).hasSize(7);
        assertThat(w.smaAtEnd.subList(0, 2)).allMatch(v -> v.isNaN());
        assertThat(w.smaAtEnd.subList(2, 7)).containsExactly(2.0, 3.0, 4.0, 5.0, 6.0);
        assertThat(w.smaB.value()).isEqualTo(10.0);
        assertThat(w.lastCloses).containsExactly(3.0, 4.0, 5.0, 6.0, 7.0);
        assertThat(w.highsOfB).containsExactly(16.0, 17.0);
        // every 2 days from the first step (01-01 at the end of the day, under 24/7): 01-03, 01-05, 01-07
        assertThat(w.ticks).isEqualTo(3);
        assertThatThrownBy(() -> w.history(A, PriceField.CLOSE, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history of 6 bars asked, 5 kept: call keepHistory(6) in the constructor");
    }
}
