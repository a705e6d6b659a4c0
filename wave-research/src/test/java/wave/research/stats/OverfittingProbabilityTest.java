package wave.research.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OverfittingProbabilityTest {
    private static final double LN3 = Math.log(3);

    /**
     * Three strategies, four periods, four splits of one period each, scored by their mean return. Block sums
     * (the mean is half of it, which ranks the same):
     * <pre>
     * in-sample  A  B  C  best | out-of-sample  A  B  C  rank of best  w    lambda
     * {0,1}      0  4  2  B    | {2,3}          5  3  1  2 (C lower)  1/2  0        (<= 0: overfit)
     * {0,2}      4  5  3  B    | {1,3}          1  2  0  3            3/4  ln 3
     * {0,3}      5  4 -2  A    | {1,2}          0  3  5  1            1/4  -ln 3    (overfit)
     * {1,2}      0  3  5  C    | {0,3}          5  4 -2  1            1/4  -ln 3    (overfit)
     * {1,3}      1  2  0  B    | {0,2}          4  5  3  3            3/4  ln 3
     * {2,3}      5  3  1  A    | {0,1}          0  4  2  1            1/4  -ln 3    (overfit)
     * </pre>
     * Four of the six combinations have lambda <= 0: PBO = 4/6.
     */
    @Test
    void fourSplitsOfThreeStrategiesWorkedOutByHand() {
        double[][] returns = {
                {2, -2, 2, 3},
                {3, 1, 2, 1},
                {0, 2, 3, -2},
        };

        OverfittingProbability pbo = OverfittingProbability.of(returns, 4, r -> SampleMoments.of(r).mean());

        assertThat(pbo.combinations()).isEqualTo(6);
        assertThat(pbo.logits()).containsExactly(new double[] {0, LN3, -LN3, -LN3, LN3, -LN3}, within(1e-15));
        assertThat(pbo.probability()).isEqualTo(4.0 / 6);
    }

    @Test
    void aStrategyBestInEveryPeriodIsNeverOverfit() {
        double[][] returns = {
                {0.01, 0.00, 0.02, 0.01, 0.00, 0.01, 0.02, 0.00},
                {0.03, 0.02, 0.04, 0.03, 0.02, 0.05, 0.04, 0.03},
                {-0.01, 0.01, 0.00, -0.02, 0.01, 0.00, 0.01, -0.01},
        };

        OverfittingProbability pbo = OverfittingProbability.of(returns, 2, r -> SampleMoments.of(r).mean());

        assertThat(pbo.combinations()).isEqualTo(2);
        assertThat(pbo.probability()).isZero();
        assertThat(pbo.logits()).containsExactly(new double[] {LN3, LN3}, within(1e-15));
    }

    @Test
    void splitsMustBeEven() {
        assertThatThrownBy(() -> OverfittingProbability.of(new double[][] {{1, 2, 3}, {1, 2, 3}}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("splits must be even, from 2 to 30, got 3");
    }
}
