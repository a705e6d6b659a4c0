package wave.engine.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.Quantity;
import wave.domain.order.OrderEvent;
import wave.domain.order.StrategyId;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.indicators.BarIndicator;
import wave.indicators.PriceField;

/**
 * A strategy across many instruments (rebalancing, rotation, pairs): it sees every step's bars at once
 * ({@link #onStep(Slice)}) and trades by target weights ({@link #setTargetWeights}, {@link #setHoldings}), which an
 * execution model turns into orders, sales before purchases (LEAN's {@code SetHoldings}). Its orders cross the same
 * pre-trade check as any other. Time comes from the kernel's clock.
 *
 * @param <P> the parameter record
 */
public abstract non-sealed class PortfolioStrategy<P extends Record> extends StrategyBase<P> {
    private final List<OrderTicket> working = new ArrayList<>();
    private final Map<InstrumentId, List<BarIndicator>> indicators = new HashMap<>();
    private final Map<InstrumentId, BarHistory> histories = new HashMap<>();
    private int historyDepth;
    private List<InstrumentId> universe;

    /** A strategy with its parameters. */
    protected PortfolioStrategy(P params) {
        super(params);
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

    /** Signed quantity held of an instrument, raw fixed point. */
    protected final long positionRaw(InstrumentId instrument) {
        return context().position(instrument).quantityRaw();
    }

    /**
     * The last {@code n} values of {@code field} of an instrument's bars, oldest first; fewer while fewer bars have been
     * seen (a new array per call).
     *
     * @throws IllegalArgumentException if {@code n} exceeds what {@link #keepHistory} keeps
     */
    protected final double[] history(InstrumentId instrument, PriceField field, int n) {
        if (n > historyDepth) {
            throw new IllegalArgumentException("history of " + n + " bars asked, " + historyDepth
                    + " kept: call keepHistory(" + n + ") in the constructor");
        }
        BarHistory history = histories.get(instrument);
        return history == null ? new double[0] : history.last(field, n);
    }

    // ---- registration -------------------------------------------------------------------------------------

    /**
     * Registers an indicator of one instrument, fed with each of its bars before {@link #onStep}; returns it.
     * Indicators of the universe's instruments are usually registered in {@link #onStart}, once the universe is known.
     */
    protected final <I extends BarIndicator> I indicator(InstrumentId instrument, I indicator) {
        indicators.computeIfAbsent(instrument, i -> new ArrayList<>()).add(Objects.requireNonNull(indicator, "indicator"));
        return indicator;
    }

    /** Keeps the last {@code bars} bars of every instrument for {@link #history}. */
    protected final void keepHistory(int bars) {
        if (bars < 1) {
            throw new IllegalArgumentException("history depth must be >= 1 bar, got " + bars);
        }
        historyDepth = Math.max(historyDepth, bars);
        histories.clear();
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
        for (TargetWeights.Delta d : TargetWeights.orders(weights, context().holdingsOf(id()), context().capitalRaw(id()),
                i -> context().position(i).instrument(), pending)) {
            working.add(context().submit(id(), d.instrument(), OrderRequest.market(d.side(), Quantity.ofRaw(d.quantityRaw()))));
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
        bindBase(value, kernel);
        this.universe = List.copyOf(instruments);
    }

    /** Feeds the step's bars to the instruments' indicators and histories, before {@link #onStep}. */
    final void feed(Slice slice) {
        for (int i = 0; i < slice.size(); i++) {
            Bar bar = slice.bar(i);
            List<BarIndicator> own = indicators.get(bar.instrument());
            if (own != null) {
                for (BarIndicator indicator : own) {
                    indicator.update(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
                }
            }
            if (historyDepth > 0) {
                histories.computeIfAbsent(bar.instrument(), k -> new BarHistory(historyDepth)).add(bar);
            }
        }
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
