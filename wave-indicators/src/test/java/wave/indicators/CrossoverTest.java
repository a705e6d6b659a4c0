package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The crossing spec, on hand-built differences {@code a - b} (b = 0) and against a reference. */
class CrossoverTest {
    private static final double NAN = Double.NaN;

    @Test
    void upCrossAfterAPlateauFiresWhenAFinallyRises() {
        assertThat(crosses(-1, 0, 0, 1)).containsExactly(0, 0, 0, 1);
    }

    @Test
    void downCrossAfterAPlateauFiresWhenAFinallyFalls() {
        assertThat(crosses(1, 0, 0, -1)).containsExactly(0, 0, 0, -1);
    }

    @Test
    void touchingAndFallingBackIsNoCross() {
        assertThat(crosses(-1, 0, -1)).containsExactly(0, 0, 0);
        assertThat(crosses(1, 0, 1)).containsExactly(0, 0, 0);
    }

    @Test
    void directCrossesFireOnTheBarThatCrosses() {
        assertThat(crosses(-2, -1, 1, 2, 1, -1, -3)).containsExactly(0, 0, 1, 0, 0, -1, 0);
    }

    @Test
    void theFirstSideSeenIsNoCross() {
        assertThat(crosses(1, 1)).containsExactly(0, 0);
        assertThat(crosses(0, 0, -1)).containsExactly(0, 0, 0);
    }

    @Test
    void nanUpdatesNeitherCrossNorChangeTheRememberedSide() {
        assertThat(crosses(-1, NAN, 1)).containsExactly(0, 0, 1);
        assertThat(crosses(NAN, NAN, -1, NAN, 0, NAN, 1)).containsExactly(0, 0, 0, 0, 0, 0, 1);
        assertThat(crosses(1, NAN, 1)).containsExactly(0, 0, 0);
    }

    @Test
    void nanInEitherInputIsIgnored() {
        double[] a = {1, NAN, 5, 3};
        double[] b = {2, 0, NAN, 2};
        assertThat(Crossover.signals(a, b)).containsExactly(0, 0, 0, 1);
        assertThat(streamed(a, b)).containsExactly(0, 0, 0, 1);
    }

    @Test
    void crossFlagsLastOnlyOneUpdate() {
        Crossover crossover = new Crossover();
        crossover.update(1, 2);
        crossover.update(3, 2);
        assertThat(crossover.crossedAbove()).isTrue();
        assertThat(crossover.crossedBelow()).isFalse();
        crossover.update(3, 2);
        assertThat(crossover.crossedAbove()).isFalse();
        crossover.update(1, 2);
        assertThat(crossover.crossedBelow()).isTrue();
        assertThat(crossover.crossedAbove()).isFalse();
        crossover.update(NAN, 2);
        assertThat(crossover.crossedBelow()).isFalse();
    }

    @Test
    void resetForgetsTheRememberedSide() {
        Crossover crossover = new Crossover();
        crossover.update(1, 2);
        crossover.update(3, 2);
        crossover.reset();
        assertThat(crossover.crossedAbove()).isFalse();
        crossover.update(1, 2);
        assertThat(crossover.crossedBelow()).isFalse();
    }

    @Test
    void signalsRejectsArraysOfDifferentLengths() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Crossover.signals(new double[2], new double[3]))
                .withMessageContaining("same length");
    }

    /** Streaming, array form and a naive look-back reference agree on random plateau series. */
    @Test
    void streamingAndArrayFormsMatchTheSpecOnRandomSeries() {
        Random random = new Random(7);
        for (int c = 0; c < 500; c++) {
            double[] a = new double[random.nextInt(60)];
            double[] b = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(10) == 0 ? NAN : random.nextInt(3);
                b[i] = random.nextInt(10) == 0 ? NAN : random.nextInt(3);
            }
            byte[] expected = reference(a, b);
            assertThat(Crossover.signals(a, b)).containsExactly(expected);
            assertThat(streamed(a, b)).containsExactly(expected);
        }
    }

    /** The spec read literally: look back for the latest earlier update with a != b, no NaN. */
    private static byte[] reference(double[] a, double[] b) {
        byte[] out = new byte[a.length];
        for (int t = 0; t < a.length; t++) {
            if (Double.isNaN(a[t]) || Double.isNaN(b[t]) || a[t] == b[t]) {
                continue;
            }
            int s = t - 1;
            while (s >= 0 && (Double.isNaN(a[s]) || Double.isNaN(b[s]) || a[s] == b[s])) {
                s--;
            }
            if (s >= 0 && a[t] > b[t] && a[s] < b[s]) {
                out[t] = 1;
            } else if (s >= 0 && a[t] < b[t] && a[s] > b[s]) {
                out[t] = -1;
            }
        }
        return out;
    }

    /** Signals for {@code a - b = differences}, checked equal in streaming and array forms. */
    private static byte[] crosses(double... differences) {
        double[] zeros = new double[differences.length];
        byte[] signals = Crossover.signals(differences, zeros);
        assertThat(streamed(differences, zeros)).containsExactly(signals);
        return signals;
    }

    private static byte[] streamed(double[] a, double[] b) {
        Crossover crossover = new Crossover();
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            crossover.update(a[i], b[i]);
            assertThat(crossover.crossedAbove() && crossover.crossedBelow()).isFalse();
            out[i] = (byte) (crossover.crossedAbove() ? 1 : crossover.crossedBelow() ? -1 : 0);
        }
        return out;
    }
}
