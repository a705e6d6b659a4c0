package wave.alerts;

import java.time.Duration;

/**
 * How a channel retries an alert it could not deliver: up to {@code attempts} tries, waiting {@code firstBackoff} after
 * the first failure, doubling each time up to {@code maxBackoff}.
 *
 * @param attempts     tries per alert, >= 1
 * @param firstBackoff wait after the first failure, > 0
 * @param maxBackoff   longest wait, >= firstBackoff
 */
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff) {
    /** Five tries, 0.5 s then doubling up to 30 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));

    /** Validates the bounds. */
    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("alert attempts must be >= 1, got " + attempts);
        }
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("alert backoff must be > 0 and at most its maximum, got " + firstBackoff
                    + " up to " + maxBackoff);
        }
    }

    /** The wait after failed try {@code failure} (1 for the first), milliseconds. */
    long backoffMillis(int failure) {
        long millis = firstBackoff.toMillis();
        for (int i = 1; i < failure && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Math.min(millis, maxBackoff.toMillis());
    }
}
