package wave.domain.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;

/**
 * Cash balances and fees paid, per currency, as exact raw fixed-point values. Balances are kept to nine
 * decimals; {@link Money#roundedToMinorUnit()} rounds for display only, so the ledger reconciles exactly.
 */
public final class CashLedger {
    private Currency[] currencies = new Currency[0];
    private long[] balances = new long[0];
    private long[] commissions = new long[0];
    private long[] dividends = new long[0];
    private long[] borrowFees = new long[0];

    /** Adds (or, if negative, removes) cash. */
    public void deposit(Currency currency, long amountRaw) {
        int i = slot(currency);
        balances[i] = FixedPoint.addMoney(balances[i], amountRaw, "cash");
    }

    /** Records a fee: cash goes down and the fee total goes up. */
    void charge(Currency currency, long feeRaw) {
        int i = slot(currency);
        balances[i] = FixedPoint.subtractMoney(balances[i], feeRaw, "cash");
        commissions[i] = FixedPoint.addMoney(commissions[i], feeRaw, "fees");
    }

    /** Records dividend income (negative: a dividend paid on a short position): cash and the dividend total move. */
    void dividend(Currency currency, long amountRaw) {
        int i = slot(currency);
        balances[i] = FixedPoint.addMoney(balances[i], amountRaw, "cash");
        dividends[i] = FixedPoint.addMoney(dividends[i], amountRaw, "dividends");
    }

    /** Records a borrow fee on a short position: cash goes down and the borrow-fee total goes up. */
    void borrowFee(Currency currency, long feeRaw) {
        int i = slot(currency);
        balances[i] = FixedPoint.subtractMoney(balances[i], feeRaw, "cash");
        borrowFees[i] = FixedPoint.addMoney(borrowFees[i], feeRaw, "borrow fees");
    }

    /** Borrow fees paid on short positions in a currency, raw (zero if never used). */
    public long borrowFeeRaw(Currency currency) {
        int i = indexOf(currency);
        return i < 0 ? 0 : borrowFees[i];
    }

    /** Balance of a currency, raw (zero if never used). */
    public long balanceRaw(Currency currency) {
        int i = indexOf(currency);
        return i < 0 ? 0 : balances[i];
    }

    /**
     * Balance of the {@code slot}-th currency used (first-use order), raw: for an owner that knows the slot, e.g. the
     * portfolio's base currency (the first one deposited), without the lookup.
     */
    long balanceAt(int slot) {
        return balances[slot];
    }

    /** Fees paid in a currency, raw. */
    public long commissionRaw(Currency currency) {
        int i = indexOf(currency);
        return i < 0 ? 0 : commissions[i];
    }

    /** Net dividends received in a currency (paid on shorts count negative), raw. */
    public long dividendRaw(Currency currency) {
        int i = indexOf(currency);
        return i < 0 ? 0 : dividends[i];
    }

    /** All non-empty balances. */
    public List<Money> balances() {
        List<Money> out = new ArrayList<>(currencies.length);
        for (int i = 0; i < currencies.length; i++) {
            out.add(Money.ofRaw(balances[i], currencies[i]));
        }
        return out;
    }

    /** Number of currencies the ledger has used. */
    int currencyCount() {
        return currencies.length;
    }

    /** The {@code i}-th currency used, in first-use order. */
    Currency currencyAt(int i) {
        return currencies[i];
    }

    private int indexOf(Currency currency) {
        for (int i = 0; i < currencies.length; i++) {
            if (currencies[i] == currency || currencies[i].equals(currency)) {
                return i;
            }
        }
        return -1;
    }

    private int slot(Currency currency) {
        int i = indexOf(currency);
        if (i >= 0) {
            return i;
        }
        int n = currencies.length;
        currencies = Arrays.copyOf(currencies, n + 1);
        balances = Arrays.copyOf(balances, n + 1);
        commissions = Arrays.copyOf(commissions, n + 1);
        dividends = Arrays.copyOf(dividends, n + 1);
        borrowFees = Arrays.copyOf(borrowFees, n + 1);
        currencies[n] = currency;
        return n;
    }
}
