package wave.engine.strategy;

import wave.domain.money.FixedPoint;
import wave.domain.money.Money;

/**
 * The capital a strategy may use in a shared account: a fixed amount, or a fraction of the account's equity. Its
 * sizing (percent and all-in orders), its target weights and the pre-trade check respect it: the strategy's gross
 * exposure (its own positions at their marks) plus a new order may not exceed it.
 *
 * @param fixedRaw a fixed amount, raw fixed point in the account's currency, or 0 when the budget is a fraction
 * @param fraction a fraction of the account's equity in (0, 1], or 0 when the budget is fixed
 */
public record Budget(long fixedRaw, double fraction) {
    /** Requires exactly one of the two, in range. */
    public Budget {
        if ((fixedRaw > 0) == (fraction > 0) || fixedRaw < 0 || !(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a budget is a positive amount or a fraction of equity in (0, 1], got "
                    + FixedPoint.formatMoney(fixedRaw) + " and " + fraction);
        }
    }

    /** A fixed amount of the account's currency. */
    public static Budget of(Money amount) {
        return new Budget(amount.raw(), 0);
    }

    /** A fraction of the account's equity, e.g. 0.5. */
    public static Budget fractionOfEquity(double fraction) {
        return new Budget(0, fraction);
    }

    /** The budget in money, raw, for an account of {@code equityRaw}. */
    public long amountRaw(long equityRaw) {
        return fixedRaw > 0 ? fixedRaw : FixedPoint.timesRatio(Math.max(0, equityRaw), FixedPoint.ratioFromDouble(fraction));
    }
}
