package wave.data.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The primitive ordering helpers against simple references, on seeded random inputs. */
class TimeOrderTest {
    private static final int CASES = 2_000;

    @Test
    void sortsStablyLikeListSort() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(4);
        for (int k = 0; k < CASES; k++) {
            sortsStablyLikeListSort(randomList(random, 0, 200, 0, 20));
        }
    }

    private static void sortsStablyLikeListSort(List<Integer> times) {
        RawBars rows = rows(times);
        int[] order = IntStream.range(0, times.size()).toArray();

        TimeOrder.sortStable(order, rows);

        List<Integer> expected = new ArrayList<>(IntStream.range(0, times.size()).boxed().toList());
        expected.sort(Comparator.comparing(times::get));
        assertThat(order).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void keepsALongestNonDecreasingRun() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(5);
        for (int k = 0; k < CASES; k++) {
            keepsALongestNonDecreasingRun(randomList(random, 0, 60, 0, 30));
        }
    }

    private static void keepsALongestNonDecreasingRun(List<Integer> times) {
        RawBars rows = rows(times);
        int[] order = IntStream.range(0, times.size()).toArray();

        boolean[] keep = TimeOrder.longestNonDecreasing(order, rows);

        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(times.get(i));
            }
        }
        assertThat(kept).isSorted();
        assertThat(kept).hasSize(longestNonDecreasingLength(times));
    }

    @Test
    void prefersEarlierRowsAmongEquallyLongRuns() {
        boolean[] keep = TimeOrder.longestNonDecreasing(new int[] {0, 1, 2, 3, 4}, rows(List.of(1, 2, 4, 3, 5)));

        assertThat(keep).containsExactly(true, true, true, false, true);
    }

    @Test
    void medianMatchesSorting() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(6);
        for (int k = 0; k < CASES; k++) {
            medianMatchesSorting(randomList(random, 1, 100, -50, 50));
        }
    }

    private static void medianMatchesSorting(List<Integer> values) {
        double[] a = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        int n = a.length;
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;

        assertThat(RobustStats.median(a, n)).isEqualTo(expected);
    }

    private static List<Integer> randomList(RandomGenerator random, int minSize, int maxSize, int min, int max) {
        int size = random.nextInt(minSize, maxSize + 1);
        List<Integer> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(random.nextInt(min, max + 1));
        }
        return values;
    }

    /** O(n^2) reference. */
    private static int longestNonDecreasingLength(List<Integer> times) {
        int[] length = new int[times.size()];
        int best = 0;
        for (int i = 0; i < times.size(); i++) {
            length[i] = 1;
            for (int j = 0; j < i; j++) {
                if (times.get(j) <= times.get(i)) {
                    length[i] = Math.max(length[i], length[j] + 1);
                }
            }
            best = Math.max(best, length[i]);
        }
        return best;
    }

    private static RawBars rows(List<Integer> times) {
        RawBars rows = new RawBars(times.size());
        for (int i = 0; i < times.size(); i++) {
            rows.add(i + 2, times.get(i), 1, 1, 1, 1, 1);
        }
        return rows;
    }
}
