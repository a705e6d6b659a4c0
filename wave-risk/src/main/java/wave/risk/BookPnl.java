package wave.risk;

import java.util.Arrays;
import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;

/**
 * The book's P&amp;L over its last {@code window} returns: {@code pnl[t] = sum over positions of value x return[t]},
 * in the account's currency, each position at its current (signed) market value; positions with too little history
 * are left out. The vector is kept until the time or any position's value changes, so that the checks of one step
 * (and orders that leave the book unchanged) cost one pass over the positions' values, and a rule adjusts it for the
 * order's own instrument: {@code pnl + (after - before) x return}. Nothing is allocated per call (the key arrays grow
 * with the book only).
 */
final class BookPnl {
    private final ReturnHistory history;
    private final int window;
    private final double[] returns;
    private final double[] pnl;
    private long cachedNanos = Long.MIN_VALUE;
    private int cachedSize = -1;
    private InstrumentId[] ids = new InstrumentId[16];
    private long[] values = new long[16];
    private int used;

    /** Over the last {@code window} returns. */
    BookPnl(ReturnHistory history, int window) {
        this.history = history;
        this.window = window;
        this.returns = new double[window];
        this.pnl = new double[window];
    }

    /** The returns of the window. */
    int window() {
        return window;
    }

    /** The book's P&amp;L vector at {@code nowNanos} ({@link #window()} values, oldest first); do not modify it. */
    double[] pnl(PortfolioView book, long nowNanos) {
        List<PositionView> positions = book.positions();
        if (!unchanged(positions, nowNanos)) {
            Arrays.fill(pnl, 0);
            int count = 0;
            if (ids.length < positions.size()) {
                ids = new InstrumentId[positions.size() * 2];
                values = new long[positions.size() * 2];
            }
            for (int i = 0; i < positions.size(); i++) {
                PositionView p = positions.get(i);
                long value = p.marketValueRaw();
                ids[i] = p.instrumentId();
                values[i] = value;
                if (value != 0 && history.returns(p.instrumentId(), nowNanos, returns, window)) {
                    double v = FixedPoint.moneyToDouble(value);
                    for (int t = 0; t < window; t++) {
                        pnl[t] += v * returns[t];
                    }
                    count++;
                }
            }
            cachedNanos = nowNanos;
            cachedSize = positions.size();
            used = count;
        }
        return pnl;
    }

    /** The positions counted in the last {@link #pnl} vector (those with a value and enough history). */
    int positionsUsed() {
        return used;
    }

    /** Fills {@code out[0..window)} with the last returns of {@code instrument}; false when too few are known. */
    boolean returns(InstrumentId instrument, long nowNanos, double[] out) {
        return history.returns(instrument, nowNanos, out, window);
    }

    private boolean unchanged(List<PositionView> positions, long nowNanos) {
        if (nowNanos != cachedNanos || positions.size() != cachedSize) {
            return false;
        }
        for (int i = 0; i < cachedSize; i++) {
            PositionView p = positions.get(i);
            if (p.marketValueRaw() != values[i] || !p.instrumentId().equals(ids[i])) {
                return false;
            }
        }
        return true;
    }
}
