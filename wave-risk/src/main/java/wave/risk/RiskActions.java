package wave.risk;

import wave.engine.clock.TimerCallback;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.engine.pretrade.OrderGate;

/** How the risk engine acts on the kernel: commands (journaled by the kernel) and reductions of every position. */
public interface RiskActions {
    /** Applies a command on the kernel thread now ({@code HaltTrading}, {@code ResumeTrading}, {@code ReduceOnly}, ...). */
    void apply(Command command);

    /**
     * Applies a command at {@code atNanos} on the kernel's clock (before the first data step at or after it).
     *
     * @return withdraws the command if it has not been applied yet
     */
    Runnable schedule(long atNanos, Command command);

    /**
     * Sends market orders (strategy id {@value Command#RISK_STRATEGY}) that reduce every open position by
     * {@code fraction} of its quantity, rounded down to whole lots (1: close every position).
     */
    void reducePositions(double fraction);

    /**
     * Asks {@code gate} before each order's pre-trade check whether to hold it (the venue queue of
     * {@code venue_rate_mode = "queue"} or {@code "pace"}).
     *
     * @throws UnsupportedOperationException if these actions cannot hold orders (a kernel's can)
     */
    default void useOrderGate(OrderGate gate) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot hold orders");
    }

    /**
     * Sends an order the gate held, now, through the whole pre-trade path.
     *
     * @throws UnsupportedOperationException if these actions cannot hold orders (a kernel's can)
     */
    default void release(OrderTicket ticket, long quantityRaw, long notionalRaw) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot hold orders");
    }

    /**
     * Runs {@code callback} once at {@code atNanos} on the kernel's clock, on its thread.
     *
     * @return withdraws the callback if it has not run yet
     * @throws UnsupportedOperationException if these actions have no clock (a kernel's have)
     */
    default Runnable scheduleCallback(long atNanos, TimerCallback callback) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot schedule callbacks");
    }
}
