package wave.engine.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderInitialized;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderSubmitted;
import wave.domain.order.OrderUpdated;

/**
 * Order events as one line of trader language, for exact scenario assertions:
 * {@code 2024-01-03 O-1 filled BUY 100 @ 10.05 slippage 5}, {@code 2024-01-03 O-1 canceled: expired (DAY)}.
 * Times at midnight UTC print as dates, others as {@code 2024-01-02T14:30}; fees and slippage print when not zero.
 */
public final class EventText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private EventText() {
    }

    /** Every event as a line. */
    public static List<String> of(List<? extends OrderEvent> events) {
        return events.stream().map(EventText::of).toList();
    }

    /** One event as a line. */
    public static String of(OrderEvent event) {
        String head = time(event.tsNanos()) + " " + event.orderId() + " ";
        return head + switch (event) {
            case OrderInitialized e -> "initialized " + e.side() + " " + e.sizing() + " " + e.type();
            case OrderDenied e -> "denied " + e.reason() + ": " + e.message();
            case OrderSubmitted e -> "submitted";
            case OrderAccepted e -> "accepted";
            case OrderRejected e -> "rejected " + e.reason() + ": " + e.message();
            case OrderCanceled e -> "canceled: " + e.reason();
            case OrderUpdated e -> "updated to " + FixedPoint.formatQuantity(e.quantityRaw())
                    + (e.limitPriceRaw() > 0 ? " limit " + FixedPoint.formatPrice(e.limitPriceRaw()) : "")
                    + (e.stopPriceRaw() > 0 ? " stop " + FixedPoint.formatPrice(e.stopPriceRaw()) : "");
            case OrderFilled e -> "filled " + e.side() + " " + FixedPoint.formatQuantity(e.quantityRaw()) + " @ "
                    + FixedPoint.formatPrice(e.priceRaw())
                    + (e.commissionRaw() > 0 ? " fee " + FixedPoint.formatMoney(e.commissionRaw()) : "")
                    + (e.slippageRaw() > 0 ? " slippage " + FixedPoint.formatPrice(e.slippageRaw()) : "");
        };
    }

    private static String time(long tsNanos) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(tsNanos, 1_000_000_000L), Math.floorMod(tsNanos, 1_000_000_000L));
        return tsNanos % 86_400_000_000_000L == 0 ? DATE.format(t) : DATE_TIME.format(t);
    }
}
