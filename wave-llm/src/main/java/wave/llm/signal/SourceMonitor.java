package wave.llm.signal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Watches signal sources and trips the breaker when one fails repeatedly ({@code maxConsecutiveFailures} requests in
 * a row without a signal) or decays (over its last {@code window} resolved signals, a directional hit rate below
 * {@code minHitRate}). Each source trips once, as {@code signal-source:NAME}; the breaker then stays until a person
 * resumes trading.
 */
public final class SourceMonitor {
    private final int maxConsecutiveFailures;
    private final int window;
    private final double minHitRate;
    private final Tripper tripper;
    private final Map<String, Integer> failures = new HashMap<>();
    private final Map<String, Deque<Boolean>> hits = new HashMap<>();
    private final Set<String> tripped = new HashSet<>();

    /**
     * A monitor.
     *
     * @param maxConsecutiveFailures failures in a row that trip (at least 1)
     * @param window                 resolved signals the hit rate is measured over (at least 1)
     * @param minHitRate             hit rate in [0, 1] below which a full window trips
     */
    public SourceMonitor(int maxConsecutiveFailures, int window, double minHitRate, Tripper tripper) {
        if (maxConsecutiveFailures < 1 || window < 1 || !(minHitRate >= 0 && minHitRate <= 1)) {
            throw new IllegalArgumentException("failures and window must be at least 1 and the hit rate in [0, 1], got "
                    + maxConsecutiveFailures + ", " + window + ", " + minHitRate);
        }
        this.maxConsecutiveFailures = maxConsecutiveFailures;
        this.window = window;
        this.minHitRate = minHitRate;
        this.tripper = Objects.requireNonNull(tripper, "tripper");
    }

    /** The source gave a signal. */
    public synchronized void success(String source) {
        failures.put(source, 0);
    }

    /** The source gave no signal; {@code reason} says why (e.g. the analyst's failure). */
    public synchronized void failure(String source, String reason) {
        int count = failures.merge(source, 1, Integer::sum);
        if (count >= maxConsecutiveFailures) {
            trip(source, count + " failures in a row, the last: " + reason);
        }
    }

    /** A signal of the source reached its horizon; {@code hit} when the price moved the way it said. */
    public synchronized void resolved(String source, boolean hit) {
        Deque<Boolean> last = hits.computeIfAbsent(source, s -> new ArrayDeque<>());
        last.addLast(hit);
        if (last.size() > window) {
            last.removeFirst();
        }
        if (last.size() == window) {
            long count = last.stream().filter(h -> h).count();
            double rate = (double) count / window;
            if (rate < minHitRate) {
                trip(source, "hit rate " + count + " of the last " + window + " signals (" + Math.round(rate * 100)
                        + "%), below " + Math.round(minHitRate * 100) + "%");
            }
        }
    }

    /** Whether the source has tripped the breaker. */
    public synchronized boolean hasTripped(String source) {
        return tripped.contains(source);
    }

    private void trip(String source, String reason) {
        if (tripped.add(source)) {
            tripper.trip("signal-source:" + source, reason);
        }
    }
}
