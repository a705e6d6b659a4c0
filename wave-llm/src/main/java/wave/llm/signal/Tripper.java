package wave.llm.signal;

/**
 * Trips the breaker any component may trip (the risk engine's {@code trip(who, reason)}, wired by the app): trading
 * halts until a person resumes it.
 */
@FunctionalInterface
public interface Tripper {
    /** Trips the breaker. */
    void trip(String who, String reason);
}
