package wave.llm.config;

import java.math.BigDecimal;
import wave.domain.money.FixedPoint;

/**
 * What a provider charges, in the account's currency (USD for the hosted providers) per 1,000 tokens, as raw
 * fixed-point prices ({@link FixedPoint}).
 *
 * @param per1kInputRaw  price of 1,000 prompt tokens
 * @param per1kOutputRaw price of 1,000 completion tokens
 */
public record Prices(long per1kInputRaw, long per1kOutputRaw) {
    /** A provider that costs nothing (a local model). */
    public static final Prices FREE = new Prices(0, 0);

    /** Requires prices of at least 0. */
    public Prices {
        if (per1kInputRaw < 0 || per1kOutputRaw < 0) {
            throw new IllegalArgumentException("prices per 1k tokens must be >= 0, got " + FixedPoint.formatPrice(per1kInputRaw)
                    + " and " + FixedPoint.formatPrice(per1kOutputRaw));
        }
    }

    /** The cost of the tokens, a raw amount: each price times tokens / 1000, rounded half-even once per side. */
    public long costRaw(long inputTokens, long outputTokens) {
        return FixedPoint.addMoney(FixedPoint.notional(per1kInputRaw, thousands(inputTokens)),
                FixedPoint.notional(per1kOutputRaw, thousands(outputTokens)), "LLM cost");
    }

    private static long thousands(long tokens) {
        return FixedPoint.quantityFromBigDecimal(BigDecimal.valueOf(tokens, 3));
    }
}
