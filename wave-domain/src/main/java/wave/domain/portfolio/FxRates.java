package wave.domain.portfolio;

import java.util.Arrays;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Scales;

/**
 * The latest exchange rate of each foreign currency into an account's base currency, as exact raw fixed point:
 * units of base per one unit of the foreign currency (a USD account: EUR at 1.08 means 1 EUR = 1.08 USD). The base
 * currency's rate is 1. Rates are set by whoever drives the account (the kernel, at the start of each step) and
 * replace the previous rate of their currency.
 */
public final class FxRates {
    private final Currency base;
    private Currency[] currencies = new Currency[0];
    private long[] rates = new long[0];

    /** No rates yet for an account in {@code base}. */
    public FxRates(Currency base) {
        if (base == null) {
            throw new IllegalArgumentException("base currency is required");
        }
        this.base = base;
    }

    /** The base currency. */
    public Currency base() {
        return base;
    }

    /**
     * Sets the rate of {@code currency}: {@code rateRaw} units of base per unit of it (raw fixed point).
     *
     * @throws IllegalArgumentException if the rate is not positive, or the currency is the base with a rate other than 1
     */
    public void set(Currency currency, long rateRaw) {
        if (rateRaw <= 0) {
            throw new IllegalArgumentException(pair(currency) + " rate must be > 0, got " + FixedPoint.formatRatio(rateRaw));
        }
        if (currency.equals(base)) {
            if (rateRaw != Scales.RATIO) {
                throw new IllegalArgumentException(pair(currency) + " rate of the base currency is 1, got "
                        + FixedPoint.formatRatio(rateRaw));
            }
            return;
        }
        int i = indexOf(currency);
        if (i < 0) {
            i = currencies.length;
            currencies = Arrays.copyOf(currencies, i + 1);
            rates = Arrays.copyOf(rates, i + 1);
            currencies[i] = currency;
        }
        rates[i] = rateRaw;
    }

    /** True if {@code currency} is the base or has a rate. */
    public boolean has(Currency currency) {
        return currency.equals(base) || indexOf(currency) >= 0;
    }

    /**
     * Units of base per unit of {@code currency}, raw (1 for the base).
     *
     * @throws IllegalStateException naming the pair (e.g. {@code EUR/USD}) if no rate is known
     */
    public long rateRaw(Currency currency) {
        if (currency.equals(base)) {
            return Scales.RATIO;
        }
        int i = indexOf(currency);
        if (i < 0) {
            throw new IllegalStateException("no FX rate for " + pair(currency) + ": cannot value " + currency
                    + " in the base currency " + base);
        }
        return rates[i];
    }

    /**
     * {@code amountRaw} of {@code currency} in the base currency: amount x rate, rounded once half-even to the money scale.
     *
     * @throws FixedPointOverflowException naming the amount and the rate if the result is out of range
     */
    public long toBaseRaw(Currency currency, long amountRaw) {
        if (currency.equals(base)) {
            return amountRaw;
        }
        long rate = rateRaw(currency);
        try {
            return FixedPoint.timesRatio(amountRaw, rate);
        } catch (FixedPointOverflowException e) {
            throw conversionOverflow(amountRaw, currency, base, rate, e);
        }
    }

    /**
     * {@code amountRaw} of the base currency in {@code currency}: amount / rate, rounded once half-even.
     *
     * @throws FixedPointOverflowException naming the amount and the rate if the result is out of range
     */
    public long fromBaseRaw(Currency currency, long amountRaw) {
        if (currency.equals(base)) {
            return amountRaw;
        }
        long rate = rateRaw(currency);
        try {
            return FixedPoint.dividedByRatio(amountRaw, rate);
        } catch (FixedPointOverflowException e) {
            throw conversionOverflow(amountRaw, base, currency, rate, e);
        }
    }

    private FixedPointOverflowException conversionOverflow(long amountRaw, Currency from, Currency to, long rateRaw,
                                                          FixedPointOverflowException cause) {
        return new FixedPointOverflowException(FixedPoint.formatGroupedMoney(amountRaw) + " " + from + " in " + to + " at "
                + pair(from.equals(base) ? to : from) + " " + FixedPoint.formatRatio(rateRaw) + ": " + cause.getMessage(), cause);
    }

    /** The pair as {@code FOREIGN/BASE}, e.g. {@code EUR/USD}. */
    public String pair(Currency currency) {
        return currency + "/" + base;
    }

    private int indexOf(Currency currency) {
        for (int i = 0; i < currencies.length; i++) {
            if (currencies[i] == currency || currencies[i].equals(currency)) {
                return i;
            }
        }
        return -1;
    }
}
