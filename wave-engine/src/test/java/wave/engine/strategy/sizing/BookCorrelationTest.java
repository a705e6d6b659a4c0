package wave.engine.strategy.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.Quantity;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;

/**
 * {@link BookCorrelation} in a Java strategy, through the kernel's read-only account: HELD is bought at bar 0 (100 at
 * 110 on bar 1); NEW's strategy samples the account at every bar and measures its factor. Over bars 1-4 HELD returns
 * +0.1, -0.1, +0.1, -0.1 and NEW +0.01, -0.01, +0.02, -0.02: rho = 6 / sqrt(40) = 0.948683 (as in
 * {@link CorrelationScalingTest}).
 */
class BookCorrelationTest {
    private static final InstrumentId HELD = InstrumentId.of("HELD");
    private static final InstrumentId NEW = InstrumentId.of("NEW");
    private static final String HELD_BARS = """
            2024-01-01 O=100 H=100 L=100 C=100
            2024-01-02 O=110 H=110 L=110 C=110
            2024-01-03 O=99 H=99 L=99 C=99
            2024-01-04 O=108.9 H=108.9 L=108.9 C=108.9
            2024-01-05 O=98.01 H=98.01 L=98.01 C=98.01
            """;
    private static final String NEW_BARS = """
            2024-01-01 O=100 H=100 L=100 C=100
            2024-01-02 O=101 H=101 L=101 C=101
            2024-01-03 O=99.99 H=99.99 L=99.99 C=99.99
            2024-01-04 O=101.9898 H=101.9898 L=101.9898 C=101.9898
            2024-01-05 O=99.950004 H=99.950004 L=99.950004 C=99.950004
            """;

    /** Buys 100 shares on its first bar. */
    static final class BuyOnce extends Strategy<BuyOnce.Params> {
        record Params() {
        }

        BuyOnce() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            if (isFlat()) {
                buy(Quantity.of(100));
            }
        }
    }

    /** Samples the account at each bar and notes the factors of a purchase and of a short sale of its instrument. */
    static final class Measure extends Strategy<Measure.Params> {
        record Params() {
        }

        final BookCorrelation correlation = new BookCorrelation(new CorrelationScaling(0.5), 4);
        final List<Double> longFactors = new ArrayList<>();
        final List<Double> shortFactors = new ArrayList<>();

        Measure() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            correlation.sample(portfolio(), nowNanos());
            longFactors.add(correlation.factor(instrument(), true, portfolio()));
            shortFactors.add(correlation.factor(instrument(), false, portfolio()));
        }
    }

    @Test
    void theFactorOfAPositionJoiningTheBookByHand() {
        Measure measure = new Measure();
        Backtests.run(Backtests.withCash("100000"), List.of(Bars.table(HELD, HELD_BARS), Bars.table(NEW, NEW_BARS)),
                Map.of(HELD, new BuyOnce(), NEW, measure));
        // 1 until 4 returns are known (bar 4); then 1 - 0.5 x 0.948683 = 0.525658
        assertThat(measure.longFactors.subList(0, 4)).containsOnly(1.0);
        assertThat(measure.longFactors.get(4)).isEqualTo(1 - 0.5 * 6 / Math.sqrt(40), offset(1e-9));
        // a short sale of NEW hedges the long HELD: rho -0.948683 clamps to 0
        assertThat(measure.shortFactors.get(4)).isEqualTo(1.0);
        assertThat(measure.correlation.isReady()).isTrue();
    }

    @Test
    void aBookWithoutHoldingsLeavesTheSize() {
        Measure measure = new Measure();
        Backtests.run(Backtests.withCash("100000"), List.of(Bars.table(HELD, HELD_BARS), Bars.table(NEW, NEW_BARS)),
                Map.of(HELD, new Measure(), NEW, measure));
        assertThat(measure.longFactors).containsOnly(1.0);
    }

    @Test
    void theLookbackNeedsTwoReturns() {
        assertThatThrownBy(() -> new BookCorrelation(new CorrelationScaling(0.5), 1))
                .hasMessage("correlation lookback must be at least 2 returns, got 1");
    }
}
