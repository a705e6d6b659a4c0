package wave.engine.pretrade;

/**
 * The stage every order crosses before it is sent, whatever placed it (strategy helpers, bracket and OCO legs, margin
 * liquidation, the close at the end of a backtest, and later signals, the risk engine and the UI). The kernel calls it
 * on its own thread with the order's full terms; a denied order becomes {@code OrderDenied} and is never sent.
 * Implementations must not keep the request (its ticket is live) and must not block.
 */
@FunctionalInterface
public interface PreTradeCheck {
    /** Lets every order through. */
    PreTradeCheck ACCEPT_ALL = request -> null;

    /**
     * Decides on one order.
     *
     * @return null to let it through, else why it is denied
     */
    Denial check(PreTradeRequest request);

    /** This check, then {@code next} when this one lets the order through. */
    default PreTradeCheck then(PreTradeCheck next) {
        return request -> {
            Denial denial = check(request);
            return denial != null ? denial : next.check(request);
        };
    }
}
