package wave.risk;

import wave.engine.kernel.inbound.Command;

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
}
