package wave.engine.account;

import java.util.Objects;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * The account's financing: cash or margin, and the borrow fee on short positions. Fractions and rates are raw fixed
 * point (x 10^9): 0.5 is {@code 500_000_000}. The default, {@link #cash()}, is today's behaviour: buys need cash, no
 * margin checks, no borrow fee.
 *
 * <p>Borrow fee: each time the UTC date of the data changes, every short position pays
 * {@code borrowRateAnnual x |market value at the previous close| x days / 360} (actual/360: {@code days} is the number
 * of calendar days between the two dates, so a weekend counts three), rounded half-even once to nine decimals.
 *
 * @param type                 cash or margin
 * @param initialMarginRaw     margin account: equity needed per unit of gross exposure for an order that increases it
 *                             (0.5: 2x buying power; crypto/FX 10x leverage: 0.1); 1 for a cash account
 * @param maintenanceMarginRaw margin account: equity below {@code maintenance x gross exposure} at a close is a margin
 *                             call; 0 for a cash account
 * @param borrowRateAnnualRaw  annual borrow rate of short positions (0.03: 3% a year), actual/360
 * @param liquidation          what a margin call does
 */
public record AccountConfig(AccountType type, long initialMarginRaw, long maintenanceMarginRaw, long borrowRateAnnualRaw,
                            LiquidationPolicy liquidation) {
    /** Days of the borrow-fee year (actual/360). */
    public static final int DAY_COUNT_BASIS = 360;

    /** Validates the configuration. */
    public AccountConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(liquidation, "liquidation");
        if (borrowRateAnnualRaw < 0) {
            throw new IllegalArgumentException("borrow rate must be >= 0, got " + FixedPoint.formatRatio(borrowRateAnnualRaw));
        }
        if (type == AccountType.MARGIN && (maintenanceMarginRaw <= 0 || maintenanceMarginRaw > initialMarginRaw
                || initialMarginRaw > Scales.RATIO)) {
            throw new IllegalArgumentException("margin account needs 0 < maintenance <= initial <= 1, got initial "
                    + FixedPoint.formatRatio(initialMarginRaw) + ", maintenance " + FixedPoint.formatRatio(maintenanceMarginRaw));
        }
    }

    /** A cash account without borrow fee (the default). */
    public static AccountConfig cash() {
        return new AccountConfig(AccountType.CASH, Scales.RATIO, 0, 0, LiquidationPolicy.CLOSE_ALL);
    }

    /**
     * A margin account, closing everything on a margin call, without borrow fee.
     *
     * @param initialMargin     decimal fraction, e.g. "0.5"
     * @param maintenanceMargin decimal fraction, e.g. "0.25"
     */
    public static AccountConfig margin(String initialMargin, String maintenanceMargin) {
        return new AccountConfig(AccountType.MARGIN, FixedPoint.parseRatio(initialMargin), FixedPoint.parseRatio(maintenanceMargin), 0,
                LiquidationPolicy.CLOSE_ALL);
    }

    /** With an annual borrow rate on shorts, a decimal fraction such as "0.03" (3% a year). */
    public AccountConfig withBorrowRate(String annualRate) {
        return new AccountConfig(type, initialMarginRaw, maintenanceMarginRaw, FixedPoint.parseRatio(annualRate), liquidation);
    }

    /** With another liquidation policy for margin calls. */
    public AccountConfig withLiquidation(LiquidationPolicy policy) {
        return new AccountConfig(type, initialMarginRaw, maintenanceMarginRaw, borrowRateAnnualRaw, policy);
    }

    /** True for a margin account. */
    public boolean isMargin() {
        return type == AccountType.MARGIN;
    }

    /** True when short positions pay a borrow fee. */
    public boolean chargesBorrow() {
        return borrowRateAnnualRaw > 0;
    }

    /**
     * The borrow fee of a short position worth {@code marketValueRaw} (its sign is ignored) held {@code days} calendar
     * days: {@code rate x |value| x days / 360}, rounded half-even once, raw money.
     */
    public long borrowFeeRaw(long marketValueRaw, long days) {
        return FixedPoint.scale(Math.abs(marketValueRaw), Math.multiplyExact(borrowRateAnnualRaw, days),
                (long) DAY_COUNT_BASIS * Scales.RATIO);
    }
}
