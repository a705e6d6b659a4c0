package wave.engine.order;

import java.util.Objects;

/**
 * The three orders of a bracket: an entry and two exits, a stop-loss (a stop order) and a take-profit (a limit
 * order) on the other side. The exits wait, unsized, until the entry fills; each fill of the entry sends them (or
 * resizes them) for the quantity filled so far, and they form an OCO pair: when one fills, the other is canceled.
 * When an exit fills, what is left of the entry is canceled too; when the entry ends without any fill, so do the
 * exits.
 *
 * @param entry      the entry order
 * @param stopLoss   the protective stop
 * @param takeProfit the profit-taking limit
 */
public record BracketTicket(OrderTicket entry, OrderTicket stopLoss, OrderTicket takeProfit) {
    /** Requires the three tickets. */
    public BracketTicket {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(stopLoss, "stopLoss");
        Objects.requireNonNull(takeProfit, "takeProfit");
    }

    /** True while any of the three may still fill. */
    public boolean isOpen() {
        return entry.isOpen() || stopLoss.isOpen() || takeProfit.isOpen();
    }
}
