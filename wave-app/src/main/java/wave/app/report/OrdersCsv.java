package wave.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import wave.engine.order.OrderTicket;

/**
 * Writes {@code orders.csv}: every order of a run in placement order with how it ended, so that no refusal is silent.
 * Columns: {@code order_id, time} (when it was placed), {@code strategy, instrument, side, type, time_in_force},
 * {@code sizing} (as requested: {@code fixed:100}, {@code percent:10}, {@code all-in}), {@code quantity} (as requested or
 * sized; empty for a notional order refused before it was sized), {@code filled_quantity}, {@code status} (FILLED, CANCELED,
 * DENIED, REJECTED, ...), {@code reason_code} (the {@code DenyReason} or {@code RejectReason} name, or a
 * {@code CancelCode}; empty for a filled order) and {@code reason} (the message naming the numbers).
 */
public final class OrdersCsv {
    /** The header row. */
    public static final String HEADER = "order_id,time,strategy,instrument,side,type,time_in_force,sizing,quantity,"
            + "filled_quantity,status,reason_code,reason";

    private OrdersCsv() {
    }

    /**
     * Writes the orders to {@code out} (closed afterwards).
     *
     * @param dateOnly times as {@code yyyy-MM-dd} (daily and longer bars) rather than date and time
     */
    public static void write(List<OrderTicket> tickets, OutputStream out, boolean dateOnly) throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text(HEADER).newline();
            for (OrderTicket t : tickets) {
                w.text(t.id().toString()).comma().timestamp(t.placedNanos(), dateOnly).comma().text(quoted(t.strategyId().toString()))
                        .comma().text(t.instrument().toString()).comma().text(t.side().name()).comma().text(t.type().name())
                        .comma().text(t.timeInForce().name()).comma().text(t.sizing().toString()).comma();
                if (t.quantityRaw() > 0) {
                    w.quantity(t.quantityRaw());
                }
                w.comma().quantity(t.filledQuantityRaw()).comma().text(t.status().name()).comma().text(t.reasonCode()).comma()
                        .text(quoted(t.reason())).newline();
            }
        }
    }

    /** A CSV field: quoted (inner quotes doubled) when it holds a comma or a quote; other characters than printable ASCII as ?. */
    static String quoted(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c >= 0x20 && c <= 0x7e && c != ',' && c != '"';
        }
        if (plain) {
            return text; // the common case: nothing to replace, nothing allocated
        }
        StringBuilder ascii = new StringBuilder(text.length() + 2);
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                ascii.append('?');
            } else {
                quote |= c == ',' || c == '"';
                ascii.append(c);
                if (c == '"') {
                    ascii.append('"');
                }
            }
        }
        return quote ? "\"" + ascii + "\"" : ascii.toString();
    }
}
