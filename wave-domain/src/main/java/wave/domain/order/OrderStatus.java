package wave.domain.order;

/** Lifecycle state of an order; see {@link Order#apply(OrderEvent)} for the transitions. */
public enum OrderStatus {
    /** Created by the strategy, not yet sent. */
    INITIALIZED,
    /** Sent to the venue. */
    SUBMITTED,
    /** Working at the venue. */
    ACCEPTED,
    /** Some quantity filled, the rest working. */
    PARTIALLY_FILLED,
    /** Entirely filled (terminal). */
    FILLED,
    /** Canceled before being entirely filled (terminal). */
    CANCELED,
    /** Refused by the venue (terminal). */
    REJECTED,
    /** Refused by the pre-trade check before it was sent (terminal). */
    DENIED;

    /** True for states no event can leave. */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == REJECTED || this == DENIED;
    }

    /** True while the order may still fill. */
    public boolean isWorking() {
        return this == SUBMITTED || this == ACCEPTED || this == PARTIALLY_FILLED;
    }
}
