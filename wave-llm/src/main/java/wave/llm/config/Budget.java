package wave.llm.config;

import wave.domain.money.FixedPoint;

/**
 * What a provider may spend in one UTC day. A call is made only when the worst case it may cost still fits
 * (fail closed); 0 means no limit of that kind.
 *
 * @param dailyTokens  prompt plus completion tokens a day (0: unlimited)
 * @param dailyCostRaw raw amount a day in the prices' currency (0: unlimited)
 */
public record Budget(long dailyTokens, long dailyCostRaw) {
    /** No limit. */
    public static final Budget UNLIMITED = new Budget(0, 0);

    /** Requires limits of at least 0. */
    public Budget {
        if (dailyTokens < 0 || dailyCostRaw < 0) {
            throw new IllegalArgumentException("daily budgets must be >= 0 (0: no limit), got " + dailyTokens
                    + " tokens and " + FixedPoint.formatMoney(dailyCostRaw));
        }
    }
}
