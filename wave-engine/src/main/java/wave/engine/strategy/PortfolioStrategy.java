package wave.engine.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Quantity;
import wave.domain.order.OrderEvent;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.PortfolioView;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;

/**
 * A strategy across many instruments (rebalancing, rotation, pairs): it sees every step's bars at once
 * ({@link #onStep(Slice)}) and trades by target weights ({@link #setTargetWeights}, {@link #setHoldings}), which an
 * execution model turns into orders, sales before purchases (LEAN's {@code SetHoldings}). Its orders cross the same
 * pre-trade check as any other. Time comes from the kernel's clock.
 *
 * @param <P> the parameter record
 */
public abstract class PortfolioStrategy<P extends Record> {
    private final P params;
    private final List<OrderTicket> working = new ArrayList<>();
    private StrategyId id;
    private List<InstrumentId> universe;
    private StrategyContext context;

    /** A strategy with its parameters. */
    protected PortfolioStrategy(P params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    /** The parameters. */
    public final P params() {
        return params;
    }

    /** The strategy's id in the session. */
    public final StrategyId id() {
        return id;
    }

    /** Called once before the first step. */
    protected void onStart() {
    }

    /** Called at every step with the bars that became known then. */
    protected abstract void onStep(Slice slice);

    /** Called for every event of this strategy's orders. */
    protected void onOrderEvent(OrderEvent event) {
    }

    /** Called once after the last step. */
    protected void onStop() {
    }

    // ---- queries ------------------------------------------------------------------------------------------

    /** The instruments this strategy trades, in data order. */
    protected final List<InstrumentId> universe() {
        return universe;
    }

    /** Current time on the kernel's clock, nanoseconds since the epoch (UTC). */
    protected final long nowNanos() {
        return context.nowNanos();
    }

    /** The account (read only). */
    protected final PortfolioView portfolio() {
        return context.portfolio();
    }

    /** Signed quantity held of an instrument, raw fixed point. */
    protected final long positionRaw(InstrumentId instrument) {
        return context.position(instrument).quantityRaw();
    }

    // ---- orders -------------------------------------------------------------------------------------------

    /**
     * Moves the named instruments to their target weights of equity (in [-1, 1]; 0 sells out), leaving the others as
     * they are: sales first, then purchases, as market orders filled at the next open.
     */
    protected final void setTargetWeights(Map<InstrumentId, Double> weights) {
        working.removeIf(t -> !t.isOpen());
        Map<InstrumentId, Long> pending = new HashMap<>();
        for (OrderTicket t : working) {
            long remaining = t.quantityRaw() - t.filledQuantityRaw();
            pending.merge(t.instrument(), t.side().sign() * remaining, Long::sum);
        }
        for (TargetWeights.Delta d : TargetWeights.orders(weights, context.portfolio(), i -> context.position(i).instrument(),
                pending)) {
            working.add(context.submit(id, d.instrument(), OrderRequest.market(d.side(), Quantity.ofRaw(d.quantityRaw()))));
        }
    }

    /** Moves one instrument to a target weight of equity, leaving the others as they are. */
    protected final void setHoldings(InstrumentId instrument, double weight) {
        setTargetWeights(Map.of(instrument, weight));
    }

    /** Sells (or buys back) every position of the universe. */
    protected final void liquidate() {
        Map<InstrumentId, Double> flat = new LinkedHashMap<>();
        for (InstrumentId instrument : universe) {
            flat.put(instrument, 0.0);
        }
        setTargetWeights(flat);
    }

    // ---- framework hooks (PortfolioDriver) ---------------------------------------------------------------------

    final void bind(StrategyId value, List<InstrumentId> instruments, StrategyContext kernel) {
        if (this.context != null) {
            throw new IllegalStateException("strategy " + this.id + " is already bound");
        }
        this.id = value;
        this.universe = List.copyOf(instruments);
        this.context = kernel;
    }

    final void start() {
        onStart();
    }

    final void step(Slice slice) {
        onStep(slice);
    }

    final void orderEvent(OrderEvent event) {
        onOrderEvent(event);
    }

    final void stop() {
        onStop();
    }
}
