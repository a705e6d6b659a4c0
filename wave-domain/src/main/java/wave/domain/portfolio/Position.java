package wave.domain.portfolio;

import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.OrderFilled;

/**
 * The holding of one instrument, changed by fills and corporate actions. Keeps the exact cost basis (the signed sum of the
 * notionals of the open quantity) rather than a rounded average price, so that realised plus unrealised P&amp;L
 * reconcile with cash to the raw unit. A reduction releases {@code basis x closed / held} of the basis
 * (half-even), all of it when the position closes.
 *
 * <p>A split ({@link #split}) multiplies the quantity and divides the mark, keeping the cost basis, so P&amp;L is
 * continuous; a dividend ({@link #dividend}) is cash income that does not touch the basis.
 *
 * <p>Strategies see it as a {@link PositionView}, without {@link #mark} and the package-private mutators.
 */
public final class Position implements PositionView {
    private final Instrument instrument;
    private long quantityRaw;
    private long costBasisRaw;
    private long realizedPnlRaw;
    private long commissionRaw;
    private long dividendRaw;
    private long borrowFeeRaw;
    private long markRaw;
    private long marketValueRaw;
    private final TradeTracker trade = new TradeTracker();

    /** A flat position in an instrument. */
    public Position(Instrument instrument) {
        this.instrument = instrument;
    }

    /**
     * Applies a fill: opens, increases, reduces, closes or flips the position.
     *
     * @return the cash the fill costs (positive for a buy, negative for a sell's proceeds), raw, before fees
     */
    long apply(OrderFilled fill, TradeSink trades) {
        long cost = book(fill, trades);
        revalue();
        return cost;
    }

    private long book(OrderFilled fill, TradeSink trades) {
        long q = fill.signedQuantityRaw();
        long price = fill.priceRaw();
        long notional = instrument.notionalRaw(price, q);
        commissionRaw = FixedPoint.addMoney(commissionRaw, fill.commissionRaw(), "commissions");
        if (quantityRaw == 0 || Long.signum(q) == Long.signum(quantityRaw)) {
            open(q, notional, price, fill.commissionRaw(), fill.tsNanos());
            return notional;
        }
        long closing = Long.signum(q) * Math.min(Math.abs(q), Math.abs(quantityRaw));
        long rest = q - closing;
        long closingFee = rest == 0 ? fill.commissionRaw() : FixedPoint.scale(fill.commissionRaw(), Math.abs(closing), Math.abs(q));
        long closingNotional = rest == 0 ? notional : instrument.notionalRaw(price, closing);
        long released = Math.abs(closing) == Math.abs(quantityRaw)
                ? costBasisRaw
                : FixedPoint.scale(costBasisRaw, Math.abs(closing), Math.abs(quantityRaw));
        long realized = FixedPoint.subtractMoney(-closingNotional, released, "realized P&L");
        quantityRaw += closing;
        costBasisRaw -= released;
        realizedPnlRaw = FixedPoint.addMoney(realizedPnlRaw, realized, "realized P&L");
        trade.reduce(closing, FixedPoint.notional(price, closing), realized, closingFee);
        if (quantityRaw == 0) {
            trades.accept(trade.close(instrument.id(), fill.tsNanos()));
        }
        if (rest != 0) {
            open(rest, notional - closingNotional, price, fill.commissionRaw() - closingFee, fill.tsNanos());
        }
        return notional;
    }

    /** Opens or increases the position by {@code q} whose share of the fill's notional is {@code notional}. */
    private void open(long q, long notional, long price, long fee, long tsNanos) {
        if (quantityRaw == 0) {
            trade.start(q > 0 ? PositionSide.LONG : PositionSide.SHORT, tsNanos);
        }
        quantityRaw = FixedPoint.addQuantity(quantityRaw, q, "position quantity");
        costBasisRaw = FixedPoint.addMoney(costBasisRaw, notional, "cost basis");
        trade.increase(q, FixedPoint.notional(price, q), fee, quantityRaw);
    }

