package wave.risk;

import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;

/**
 * The book's P&amp;L over its recent returns: {@code pnl[t] = sum over positions of value x return[t]}, in the
 * account's currency, with each position's current (signed) market value, optionally one position's value replaced
 * (the value after an order) and one left out. Positions with too little history are left out. Reuses its scratch
 * array: nothing is allocated per call.
 */
final class BookPnl {
    private final ReturnHistory history;
    private final double[] returns;
    private int positionsUsed;

    /** For windows of up to {@code maxWindow} returns. */
    BookPnl(ReturnHistory history, int maxWindow) {
        this.history = history;
        this.returns = new double[maxWindow];
    }

    /**
     * Fills {@code pnl[0..n)}.
     *
     * @param skip     an instrument left out, or null
     * @param replace  an instrument whose value is {@code valueRaw} (added when not held), or null
     * @return the positions counted (see {@link #positionsUsed()} too)
     */
    int fill(PortfolioView book, long nowNanos, int n, InstrumentId skip, InstrumentId replace, long valueRaw, double[] pnl) {
        for (int t = 0; t < n; t++) {
            pnl[t] = 0;
        }
        int used = 0;
        boolean replaced = false;
        List<PositionView> positions = book.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            InstrumentId id = p.instrumentId();
            if (id.equals(skip)) {
                continue;
            }
            long value = p.marketValueRaw();
            if (id.equals(replace)) {
                value = valueRaw;
                replaced = true;
            }
            used += add(id, value, nowNanos, n, pnl);
        }
        if (replace != null && !replaced) {
            used += add(replace, valueRaw, nowNanos, n, pnl);
        }
        positionsUsed = used;
        return used;
    }

    /** The positions counted by the last {@link #fill}. */
    int positionsUsed() {
        return positionsUsed;
    }

    private int add(InstrumentId id, long valueRaw, long nowNanos, int n, double[] pnl) {
        if (valueRaw == 0 || !history.returns(id, nowNanos, returns, n)) {
            return 0;
        }
        double value = FixedPoint.moneyToDouble(valueRaw);
        for (int t = 0; t < n; t++) {
            pnl[t] += value * returns[t];
        }
        return 1;
    }
}
