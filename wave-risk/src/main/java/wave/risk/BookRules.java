package wave.risk;

import java.util.Locale;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.domain.portfolio.PositionView;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Limits on the book from the instruments' recent returns, for orders that open or increase a position:
 *
 * <ul>
 *   <li>{@code max_correlation} ({@code MAX_CORRELATION}): the correlation, over the last {@code correlation_window}
 *   returns, of the position's returns (the instrument's, negated for a short) with the P&amp;L of the rest of the book
 *   ({@code sum of value x return} over the other positions, at their current values);</li>
 *   <li>{@code max_var_pct} ({@code MAX_VAR}): the VaR of the book after the order (the order's position at its value
 *   after the order), historical or parametric, over the last {@code var_window} returns, as % of equity.</li>
 * </ul>
 *
 * An instrument without enough history, or a book without another position with history, passes. The book's P&amp;L
 * vector is kept between checks until the time or a position's value changes ({@link BookPnl}), and adjusted for the
 * order's instrument, so a check costs one pass over the positions and one over each window. Nothing is allocated.
 */
final class BookRules implements PreTradeCheck {
    private final BookLimits limits;
    private final OrderImpact impact;
    private final BookPnl correlationBook;
    private final BookPnl varBook;
    private final double[] own;
    private final double[] book;
    private final double[] tail;

    BookRules(BookLimits limits, OrderImpact impact, ReturnHistory history) {
        this.limits = limits;
        this.impact = impact;
        this.correlationBook = new BookPnl(history, limits.correlationWindow());
        this.varBook = new BookPnl(history, limits.varWindow());
        int window = Math.max(limits.correlationWindow(), limits.varWindow());
        this.own = new double[window];
        this.book = new double[window];
        this.tail = new double[BookStats.tailCount(limits.varWindow(), limits.varConfidence())];
    }

    @Override
    public Denial check(PreTradeRequest request) {
        if (!impact.increases()) {
            return null;
        }
        InstrumentId id = request.ticket().instrument();
        long now = request.nowNanos();
        PositionView position = request.portfolio().position(id);
        long before = position == null ? 0 : position.marketValueRaw();
        if (limits.maxCorrelation() > 0 && correlationBook.returns(id, now, own)) {
            int n = limits.correlationWindow();
            // the rest of the book: the whole book less the instrument's own P&L
            double[] whole = correlationBook.pnl(request.portfolio(), now);
            double value = FixedPoint.moneyToDouble(before);
            for (int t = 0; t < n; t++) {
                book[t] = whole[t] - value * own[t];
            }
            int others = correlationBook.positionsUsed() - (before != 0 ? 1 : 0);
            if (others > 0) {
                double correlation = Long.signum(impact.positionAfterRaw()) * BookStats.correlation(own, book, n);
                if (correlation > limits.maxCorrelation()) {
                    return Denials.of(DenyReason.MAX_CORRELATION, "max_correlation", String.format(Locale.ROOT,
                            "%s would correlate %.2f with the book (%d position%s) over the last %d returns, limit %s",
                            id, correlation, others, others == 1 ? "" : "s", n, Denials.plain(limits.maxCorrelation())));
                }
            }
        }
        if (limits.maxVarPct() > 0) {
            int n = limits.varWindow();
            double[] whole = varBook.pnl(request.portfolio(), now);
            int used = varBook.positionsUsed();
            if (varBook.returns(id, now, own)) {
                // the book after the order: the instrument's value moves from before to after
                double change = FixedPoint.moneyToDouble(impact.positionAfterRaw()) - FixedPoint.moneyToDouble(before);
                for (int t = 0; t < n; t++) {
                    book[t] = whole[t] + change * own[t];
                }
                used += (impact.positionAfterRaw() != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
            } else {
                System.arraycopy(whole, 0, book, 0, n);
            }
            if (used > 0) {
                double confidence = limits.varConfidence();
                double var = limits.parametricVar() ? BookStats.parametricVar(book, n, confidence)
                        : BookStats.historicalVar(book, n, confidence, tail);
                long equity = impact.equityRaw();
                double pct = equity <= 0 ? Double.POSITIVE_INFINITY : 100 * var / FixedPoint.moneyToDouble(equity);
                if (pct > limits.maxVarPct()) {
                    return Denials.of(DenyReason.MAX_VAR, "max_var_pct", String.format(Locale.ROOT,
                            "%s VaR at %s over the last %d returns would be %s of equity (%,.2f of %s), limit %s",
                            limits.parametricVar() ? "parametric" : "historical", Denials.plain(confidence), n,
                            Denials.pct(pct), var, Denials.money(equity), Denials.limitPct(limits.maxVarPct())));
                }
            }
        }
        return null;
    }
}
