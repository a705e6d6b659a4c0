package wave.research.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PathDrawdownTest {

    @Test
    void deepestAndLongestAreDifferentDrawdowns() {
        // 110 -> 99 -> back to 110 at index 4: 10% deep, 3 steps long; 120 -> 90 never recovers: 25% deep, 2 steps.
        double[] equity = {100, 110, 99, 105, 110, 120, 90, 95};

        PathDrawdown d = PathDrawdown.of(equity, equity.length);

        assertThat(d.maxDepth()).isCloseTo(0.25, within(1e-15));
        assertThat(d.longestSteps()).isEqualTo(3);
    }

    @Test
    void aPathThatNeverFallsHasNone() {
        assertThat(PathDrawdown.of(new double[] {1, 1, 2, 3}, 4)).isEqualTo(new PathDrawdown(0, 0));
    }

    @Test
    void onlyTheGivenLengthIsRead() {
        assertThat(PathDrawdown.of(new double[] {100, 80, 100, 10}, 3)).isEqualTo(new PathDrawdown(0.2, 2));
    }
}
