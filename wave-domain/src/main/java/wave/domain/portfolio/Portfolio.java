package wave.domain.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;

/**
 * Positions and cash of one account, changed by {@link #apply(OrderFilled)}, deposits and corporate actions
 * ({@link #applySplit}, {@link #applyDividend}).
 *
 * <p>Invariant (exact, in raw fixed point), per currency: {@code cash + sum(market value) == deposits +
 * realised P&L - fees + dividends - borrow fees + unrealised P&L}.
 *
 * <p>Equity: without FX rates (the default, single-currency accounts) {@link #equityRaw()} is the base-currency cash
 * plus the base-currency positions; cash and positions in other currencies are not counted. With FX rates
 * ({@link #useFxRates(FxRates)}) it is the sum over currencies of {@link #equityRaw(Currency)} (cash plus the market
 * value of the positions quoted in that currency) times the currency's rate, rounded once per currency; a currency
 * that holds value without a known rate makes the valuation throw, naming the pair.
 *
 * <p>Strategies see it as a {@link PortfolioView}: the same object without the mutators, the {@link #ledger()} and
 * the {@link #fxRates()}.
 */
public final class Portfolio implements PortfolioView {
    private final Currency baseCurrency;
    private final CashLedger ledger = new CashLedger();
    private final Map<InstrumentId, Position> positions = new HashMap<>();
    private final List<Position> positionList = new ArrayList<>();
    private final List<PositionView> positionsView = Collections.unmodifiableList(positionList);
    private Position[] basePositions = new Position[0];
    private final List<ClosedTrade> closedTrades = new ArrayList<>();
    private final List<ClosedTrade> closedTradesView = Collections.unmodifiableList(closedTrades);
    private long depositedRaw;
    private final Position.TradeSink tradeSink = this::recordTrade;
    private ClosedTrade lastClosedTrade;
    private FxRates fxRates;

    /**
     * The ledger slot of the base currency: the constructor deposits it first (zero included), so that the cash read at
     * every step ({@link #cashRaw()}, {@link #equityRaw()}) needs no currency lookup.
     */
    private static final int BASE_SLOT = 0;

    /** An account in {@code baseCurrency} holding {@code initialCashRaw} of it. */
    public Portfolio(Currency baseCurrency, long initialCashRaw) {
        this.baseCurrency = baseCurrency;
        deposit(baseCurrency, initialCashRaw);
    }

    /** Adds cash. */
    public void deposit(Currency currency, long amountRaw) {
        ledger.deposit(currency, amountRaw);
        if (currency.equals(baseCurrency)) {
            depositedRaw = FixedPoint.addMoney(depositedRaw, amountRaw, "deposits");
        }
    }

    /**
     * Pays out cash.
     *
     * @throws IllegalArgumentException if the amount is not positive or exceeds the cash in that currency
     */
    public void withdraw(Currency currency, long amountRaw) {
        long cash = cashRaw(currency);
        if (amountRaw <= 0 || amountRaw > cash) {
            throw new IllegalArgumentException("withdrawal of " + FixedPoint.formatMoney(amountRaw) + " " + currency
                    + " must be > 0 and at most the cash " + FixedPoint.formatMoney(cash));
        }
        deposit(currency, -amountRaw);
    }

    /**
     * Applies an account event (the one entry point used both live and when replaying a journal).
     *
     * @throws IllegalArgumentException as the method it stands for
     */
    public void apply(AccountEvent event) {
        switch (event) {
            case AccountEvent.CashDeposited e -> deposit(e.currency(), e.amountRaw());
            case AccountEvent.CashWithdrawn e -> withdraw(e.currency(), e.amountRaw());
            case AccountEvent.SplitApplied e -> applySplit(e.instrument(), e.ratioRaw(), e.tsNanos());
            case AccountEvent.DividendApplied e -> applyDividend(e.instrument(), e.amountPerShareRaw());
            case AccountEvent.BorrowFeeCharged e -> chargeBorrowFee(e.instrument(), e.feeRaw());
            case AccountEvent.PositionMarked e -> markPosition(e);
        }
    }

    private void markPosition(AccountEvent.PositionMarked event) {
        Position p = positions.get(event.instrument());
        if (p == null) {
            throw new IllegalArgumentException("mark for unknown instrument " + event.instrument());
        }
        p.mark(event.priceRaw());
    }

