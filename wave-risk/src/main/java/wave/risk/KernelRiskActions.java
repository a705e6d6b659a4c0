package wave.risk;

import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.PositionView;
import wave.engine.clock.TimerCallback;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.pretrade.OrderGate;

/** {@link RiskActions} on a {@link Kernel}, called on its thread. */
public final class KernelRiskActions implements RiskActions {
    private static final StrategyId RISK = new StrategyId(Command.RISK_STRATEGY);
    private final Kernel kernel;

    /** Actions on {@code kernel}. */
    public KernelRiskActions(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void apply(Command command) {
        kernel.apply(command, kernel.nowNanos());
    }

    @Override
    public Runnable schedule(long atNanos, Command command) {
        return kernel.scheduleCommand(atNanos, command)::cancel;
    }

    @Override
    public void useOrderGate(OrderGate gate) {
        kernel.useOrderGate(gate);
    }

    @Override
    public void release(OrderTicket ticket, long quantityRaw, long notionalRaw) {
        kernel.release(ticket, quantityRaw, notionalRaw);
    }

    @Override
    public Runnable scheduleCallback(long atNanos, TimerCallback callback) {
        return kernel.scheduleCallback(atNanos, callback)::cancel;
    }

    @Override
    public void reducePositions(double fraction) {
        for (PositionView p : kernel.portfolio().positions()) {
            long held = p.quantityRaw();
            long quantity = fraction >= 1 ? Math.abs(held)
                    : p.instrument().roundDownToLot(FixedPoint.timesRatio(Math.abs(held), FixedPoint.ratioFromDouble(fraction)));
            if (quantity > 0) {
                kernel.submit(RISK, p.instrumentId(), held > 0 ? OrderSide.SELL : OrderSide.BUY, OrderType.MARKET,
                        new Sizing.Fixed(quantity), 0, 0, TimeInForce.GTC);
            }
        }
    }
}
