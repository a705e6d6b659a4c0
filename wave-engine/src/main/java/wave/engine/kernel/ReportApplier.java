package wave.engine.kernel;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderStatus;
import wave.domain.order.TradeId;
import wave.domain.order.VenueOrderId;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.port.ExecutionReport;

/**
 * Applies the reports of an asynchronous execution client, taken from the inbound queue, on the kernel thread: each
 * becomes at most one order event through the {@link OrderManager}, and a fill or update of an order whose acceptance
 * has not arrived yet first accepts it (late acknowledgement). A report that repeats or contradicts what was already
 * applied is ignored, counted ({@link IgnoredReports}) and logged, never thrown: a duplicate fill (same trade id),
 * anything arriving after the order ended (the order keeps its true final state), an unknown client order id, a fill
 * above the open quantity. A fill arriving after the order ended is logged as a warning: the venue's position then
 * differs from the kernel's until reconciled.
 */
final class ReportApplier {
    private static final System.Logger LOG = System.getLogger(ReportApplier.class.getName());

    /** What was applied of one order: its trade ids, and the venue time of its last update. */
    private static final class Applied {
        private final Set<TradeId> trades = new HashSet<>();
        private long lastUpdateNanos = Long.MIN_VALUE;
    }

    private final OrderManager orders;
    private final Map<ClientOrderId, Applied> applied = new HashMap<>();
    private long unknown;
    private long duplicate;
    private long late;
    private long inconsistent;

    ReportApplier(OrderManager orders) {
        this.orders = orders;
    }

    /** Applies one report, or ignores it (counted and logged). */
    void apply(ExecutionReport report) {
        OrderTicket ticket = orders.ticket(report.clientOrderId());
        if (ticket == null) {
            unknown++;
            LOG.log(Level.WARNING, () -> "ignored a report about an order this session never created: " + report);
            return;
        }
        VenueOrderId venueId = venueOrderId(report);
        if (venueId != null && ticket.venueOrderId() == null && ticket.isSent() && !ticket.status().isTerminal()) {
            orders.assignVenueOrderId(ticket, venueId, report.tsNanos());
        }
        switch (report) {
            case ExecutionReport.Accepted accepted -> accepted(ticket, accepted);
            case ExecutionReport.Rejected rejected -> rejected(ticket, rejected);
            case ExecutionReport.Filled filled -> filled(ticket, filled);
            case ExecutionReport.Canceled canceled -> canceled(ticket, canceled);
            case ExecutionReport.Updated updated -> updated(ticket, updated);
        }
    }

    /** The venue's id of the order a report names, or null (a rejection may come before the venue gave one). */
    private static VenueOrderId venueOrderId(ExecutionReport report) {
        return switch (report) {
            case ExecutionReport.Accepted r -> r.venueOrderId();
            case ExecutionReport.Filled r -> r.venueOrderId();
            case ExecutionReport.Canceled r -> r.venueOrderId();
            case ExecutionReport.Updated r -> r.venueOrderId();
            case ExecutionReport.Rejected r -> null;
        };
    }

    /** The counts so far. */
    IgnoredReports ignored() {
        return new IgnoredReports(unknown, duplicate, late, inconsistent);
    }

    private void accepted(OrderTicket ticket, ExecutionReport.Accepted report) {
        OrderStatus status = ticket.status();
        if (status == OrderStatus.SUBMITTED) {
            orders.accept(ticket, report.tsNanos());
        } else if (status.isTerminal()) {
            late(ticket, report);
        } else if (status == OrderStatus.INITIALIZED) {
            inconsistent(ticket, report, "the order has no quantity yet");
        } else {
            duplicate(ticket, report);
        }
    }

    private void rejected(OrderTicket ticket, ExecutionReport.Rejected report) {
        OrderStatus status = ticket.status();
        if (status.isTerminal()) {
            late(ticket, report);
        } else if (!ticket.isSent()) {
            inconsistent(ticket, report, "the order was never sent");
        } else if (status == OrderStatus.SUBMITTED || status == OrderStatus.INITIALIZED) {
            orders.reject(ticket, report.tsNanos(), report.reason(), report.message());
        } else {
            inconsistent(ticket, report, "the order was already accepted");
        }
    }