    /** The position of an instrument, created flat on first use. */
    public Position position(Instrument instrument) {
        Position p = positions.get(instrument.id());
        if (p == null) {
            p = new Position(instrument);
            positions.put(instrument.id(), p);
            positionList.add(p);
            if (instrument.quoteCurrency().equals(baseCurrency)) {
                basePositions = Arrays.copyOf(basePositions, basePositions.length + 1);
                basePositions[basePositions.length - 1] = p;
            }
        }
        return p;
    }

    @Override
    public Position position(InstrumentId id) {
        return positions.get(id);
    }

    /**
     * Books a fill: position, cash and fees.
     *
     * @return the round trip this fill closed, or null
     * @throws IllegalArgumentException if the instrument was never registered with {@link #position(Instrument)}
     */
    public ClosedTrade apply(OrderFilled fill) {
        Position p = positions.get(fill.instrument());
        if (p == null) {
            throw new IllegalArgumentException("fill for unknown instrument " + fill.instrument());
        }
        lastClosedTrade = null;
        long cost = p.apply(fill, tradeSink);
        Currency currency = p.instrument().quoteCurrency();
        ledger.deposit(currency, -cost);
        ledger.charge(fill.commissionCurrency(), fill.commissionRaw());
        return lastClosedTrade;
    }

    /**
     * Applies a split going ex now: {@code ratioRaw} new shares per old share (raw fixed point; 4-for-1: 4,
     * 1-for-10: 0.1). The position's quantity is multiplied by the ratio and its mark (the previous close) divided
     * by it; the cost basis is unchanged, so equity and P&amp;L are continuous. The part of the new quantity that is
     * not a whole number of lots is paid out in cash at the new mark (cash in lieu, as brokers do; e.g. 101 shares
     * and a 3:2 split: 151 shares and 0.5 share in cash), realising that fraction's P&amp;L. Positions flat or
     * unknown to the portfolio are untouched.
     *
     * @return the cash in lieu of fractional lots, raw money (negative for a short, which buys its fraction back)
     * @throws IllegalArgumentException if the ratio is not positive
     */
    public long applySplit(InstrumentId instrument, long ratioRaw, long tsNanos) {
        if (ratioRaw <= 0) {
            throw new IllegalArgumentException(instrument + ": split ratio must be > 0, got " + ratioRaw);
        }
        Position p = positions.get(instrument);
        if (p == null) {
            return 0;
        }
        lastClosedTrade = null;
        long cashInLieu = p.split(ratioRaw, tradeSink, tsNanos);
        ledger.deposit(p.instrument().quoteCurrency(), cashInLieu);
        return cashInLieu;
    }

    /**
     * Books a cash dividend going ex now, {@code amountPerShareRaw} per unit held (raw fixed point, quote currency):
     * cash goes up by quantity x amount for a long and down for a short, recorded as dividend income
     * ({@link #dividendRaw()}). Positions flat or unknown to the portfolio are untouched.
     *
     * @return the cash received (negative when paid), raw money
     * @throws IllegalArgumentException if the amount is negative
     */
    public long applyDividend(InstrumentId instrument, long amountPerShareRaw) {
        if (amountPerShareRaw < 0) {
            throw new IllegalArgumentException(instrument + ": dividend must be >= 0, got " + amountPerShareRaw);
        }
        Position p = positions.get(instrument);
        if (p == null) {
            return 0;
        }
        long amount = p.dividend(amountPerShareRaw);
        ledger.dividend(p.instrument().quoteCurrency(), amount);
        return amount;
    }

    /**
     * Charges a borrow fee on a short position of {@code instrument}: cash in its quote currency goes down by
     * {@code feeRaw} and the borrow-fee total ({@link #borrowFeeRaw()}) goes up. Nothing happens for a zero fee.
     *
     * @param feeRaw the fee, raw money in the instrument's quote currency
     * @throws IllegalArgumentException if the fee is negative or the instrument is unknown to the portfolio
     */
    public void chargeBorrowFee(InstrumentId instrument, long feeRaw) {
        if (feeRaw < 0) {
            throw new IllegalArgumentException(instrument + ": borrow fee must be >= 0, got " + feeRaw);
        }
        Position p = positions.get(instrument);
        if (p == null) {
            throw new IllegalArgumentException("borrow fee for unknown instrument " + instrument);
        }
        if (feeRaw != 0) {
            ledger.borrowFee(p.instrument().quoteCurrency(), feeRaw);
            p.addBorrowFee(feeRaw);
        }
    }

