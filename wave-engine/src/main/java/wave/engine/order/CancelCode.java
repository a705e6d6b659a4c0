package wave.engine.order;

/**
 * The machine-readable code of an {@code OrderCanceled} reason, read from the reason's text (the venue, the kernel and
 * the ports pass cancel reasons as text): e.g. {@code expired (DAY)} is {@link #EXPIRED}, {@code end of data} is
 * {@link #END_OF_DATA}. Codes are the names of this enum; {@link #CANCELED} when no other applies.
 */
public enum CancelCode {
    /** A DAY or GTD order whose time was up. */
    EXPIRED("expired"),
    /** Still working when the data ended. */
    END_OF_DATA("end of data"),
    /** Its one-cancels-other sibling filled. */
    OCO("OCO:"),
    /** Its bracket ended (the entry was canceled, or the other exit filled). */
    BRACKET("bracket"),
    /** The strategy canceled it. */
    BY_STRATEGY("canceled by strategy"),
    /** An operator's cancel-all command. */
    CANCEL_ALL("cancel all"),
    /** A split of its instrument. */
    CORPORATE_ACTION("corporate action"),
    /** The account's cash could not pay for the fill (price moved by slippage, or other fills spent the cash). */
    INSUFFICIENT_CASH_AT_FILL("insufficient cash at fill"),
    /** The fill would have opened a short position in an account without short sales. */
    SHORT_AT_FILL("sell of "),
    /** Fill-or-kill that could not fill entirely on arrival. */
    FOK_NOT_FILLED("FOK:"),
    /** Immediate-or-cancel rest not filled on arrival. */
    IOC_NOT_FILLED("IOC:"),
    /** Market-on-open or market-on-close rest not filled in its auction. */
    AUCTION_NOT_FILLED("MARKET_ON_"),
    /** Any other reason. */
    CANCELED("");

    private final String prefix;

    CancelCode(String prefix) {
        this.prefix = prefix;
    }

    /** The code of a cancel reason's text. */
    public static String of(String reason) {
        for (CancelCode code : values()) {
            if (reason.startsWith(code.prefix)) {
                return code.name();
            }
        }
        return CANCELED.name();
    }

    /** True for a cancel at the fill that refused the order (cash or short sale), as a rejection would have. */
    public static boolean isRefusal(String code) {
        return INSUFFICIENT_CASH_AT_FILL.name().equals(code) || SHORT_AT_FILL.name().equals(code);
    }
}
