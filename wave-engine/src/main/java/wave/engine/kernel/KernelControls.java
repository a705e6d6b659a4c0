package wave.engine.kernel;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.domain.order.StrategyId;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.engine.pretrade.Denial;

/**
 * The kernel's own trading state, set by commands and checked on the pre-trade path before the pluggable check: while
 * the strategies warm up nothing is sent ({@code WARMING_UP}); a halted strategy sends nothing ({@code STRATEGY_HALTED});
 * a reduce-only strategy, or every strategy when the whole kernel is reduce-only, may only send orders that reduce a position ({@code REDUCE_ONLY}; a notional order counts as
 * increasing). While trading is halted ({@code HaltTrading}) every order is denied ({@code TRADING_HALTED}) but the
 * reductions of the kernel's liquidations and of risk actions.
 */
final class KernelControls {
    /** The kernel's own liquidations (margin call, end of data) and risk actions. */
    static final Set<StrategyId> LIQUIDATIONS = Set.of(AccountRules.MARGIN_CALL, Kernel.END_OF_DATA,
            new StrategyId(Command.RISK_STRATEGY));
    private final Set<StrategyId> reduceOnly = new HashSet<>();
    private boolean reduceOnlyAll;
    private long tradeFromNanos = Long.MIN_VALUE;

    /** Steps before {@code stepNanos} warm the strategies up: their orders are denied ({@code WARMING_UP}). */
    void tradeFrom(long stepNanos) {
        tradeFromNanos = stepNanos;
    }

    private boolean tradingHalted;

    /** Halts or resumes all trading. */
    void haltTrading(boolean on) {
        tradingHalted = on;
    }

    /** True while all trading is halted. */
    boolean isTradingHalted() {
        return tradingHalted;
    }

    /** Reduce-only on or off for one strategy, or for all when {@code strategy} is null. */
    void reduceOnly(StrategyId strategy, boolean on) {
        if (strategy == null) {
            reduceOnlyAll = on;
        } else if (on) {
            reduceOnly.add(strategy);
        } else {
            reduceOnly.remove(strategy);
        }
    }

    /** True when orders of {@code strategy} may only reduce positions. */
    boolean isReduceOnly(StrategyId strategy) {
        return reduceOnlyAll || (!reduceOnly.isEmpty() && reduceOnly.contains(strategy));
    }

    /**
     * Checks one order.
     *
     * @param quantityRaw quantity, raw, or 0 for a notional order
     * @param heldRaw     signed quantity held of the instrument, raw
     * @param halted      whether the order's strategy is halted
     * @param stepNanos   the current step's time, nanoseconds since the epoch (UTC)
     * @return null, or why it is denied
     */
    Denial check(OrderTicket ticket, long quantityRaw, long heldRaw, boolean halted, long stepNanos) {
        if (stepNanos < tradeFromNanos) {
            return new Denial(DenyReason.WARMING_UP, "the strategies warm up until "
                    + Instant.ofEpochSecond(0, tradeFromNanos) + ": no order is sent before it");
        }
        if (halted) {
            return new Denial(DenyReason.STRATEGY_HALTED, "strategy " + ticket.strategyId() + " is halted");
        }
        if (tradingHalted && !(LIQUIDATIONS.contains(ticket.strategyId()) && reduces(ticket, quantityRaw, heldRaw))) {
            return new Denial(DenyReason.TRADING_HALTED, "trading is halted: " + ticket.side() + " " + (quantityRaw == 0
                    ? ticket.sizing().toString() : FixedPoint.formatQuantity(quantityRaw)) + " " + ticket.instrument()
                    + " by " + ticket.strategyId() + " is not a liquidation");
        }
        if (isReduceOnly(ticket.strategyId())) {
            if (!reduces(ticket, quantityRaw, heldRaw)) {
                return new Denial(DenyReason.REDUCE_ONLY, (reduceOnlyAll ? "trading is" : "strategy " + ticket.strategyId()
                        + " is") + " reduce-only: " + ticket.side() + " " + (quantityRaw == 0 ? ticket.sizing().toString()
                        : FixedPoint.formatQuantity(quantityRaw)) + " " + ticket.instrument() + " with " + FixedPoint.formatQuantity(heldRaw)
                        + " held would not reduce the position");
            }
        }
        return null;
    }

    private static boolean reduces(OrderTicket ticket, long quantityRaw, long heldRaw) {
        long after = FixedPoint.addQuantity(heldRaw, ticket.side().sign() * quantityRaw, "position quantity");
        return quantityRaw != 0 && Math.abs(after) <= Math.abs(heldRaw) && Long.signum(after) != -Long.signum(heldRaw);
    }
}
