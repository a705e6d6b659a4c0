package wave.alerts;

import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;

/** The alerts of trading events, worded once for every channel. */
public final class TradingAlerts {
    private TradingAlerts() {
    }

    /** {@code FILL O-7 BUY 150 ACME.SIM @ 11}, with the fee. */
    public static Alert fill(OrderFilled fill) {
        return new Alert(AlertKind.FILL, fill.tsNanos(), "FILL " + fill.orderId() + " " + fill.side() + " "
                + FixedPoint.formatQuantity(fill.quantityRaw()) + " " + fill.instrument() + " @ "
                + FixedPoint.formatPrice(fill.priceRaw()),
                "fee " + FixedPoint.formatMoney(fill.commissionRaw()) + " " + fill.commissionCurrency().code());
    }

    /** {@code REFUSED O-3 ACME.SIM: denied RISK_LIMIT}, with the check's message. */
    public static Alert denied(OrderDenied denied, InstrumentId instrument) {
        return new Alert(AlertKind.REFUSAL, denied.tsNanos(), "REFUSED " + denied.orderId() + " " + instrument + ": denied "
                + denied.reason(), denied.message());
    }

    /** {@code REFUSED O-3 ACME.SIM: rejected INSUFFICIENT_FUNDS}, with the venue's message. */
    public static Alert rejected(OrderRejected rejected, InstrumentId instrument) {
        return new Alert(AlertKind.REFUSAL, rejected.tsNanos(), "REFUSED " + rejected.orderId() + " " + instrument
                + ": rejected " + rejected.reason(), rejected.message());
    }

    /** {@code BREAKER breaker:daily_loss: ACTIVE -> HALTED}, with the reason and its numbers. */
    public static Alert breaker(long tsNanos, String who, String from, String to, String reason) {
        return new Alert(AlertKind.BREAKER, tsNanos, "BREAKER " + who + ": " + from + " -> " + to, reason);
    }

    /** {@code KILL SWITCH: trading halted by ops} (or resumed), with the reason given. */
    public static Alert killSwitch(long tsNanos, boolean halted, String who, String reason) {
        return new Alert(AlertKind.KILL_SWITCH, tsNanos, "KILL SWITCH: trading " + (halted ? "halted" : "resumed") + " by "
                + who, reason);
    }

    /** {@code DAILY 2024-03-12: equity 100,512.3}, with cash, fills and refusals of the day. */
    public static Alert dailySummary(long tsNanos, String date, long equityRaw, long cashRaw, int fills, int refusals) {
        return new Alert(AlertKind.DAILY_SUMMARY, tsNanos, "DAILY " + date + ": equity " + FixedPoint.formatGroupedMoney(equityRaw),
                "cash " + FixedPoint.formatGroupedMoney(cashRaw) + ", " + fills + (fills == 1 ? " fill" : " fills") + ", "
                        + refusals + (refusals == 1 ? " refusal" : " refusals"));
    }

    /** {@code ERROR sma-cross-ACME: onBar threw IllegalStateException}, with its message. */
    public static Alert error(long tsNanos, String source, String what, String message) {
        return new Alert(AlertKind.ERROR, tsNanos, "ERROR " + source + ": " + what, message == null ? "" : message);
    }
}