    /**
     * Applies a split of {@code ratioRaw} new shares per old share (raw fixed point; below 1 for a reverse split).
     * The quantity is multiplied by the ratio (rounded half-even to the quantity scale) and the mark, the previous close,
     * divided by it. What is not a whole number of lots is paid out in cash at the new mark, as brokers pay cash in
     * lieu of fractional shares: it is a sale of that fraction, releasing its share of the basis as realised P&amp;L.
     * The rest of the cost basis is unchanged. A position left without a lot (a reverse split, or dust that rounds to
     * nothing) is closed.
     *
     * @return the cash in lieu, signed like the position (a short pays for its fraction), raw money
     */
    long split(long ratioRaw, TradeSink trades, long tsNanos) {
        markRaw = FixedPoint.dividedByRatio(markRaw, ratioRaw);
        if (quantityRaw == 0) {
            return 0;
        }
        long scaled = FixedPoint.timesRatio(quantityRaw, ratioRaw);
        long kept = instrument.roundDownToLot(scaled);
        long fraction = scaled - kept;
        trade.split(ratioRaw);
        quantityRaw = scaled;
        long cashInLieu = 0;
        if (fraction != 0 || kept == 0) {
            cashInLieu = instrument.notionalRaw(markRaw, fraction);
            long released = kept == 0 ? costBasisRaw : FixedPoint.scale(costBasisRaw, Math.abs(fraction), Math.abs(scaled));
            long realized = FixedPoint.subtractMoney(cashInLieu, released, "realized P&L");
            quantityRaw = kept;
            costBasisRaw -= released;
            realizedPnlRaw = FixedPoint.addMoney(realizedPnlRaw, realized, "realized P&L");
            trade.reduce(fraction, FixedPoint.notional(markRaw, fraction), realized, 0);
            if (kept == 0) {
                trades.accept(trade.close(instrument.id(), tsNanos));
            }
        }
        revalue();
        return cashInLieu;
    }

    /**
     * Books a cash dividend of {@code amountPerShareRaw} per unit held (raw fixed point): a long receives it, a
     * short pays it.
     *
     * @return the cash received (negative when paid), raw money
     */
    long dividend(long amountPerShareRaw) {
        long amount = quantityRaw == 0 ? 0 : instrument.notionalRaw(amountPerShareRaw, quantityRaw);
        dividendRaw = FixedPoint.addMoney(dividendRaw, amount, "dividends");
        return amount;
    }

    /** Adds a borrow fee charged on this (short) position, raw money. */
    void addBorrowFee(long feeRaw) {
        borrowFeeRaw = FixedPoint.addMoney(borrowFeeRaw, feeRaw, "borrow fees");
    }

    @Override
    public long borrowFeeRaw() {
        return borrowFeeRaw;
    }

    /**
     * The round trip still open, valued at the mark (for reports of positions held at the end): entry time and average
     * price of its fills, {@code tsNanos} as exit time, the quantity held, the mark as exit price, realised plus
     * unrealised P&amp;L as gross P&amp;L and its fees so far; null when flat.
     */
    public ClosedTrade openTrade(long tsNanos) {
        return quantityRaw == 0 ? null : trade.open(instrument.id(), tsNanos, quantityRaw, markRaw, unrealizedPnlRaw());
    }

    /** Sets the price used for the unrealised P&amp;L and market value (the kernel marks at each close). */
    public void mark(long priceRaw) {
        markRaw = priceRaw;
        revalue();
    }

    private void revalue() {
        marketValueRaw = quantityRaw == 0 ? 0 : instrument.notionalRaw(markRaw, quantityRaw);
    }

    @Override
    public Instrument instrument() {
        return instrument;
    }

    @Override
    public InstrumentId instrumentId() {
        return instrument.id();
    }

    @Override
    public long quantityRaw() {
        return quantityRaw;
    }

    @Override
    public boolean isFlat() {
        return quantityRaw == 0;
    }

    @Override
    public long costBasisRaw() {
        return costBasisRaw;
    }

    @Override
    public long averagePriceRaw() {
        return quantityRaw == 0 ? 0 : FixedPoint.priceForValue(costBasisRaw, instrument.notionalRaw(Scales.PRICE, quantityRaw));
    }

    @Override
    public long realizedPnlRaw() {
        return realizedPnlRaw;
    }

    @Override
    public long commissionRaw() {
        return commissionRaw;
    }

    @Override
    public long dividendRaw() {
        return dividendRaw;
    }

    @Override
    public long markRaw() {
        return markRaw;
    }

    @Override
    public long marketValueRaw() {
        return marketValueRaw;
    }

    @Override
    public long unrealizedPnlRaw() {
        return FixedPoint.subtractMoney(marketValueRaw, costBasisRaw, "unrealized P&L");
    }

    /** Receives round trips as they close. */
    @FunctionalInterface
    interface TradeSink {
        void accept(ClosedTrade trade);
    }
}
