package wave.risk;

import wave.engine.kernel.inbound.Command;

/** How the risk engine acts on the kernel: commands (journaled by the kernel) and reductions of every position. */
public interface RiskActions {
    /** Applies a command on the kernel thread now ({@code HaltTrading}, {@code ResumeTrading}, {@code ReduceOnly}, ...). */
    void apply(Command command);

    /**
     * Sends market orders (strategy id {@value Command#RISK_STRATEGY}) that reduce every open position by
     * {@code fraction} of its quantity, rounded down to whole lots (1: close every position).
     */
    void reducePositions(double fraction);
}