    @Override
    public long borrowFeeRaw() {
        return ledger.borrowFeeRaw(baseCurrency);
    }

    @Override
    public long grossExposureRaw() {
        long gross = 0;
        for (Position p : basePositions) {
            gross = FixedPoint.addMoney(gross, Math.abs(p.marketValueRaw()), "gross exposure");
        }
        return gross;
    }

    private void recordTrade(ClosedTrade trade) {
        lastClosedTrade = trade;
        closedTrades.add(trade);
    }

    @Override
    public Currency baseCurrency() {
        return baseCurrency;
    }

    @Override
    public long cashRaw(Currency currency) {
        return ledger.balanceRaw(currency);
    }

    @Override
    public long cashRaw() {
        return ledger.balanceAt(BASE_SLOT);
    }

    @Override
    public long commissionRaw() {
        return ledger.commissionRaw(baseCurrency);
    }

    @Override
    public long dividendRaw() {
        return ledger.dividendRaw(baseCurrency);
    }

    @Override
    public long depositedRaw() {
        return depositedRaw;
    }

    /** The cash ledger. */
    public CashLedger ledger() {
        return ledger;
    }

    /**
     * Values the account in the base currency with {@code rates} from now on (multi-currency accounts); the caller
     * keeps the rates up to date.
     *
     * @throws IllegalArgumentException if the rates are for another base currency
     */
    public void useFxRates(FxRates rates) {
        if (!rates.base().equals(baseCurrency)) {
            throw new IllegalArgumentException("FX rates into " + rates.base() + " cannot value an account in " + baseCurrency);
        }
        this.fxRates = rates;
    }

    /** The FX rates used to value the account, or null for a single-currency account. */
    public FxRates fxRates() {
        return fxRates;
    }

    /** {@code amountRaw} of {@code currency} in the base currency at the current rate (one rounding), raw. */
    @Override
    public long toBaseRaw(Currency currency, long amountRaw) {
        if (currency.equals(baseCurrency)) {
            return amountRaw;
        }
        if (fxRates == null) {
            throw new IllegalStateException("no FX rate for " + currency + "/" + baseCurrency + ": the account has no FX rates");
        }
        return fxRates.toBaseRaw(currency, amountRaw);
    }

    /**
     * Equity in the base currency, raw. Single-currency account (no FX rates): base-currency cash plus the market value
     * of base-currency positions at their marks. With FX rates: for each currency, cash plus the market value of the
     * positions quoted in it, times its rate (one half-even rounding per currency; base rate 1).
     *
     * @throws IllegalStateException naming the pair (e.g. {@code EUR/USD}) if a currency holding value has no rate
     */
    @Override
    public long equityRaw() {
        long equity = cashRaw();
        Position[] held = basePositions;
        for (Position p : held) {
            equity = FixedPoint.addMoney(equity, p.marketValueRaw(), "equity");
        }
        if (fxRates == null) {
            return equity;
        }
        for (int i = 0; i < ledger.currencyCount(); i++) {
            Currency c = ledger.currencyAt(i);
            if (!c.equals(baseCurrency)) {
                long value = equityRaw(c);
                if (value != 0) {
                    equity = FixedPoint.addMoney(equity, fxRates.toBaseRaw(c, value), "equity");
                }
            }
        }
        return equity;
    }

    @Override
    public long equityRaw(Currency currency) {
        long equity = ledger.balanceRaw(currency);
        for (int i = 0; i < positionList.size(); i++) {
            Position p = positionList.get(i);
            if (p.instrument().quoteCurrency().equals(currency)) {
                equity = FixedPoint.addMoney(equity, p.marketValueRaw(), "equity");
            }
        }
        return equity;
    }

    @Override
    public long realizedPnlRaw() {
        long sum = 0;
        for (Position p : positionList) {
            sum = FixedPoint.addMoney(sum, p.realizedPnlRaw(), "realized P&L");
        }
        return sum;
    }

    @Override
    public long unrealizedPnlRaw() {
        long sum = 0;
        for (Position p : positionList) {
            sum = FixedPoint.addMoney(sum, p.unrealizedPnlRaw(), "unrealized P&L");
        }
        return sum;
    }

    @Override
    public List<PositionView> positions() {
        return positionsView;
    }

    @Override
    public boolean hasOpenPosition() {
        for (int i = 0; i < positionList.size(); i++) {
            if (positionList.get(i).quantityRaw() != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<ClosedTrade> closedTrades() {
        return closedTradesView;
    }
}
