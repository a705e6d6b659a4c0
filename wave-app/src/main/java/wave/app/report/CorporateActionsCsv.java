package wave.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import wave.engine.kernel.CorporateActionApplied;

/**
 * Writes {@code corporate_actions.csv}: the splits and dividends applied to positions held on their ex-dates, so that
 * the cash reconciles from the outputs (initial cash, fills and their fees in {@code fills.csv}, and the {@code cash}
 * column here). Columns: {@code time} (the ex-date), {@code instrument}, {@code action} ({@code split} or
 * {@code dividend}), {@code split_ratio} (new shares per old share; 1 for a dividend), {@code dividend_per_share}
 * (0 for a split), {@code quantity_before}, {@code quantity_after} (a split keeps whole lots) and {@code cash} (received;
 * negative when paid: a split's cash in lieu of a fraction, or quantity x dividend), money in the quote currency.
 */
public final class CorporateActionsCsv {
    /** The header row. */
    public static final String HEADER = "time,instrument,action,split_ratio,dividend_per_share,quantity_before,quantity_after,cash";

    private CorporateActionsCsv() {
    }

    /**
     * Writes the actions to {@code out} (closed afterwards).
     *
     * @param dateOnly times as {@code yyyy-MM-dd} (daily and longer bars) rather than date and time
     */
    public static void write(List<CorporateActionApplied> actions, OutputStream out, boolean dateOnly) throws IOException {
        try (AsciiWriter w = new AsciiWriter(out)) {
            w.text(HEADER).newline();
            for (CorporateActionApplied a : actions) {
                w.timestamp(a.tsNanos(), dateOnly).comma().text(a.instrument().toString()).comma()
                        .text(a.isSplit() ? "split" : "dividend").comma().ratio(a.splitRatioRaw()).comma()
                        .price(a.dividendPerShareRaw()).comma().quantity(a.quantityBeforeRaw()).comma()
                        .quantity(a.quantityAfterRaw()).comma().money(a.cashRaw()).newline();
            }
        }
    }
}
