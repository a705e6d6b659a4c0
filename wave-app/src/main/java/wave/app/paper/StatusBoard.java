package wave.app.paper;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderRejected;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;
import wave.domain.signal.Signal;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.KernelListener;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;

/**
 * Keeps the {@link StatusSnapshot} of a running session for other threads: the kernel thread publishes a new one after
 * each command and order event, and after a step at most every {@value #STEP_PUBLISH_MS} ms, so that reading the
 * status never touches the kernel's state from another thread.
 */
public final class StatusBoard implements KernelListener {
    /** Least wall-clock time between two snapshots published after bars alone, milliseconds. */
    public static final long STEP_PUBLISH_MS = 100;
    private static final int KEPT = 10;

    private final String session;
    private final Kernel kernel;
    private final Supplier<String> riskState;
    private final AtomicReference<StatusSnapshot> current = new AtomicReference<>();
    private final Map<ClientOrderId, StatusSnapshot.Order> open = new LinkedHashMap<>();
    private final Deque<String> refusals = new ArrayDeque<>();
    private final Deque<String> signals = new ArrayDeque<>();
    private String trading = "running";
    private long bars;
    private long lastNanos = Long.MIN_VALUE;
    private long lastPublished = Long.MIN_VALUE;
    private boolean stopped;

    /**
     * @param riskState the risk engine's state, read on the kernel thread ({@code () -> "off"} without one)
     */
    public StatusBoard(String session, Kernel kernel, Supplier<String> riskState) {
        this.session = session;
        this.kernel = kernel;
        this.riskState = riskState;
        for (OrderTicket t : kernel.orders().tickets()) {
            track(t);
        }
        publish();
    }

    /** The latest snapshot (any thread). */
    public StatusSnapshot current() {
        return current.get();
    }

    @Override
    public void onStep(long tsNanos) {
        bars++;
        lastNanos = tsNanos;
        if (System.nanoTime() - lastPublished >= STEP_PUBLISH_MS * 1_000_000L) {
            publish();
        }
    }

    @Override
    public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
        track(ticket);
        if (event instanceof OrderDenied denied) {
            keep(refusals, time(denied.tsNanos()) + " " + denied.orderId() + " denied (" + denied.reason() + "): " + denied.message());
        } else if (event instanceof OrderRejected rejected) {
            keep(refusals, time(rejected.tsNanos()) + " " + rejected.orderId() + " rejected (" + rejected.reason() + "): " + rejected.message());
        }
        publish();
    }

    @Override
    public void onSignal(Signal signal) {
        keep(signals, time(signal.asOfNanos()) + " " + signal.source() + " " + signal.instrument() + " " + signal.direction()
                + " strength " + signal.strength() + " confidence " + signal.confidence());
        publish();
    }

    /** Called before the kernel applies the command: a halt or a resume is shown from the command itself. */
    @Override
    public void onCommand(Command command, long tsNanos) {
        switch (command) {
            case Command.HaltTrading h -> trading = "halted by " + h.who() + ": " + h.reason();
            case Command.ResumeTrading r -> trading = "running";
            default -> { }
        }
        publish();
    }

    @Override
    public void onEnd(long tsNanos) {
        stopped = true;
        publish();
    }

    private void publish() {
        lastPublished = System.nanoTime();
        PortfolioView portfolio = kernel.portfolio();
        List<StatusSnapshot.Position> positions = new ArrayList<>();
        for (PositionView p : portfolio.positions()) {
            if (!p.isFlat()) {
                positions.add(new StatusSnapshot.Position(p.instrumentId().toString(), FixedPoint.formatQuantity(p.quantityRaw()),
                        FixedPoint.formatPrice(p.markRaw()), FixedPoint.formatMoney(p.marketValueRaw())));
            }
        }
        current.set(new StatusSnapshot(session, lastNanos == Long.MIN_VALUE ? "" : time(lastNanos), bars,
                portfolio.baseCurrency().code(), FixedPoint.formatMoney(portfolio.equityRaw()), FixedPoint.formatMoney(portfolio.cashRaw()),
                trading, riskState.get(), positions, List.copyOf(open.values()), List.copyOf(refusals), List.copyOf(signals), stopped));
    }

    /** Keeps the line of an open order up to date (one line per order: a snapshot copies them, never rebuilds them). */
    private void track(OrderTicket t) {
        if (t.isOpen()) {
            open.put(t.id(), new StatusSnapshot.Order(t.id().toString(), t.strategyId().value(), t.instrument().toString(), t.side().name(),
                    t.type().name(), t.quantityRaw() == 0 ? "" : FixedPoint.formatQuantity(t.quantityRaw()),
                    FixedPoint.formatQuantity(t.filledQuantityRaw()), t.status().name()));
        } else {
            open.remove(t.id());
        }
    }

    private static void keep(Deque<String> lines, String line) {
        lines.addLast(line);
        if (lines.size() > KEPT) {
            lines.removeFirst();
        }
    }

    private static String time(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }
}
