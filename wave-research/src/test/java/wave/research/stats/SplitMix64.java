package wave.research.stats;

import java.util.random.RandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood 2014) with {@code nextInt(bound) = next() mod bound} (unsigned): the simple
 * generator that {@code reference.py} implements too, so that a bootstrap here and there resamples the same indices.
 */
final class SplitMix64 implements RandomGenerator {
    private long state;

    SplitMix64(long seed) {
        state = seed;
    }

    @Override
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public int nextInt(int bound) {
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }
}