    private void filled(OrderTicket ticket, ExecutionReport.Filled report) {
        Applied state = applied.computeIfAbsent(ticket.id(), id -> new Applied());
        if (state.trades.contains(report.tradeId())) {
            duplicate(ticket, report);
        } else if (!ticket.isOpen()) {
            late++;
            LOG.log(Level.WARNING, () -> "ignored a fill of " + ticket.id() + ", which already ended " + ticket.status()
                    + "; the venue's position differs from the kernel's until reconciled: " + report);
        } else if (ticket.order() == null) {
            inconsistent(ticket, report, "the order has no quantity yet");
        } else if (report.quantityRaw() > ticket.order().openQuantityRaw()) {
            inconsistent(ticket, report, "the fill exceeds the open quantity "
                    + FixedPoint.formatQuantity(ticket.order().openQuantityRaw()));
        } else {
            state.trades.add(report.tradeId());
            acceptIfSubmitted(ticket, report.tsNanos());
            orders.fill(ticket, report.tsNanos(), report.quantityRaw(), report.priceRaw(), report.commissionRaw(),
                    report.commissionCurrency());
        }
    }

    private void canceled(OrderTicket ticket, ExecutionReport.Canceled report) {
        if (!ticket.isOpen()) {
            late(ticket, report);
        } else if (!ticket.isSent()) {
            inconsistent(ticket, report, "the order was never sent");
        } else {
            orders.cancel(ticket, report.tsNanos(), report.reason());
        }
    }

    private void updated(OrderTicket ticket, ExecutionReport.Updated report) {
        Applied state = applied.computeIfAbsent(ticket.id(), id -> new Applied());
        if (!ticket.isOpen()) {
            late(ticket, report);
        } else if (ticket.order() == null) {
            inconsistent(ticket, report, "the order has no quantity yet");
        } else if (report.tsNanos() < state.lastUpdateNanos) {
            late(ticket, report);
        } else if (report.quantityRaw() == ticket.quantityRaw() && report.limitPriceRaw() == ticket.limitPriceRaw()
                && report.stopPriceRaw() == ticket.stopPriceRaw()) {
            duplicate(ticket, report);
        } else {
            try {
                orders.checkUpdate(ticket, report.quantityRaw(), report.limitPriceRaw(), report.stopPriceRaw());
            } catch (IllegalArgumentException e) {
                inconsistent(ticket, report, e.getMessage());
                return;
            }
            state.lastUpdateNanos = report.tsNanos();
            acceptIfSubmitted(ticket, report.tsNanos());
            orders.update(ticket, report.tsNanos(), report.quantityRaw(), report.limitPriceRaw(), report.stopPriceRaw());
        }
    }

    /** A venue that fills or modifies an order accepted it, even if its acceptance has not arrived yet. */
    private void acceptIfSubmitted(OrderTicket ticket, long tsNanos) {
        if (ticket.status() == OrderStatus.SUBMITTED) {
            orders.accept(ticket, tsNanos);
        }
    }

    private void duplicate(OrderTicket ticket, ExecutionReport report) {
        duplicate++;
        LOG.log(Level.DEBUG, () -> "ignored a duplicate report about " + ticket.id() + " (" + ticket.status() + "): " + report);
    }

    private void late(OrderTicket ticket, ExecutionReport report) {
        late++;
        LOG.log(Level.DEBUG, () -> "ignored a late report about " + ticket.id() + " (" + ticket.status() + "): " + report);
    }

    private void inconsistent(OrderTicket ticket, ExecutionReport report, String why) {
        inconsistent++;
        LOG.log(Level.WARNING, () -> "ignored a report about " + ticket.id() + " (" + ticket.status() + "): " + why + ": "
                + report);
    }
}
