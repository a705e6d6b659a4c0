package wave.engine.kernel.inbound;

import java.util.Objects;
import wave.domain.money.Currency;
import wave.domain.order.StrategyId;

/**
 * An instruction to the kernel from outside its thread (the CLI, the UI, the risk engine), applied on the kernel thread
 * in arrival order and journaled before it is applied.
 */
public sealed interface Command extends InboundEvent {
    /** Cancels every working order of every strategy, stating why. */
    record CancelAll(String reason) implements Command {
        /** Requires a reason. */
        public CancelAll {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Halts a strategy: it gets no more callbacks and its working orders are canceled. */
    record HaltStrategy(StrategyId strategy, String reason) implements Command {
        /** Requires both. */
        public HaltStrategy {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Turns reduce-only on or off for a strategy, or for the whole kernel when {@code strategy} is null: while on, the
     * pre-trade path denies orders that would increase a position ({@code REDUCE_ONLY}).
     */
    record ReduceOnly(StrategyId strategy, boolean on) implements Command {
    }

    /**
     * Halts all trading (the kill switch): the pre-trade path denies every order ({@code TRADING_HALTED}) except those
     * that only reduce a position and come from the kernel's own liquidations (margin call, end of data) or from risk
     * actions (strategy id {@value #RISK_STRATEGY}). Stays until a {@link ResumeTrading}.
     *
     * @param who    who halts (a user name, or {@code breaker:NAME} for a circuit breaker)
     * @param reason why, with the numbers that broke
     */
    record HaltTrading(String who, String reason) implements Command {
        /** Requires both. */
        public HaltTrading {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Lifts a {@link HaltTrading}: the explicit reset a halt needs, recorded (journaled) with who and why.
     *
     * @param who    who resets
     * @param reason why trading may resume
     */
    record ResumeTrading(String who, String reason) implements Command {
        /** Requires both. */
        public ResumeTrading {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Strategy id of the orders a risk engine places itself (reductions and closes on a breach). */
    String RISK_STRATEGY = "risk";

    /** Sets a strategy parameter by name; the strategy decides in {@code onParameter} whether it accepts it. */
    record SetParameter(StrategyId strategy, String name, String value) implements Command {
        /** Requires all three. */
        public SetParameter {
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Pays cash in ({@code amountRaw > 0}) or out ({@code < 0}), raw fixed point in {@code currency}. */
    record TransferCash(Currency currency, long amountRaw) implements Command {
        /** Requires a currency and a non-zero amount. */
        public TransferCash {
            Objects.requireNonNull(currency, "currency");
            if (amountRaw == 0) {
                throw new IllegalArgumentException("a cash transfer needs a non-zero amount");
            }
        }
    }

    /** Journals every strategy's own state ({@code onSave}) now, e.g. periodically in a long paper session. */
    record SaveState() implements Command {
    }

    /** Stops the event loop after the events already queued before it. */
    record Shutdown(String reason) implements Command {
        /** Requires a reason. */
        public Shutdown {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
