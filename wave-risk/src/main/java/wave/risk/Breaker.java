package wave.risk;

import java.util.Objects;

/**
 * One circuit breaker: when its measure reaches {@code threshold} (checked after every step) it moves trading to
 * {@code trip} (REDUCING or HALTED), takes its {@code action}, and leaves the state again as {@code resume} says.
 *
 * @param threshold      the level that trips it: a % for the loss and drawdown breakers, a count for the loss streak;
 *                       0 is off
 * @param trip           the state it moves to (REDUCING or HALTED)
 * @param action         what it does on the breach
 * @param reduceFraction for {@link Action#REDUCE}, the fraction of every position sold or bought back (0 to 1]
 * @param resume         when trading resumes by itself ({@link Resume#MANUAL}: only a reset command)
 */
public record Breaker(double threshold, TradingState trip, Action action, double reduceFraction, Resume resume) {
    /** A breaker that never trips. */
    public static final Breaker OFF = new Breaker(0, TradingState.HALTED, Action.NONE, 0, Resume.MANUAL);

    /** Checks the values. */
    public Breaker {
        Objects.requireNonNull(trip, "trip");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resume, "resume");
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("breaker threshold must be 0 (off) or positive, got " + threshold);
        }
        if (trip == TradingState.ACTIVE) {
            throw new IllegalArgumentException("a breaker trips to REDUCING or HALTED, not ACTIVE");
        }
        if (action == Action.REDUCE && !(reduceFraction > 0 && reduceFraction <= 1)) {
            throw new IllegalArgumentException("reduce fraction must be in (0, 1], got " + reduceFraction);
        }
    }

    /** True when it can trip. */
    public boolean isOn() {
        return threshold > 0;
    }

    /** What a breaker does on a breach, besides changing the state. */
    public enum Action {
        /** Nothing more. */
        NONE,
        /** Cancels every working order. */
        CANCEL_ORDERS,
        /** Cancels every working order and reduces every position by the breaker's fraction (market orders). */
        REDUCE,
        /** Cancels every working order and closes every position (market orders). */
        CLOSE_ALL
    }

    /** When a tripped breaker lets trading resume by itself. */
    public enum Resume {
        /** Only an explicit reset command ({@code ResumeTrading}, or reduce-only off) resumes. */
        MANUAL,
        /** At the start of the next trading day. */
        NEXT_DAY,
        /** At the start of the next week. */
        NEXT_WEEK
    }
}
