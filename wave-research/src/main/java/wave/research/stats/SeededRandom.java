package wave.research.stats;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** The seeded random generator of Wave's resampling: the same seed gives the same draws on every JVM. */
public final class SeededRandom {
    /** The algorithm, a {@link java.util.random} LXM generator whose output the JDK specifies. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private SeededRandom() {
    }

    /** A new {@value #ALGORITHM} generator started from {@code seed}. */
    public static RandomGenerator of(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }
}
