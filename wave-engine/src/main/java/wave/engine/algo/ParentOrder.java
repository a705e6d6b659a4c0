package wave.engine.algo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import wave.domain.money.FixedPoint;
import wave.domain.money.Quantity;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.engine.clock.Timer;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;

/**
 * A parent order worked by a {@link ChildSchedule}: each child is a market order sent at its time by a timer on the
 * kernel's clock, through the owner's normal order path (pre-trade check, risk engine, venue). The parent aggregates
 * its children's fills; {@link #cancel()} stops the children not yet sent and cancels those still working. Runs on the
 * kernel thread.
 */
public final class ParentOrder {
    private final OrderSide side;
    private final ChildSchedule schedule;
    private final ChildOrderRouter router;
    private final List<Timer> timers = new ArrayList<>();
    private final List<OrderTicket> children = new ArrayList<>();
    private boolean canceled;

    private ParentOrder(OrderSide side, ChildSchedule schedule, ChildOrderRouter router) {
        this.side = side;
        this.schedule = schedule;
        this.router = router;
    }

    /** Schedules every child of {@code schedule} on {@code router}'s clock. */
    public static ParentOrder start(OrderSide side, ChildSchedule schedule, ChildOrderRouter router) {
        ParentOrder parent = new ParentOrder(side, schedule, router);
        for (ChildOrder child : schedule.children()) {
            parent.timers.add(router.scheduleAt(child.atNanos(), () -> parent.send(child)));
        }
        return parent;
    }

    private void send(ChildOrder child) {
        if (!canceled) {
            children.add(router.submit(OrderRequest.market(side, Quantity.ofRaw(child.quantityRaw()))));
        }
    }

    /** Stops the children not yet sent and cancels the ones still working; what already filled stays filled. */
    public void cancel() {
        canceled = true;
        for (Timer timer : timers) {
            timer.cancel();
        }
        for (OrderTicket child : children) {
            if (child.isOpen()) {
                router.cancel(child);
            }
        }
    }

    /** The side of every child. */
    public OrderSide side() {
        return side;
    }

    /** The schedule worked. */
    public ChildSchedule schedule() {
        return schedule;
    }

    /** The children sent so far, in the order sent. */
    public List<OrderTicket> children() {
        return Collections.unmodifiableList(children);
    }

    /** True once canceled. */
    public boolean isCanceled() {
        return canceled;
    }

    /** True when no child is left to send (all sent, or canceled) and none is still working. */
    public boolean isDone() {
        if (!canceled && children.size() < schedule.children().size()) {
            return false;
        }
        for (OrderTicket child : children) {
            if (child.isOpen()) {
                return false;
            }
        }
        return true;
    }

    /** The quantity filled over all children, raw. */
    public long filledQuantityRaw() {
        long filled = 0;
        for (OrderTicket child : children) {
            filled = FixedPoint.addQuantity(filled, child.filledQuantityRaw(), "parent filled quantity");
        }
        return filled;
    }

    /** The quantity of children refused before or at the venue (denied by a pre-trade check or rejected), raw. */
    public long refusedQuantityRaw() {
        long refused = 0;
        for (OrderTicket child : children) {
            if (child.status() == OrderStatus.DENIED || child.status() == OrderStatus.REJECTED) {
                refused = FixedPoint.addQuantity(refused, child.quantityRaw(), "parent refused quantity");
            }
        }
        return refused;
    }

    /** The total of the children's fills, price x quantity, raw money (before fees, without a multiplier). */
    public long filledNotionalRaw() {
        long notional = 0;
        for (OrderTicket child : children) {
            for (OrderFilled fill : child.fills()) {
                notional = FixedPoint.addMoney(notional, FixedPoint.notional(fill.priceRaw(), fill.quantityRaw()),
                        "parent filled notional");
            }
        }
        return notional;
    }

    /** The volume-weighted average fill price of the children, raw; 0 before any fill. */
    public long averagePriceRaw() {
        long filled = filledQuantityRaw();
        return filled == 0 ? 0 : FixedPoint.priceFor(filledNotionalRaw(), filled);
    }

    /** Fees of the children's fills, raw money. */
    public long commissionRaw() {
        long fees = 0;
        for (OrderTicket child : children) {
            for (OrderFilled fill : child.fills()) {
                fees = FixedPoint.addMoney(fees, fill.commissionRaw(), "parent fees");
            }
        }
        return fees;
    }
}
