package wave.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import wave.domain.order.OrderFilled;
import wave.domain.tax.LotSelector;
import wave.domain.tax.TaxLot;
import wave.domain.tax.TaxLotLedger;
import wave.engine.backtest.BacktestResult;
import wave.engine.kernel.CorporateActionApplied;

/**
 * Writes {@code tax-lots.csv}: each closed lot with {@code instrument}, {@code side} ({@code long}, or {@code short}
 * for a lot opened by a sale), {@code open_time}, {@code close_time}, {@code quantity}, {@code cost_basis} (purchase
 * notional plus its fees), {@code proceeds} (sale notional less its fees), {@code gain} (proceeds less cost basis),
 * {@code open_order} and {@code close_order} ({@code cash-in-lieu} for the fraction of a split paid in cash), money in
 * the quote currency; lots in the order they closed. Positions
 * still open at the end have no row. See {@link TaxLotLedger} for the lot methods and how fees are allocated.
 */
public final class TaxLotsCsv {
    /** The header row. */
    public static final String HEADER = "instrument,side,open_time,close_time,quantity,cost_basis,proceeds,gain,open_order,close_order";

    private TaxLotsCsv() {
    }

    /**
     * The closed lots of a backtest under {@code selector}: its fills, with the splits applied on their ex-dates (a
     * fraction paid in cash in lieu closes as a lot of its own).
     */
    public static List<TaxLot> lots(BacktestResult result, LotSelector selector) {
        TaxLotLedger ledger = new TaxLotLedger(selector, id -> result.portfolio().position(id).instrument());
        List<CorporateActionApplied> actions = result.corporateActions();
        int next = 0;
        for (OrderFilled fill : result.fills()) {
            for (; next < actions.size() && actions.get(next).tsNanos() <= fill.tsNanos(); next++) {
                CorporateActionApplied action = actions.get(next);
                if (action.isSplit()) {
                    ledger.split(action.instrument(), action.splitRatioRaw(), action.quantityAfterRaw(), action.cashRaw(),
                            action.tsNanos());
                }
            }
            ledger.apply(fill);
        }
        return ledger.closed();
    }

    /**
     * Writes the lots to {@code out} (closed afterwards).
     *
     * @param dateOnly times as {@code yyyy-MM-dd} (daily and longer bars) rather than date and time
     */
    public static void write(List<TaxLot> lots, OutputStream out, boolean dateOnly) throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text(HEADER).newline();
            for (TaxLot lot : lots) {
                w.text(lot.instrument().toString()).comma().text(lot.side().name().toLowerCase(Locale.ROOT)).comma()
                        .timestamp(lot.openTsNanos(), dateOnly).comma().timestamp(lot.closeTsNanos(), dateOnly).comma()
                        .quantity(lot.quantityRaw()).comma().money(lot.costBasisRaw()).comma().money(lot.proceedsRaw())
                        .comma().money(lot.gainRaw()).comma().text(lot.openOrder().toString()).comma()
                        .text(lot.closeOrder() == null ? "cash-in-lieu" : lot.closeOrder().toString()).newline();
            }
        }
    }
}
