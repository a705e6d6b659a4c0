package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;

/** A rebalance that sells B to buy A at one time funds itself, whatever the order of the files. */
class RebalanceFundingTest {
    static final InstrumentId A = InstrumentId.of("AAA");
    static final InstrumentId B = InstrumentId.of("BBB");

    static final BarSeries A_BARS = Bars.table(A, """
            2024-01-02 O=20 H=20 L=20 C=20
            2024-01-03 O=20 H=20 L=20 C=20
            2024-01-04 O=20 H=20 L=20 C=20
            2024-01-05 O=20 H=20 L=20 C=20
            """);
    static final BarSeries B_BARS = Bars.table(B, """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=10 L=10 C=10
            2024-01-04 O=10 H=10 L=10 C=10
            2024-01-05 O=10 H=10 L=10 C=10
            """);

    /** All in B on the first step, then all in A (B sold) on the second. */
    static final class Rotate extends PortfolioStrategy<Rotate.Params> {
        record Params() {
        }

        final List<String> fills = new java.util.ArrayList<>();
        int steps;

        Rotate() {
            super(new Params());
        }

        @Override
        protected void onStep(Slice slice) {
            steps++;
            assertThat(slice.size()).isEqualTo(2);
            if (steps == 1) {
                setHoldings(B, 1.0);
            } else if (steps == 2) {
                setTargetWeights(Map.of(A, 1.0, B, 0.0));
            }
        }

        @Override
        protected void onOrderEvent(OrderEvent event) {
            if (event instanceof OrderFilled f) {
                fills.add(EventText.of(f));
            }
        }
    }

    static BacktestResult run(List<BarSeries> files, Rotate strategy) {
        return Backtest.ofPortfolio(Backtests.withCash("10000"), files, "rotate", strategy, true).run();
    }

    @Test
    void theSaleFillsBeforeThePurchaseAtTheSameOpenInEitherFileOrder() {
        Rotate aFirst = new Rotate();
        Rotate bFirst = new Rotate();
        BacktestResult ab = run(List.of(A_BARS, B_BARS), aFirst);
        BacktestResult ba = run(List.of(B_BARS, A_BARS), bFirst);

        // 9,975 of 10,000 (a 0.25% cash buffer) buys 997 B at 10; then B is sold and 498 A bought at the same open
        assertThat(aFirst.fills).containsExactly("2024-01-03 O-1 filled BUY 997 @ 10", "2024-01-04 O-2 filled SELL 997 @ 10",
                "2024-01-04 O-3 filled BUY 498 @ 20");
        assertThat(bFirst.fills).isEqualTo(aFirst.fills);
        for (BacktestResult r : List.of(ab, ba)) {
            assertThat(r.portfolio().position(A).quantityRaw()).isEqualTo(raw("498"));
            assertThat(r.portfolio().position(B).quantityRaw()).isZero();
            assertThat(r.portfolio().cashRaw()).isEqualTo(raw("40")); // 10,000 - 498 x 20
            assertThat(r.finalEquityRaw()).isEqualTo(raw("10000"));
            assertThat(r.fills()).extracting(OrderFilled::tsNanos).containsExactly(ts("2024-01-03"), ts("2024-01-04"),
                    ts("2024-01-04"));
        }
    }
}
