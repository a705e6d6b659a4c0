package wave.engine.strategy;

import wave.domain.money.FixedPointOverflowException;
import wave.domain.order.StrategyId;

/**
 * A strategy's error accounting, shared by the drivers of both kinds of strategy: each exception its code throws is
 * reported, and after {@code maxErrors} the strategy is halted (also by command). An amount beyond the fixed-point
 * range ({@link FixedPointOverflowException}) is not the strategy's error but the account's: it ends the run rather
 * than leave figures that are no longer exact.
 */
final class StrategyGuard {
    private final StrategyId id;
    private final StrategyErrorListener errors;
    private final int maxErrors;
    private boolean halted;
    private int errorCount;

    StrategyGuard(StrategyId id, StrategyErrorListener errors, int maxErrors) {
        if (maxErrors < 1) {
            throw new IllegalArgumentException("maxErrors must be >= 1, got " + maxErrors);
        }
        this.id = id;
        this.errors = errors;
        this.maxErrors = maxErrors;
    }

    boolean isHalted() {
        return halted;
    }

    int errorCount() {
        return errorCount;
    }

    /** Runs a callback of the strategy unless it is halted; what it throws is a failure (not for hot paths: allocates). */
    void run(String callback, long tsNanos, Runnable action) {
        if (halted) {
            return;
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            fail(callback, tsNanos, e);
        }
    }

    /** Records a failure of a callback, halting the strategy at {@code maxErrors}. */
    void fail(String callback, long tsNanos, RuntimeException e) {
        if (e instanceof FixedPointOverflowException overflow) {
            throw overflow;
        }
        errorCount++;
        errors.onStrategyError(id, callback, tsNanos, e);
        if (errorCount >= maxErrors) {
            halt(tsNanos);
        }
    }

    /** Halts the strategy (once): no more callbacks; the kernel cancels its orders. */
    void halt(long tsNanos) {
        if (!halted) {
            halted = true;
            errors.onStrategyHalted(id, tsNanos);
        }
    }
}
