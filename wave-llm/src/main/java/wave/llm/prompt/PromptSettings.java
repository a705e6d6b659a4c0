package wave.llm.prompt;

/**
 * What the prompt shows and how long it may be.
 *
 * @param bars            the most recent bars quoted (at least 1)
 * @param smaFast         period of the short simple moving average
 * @param smaSlow         period of the long simple moving average
 * @param rsiPeriod       period of the RSI
 * @param atrPeriod       period of the ATR
 * @param maxPromptTokens the prompt's budget in estimated tokens; older bars are left out until it fits
 */
public record PromptSettings(int bars, int smaFast, int smaSlow, int rsiPeriod, int atrPeriod, int maxPromptTokens) {
    /** 20 bars, SMA 20 and 50, RSI 14, ATR 14, 1,500 tokens. */
    public static final PromptSettings DEFAULT = new PromptSettings(20, 20, 50, 14, 14, 1_500);

    /** Requires positive counts and periods of at least 2. */
    public PromptSettings {
        if (bars < 1) {
            throw new IllegalArgumentException("bars must be at least 1, got " + bars);
        }
        for (int period : new int[] {smaFast, smaSlow, rsiPeriod, atrPeriod}) {
            if (period < 2) {
                throw new IllegalArgumentException("indicator periods must be at least 2, got " + period);
            }
        }
        if (maxPromptTokens < 1) {
            throw new IllegalArgumentException("maxPromptTokens must be positive, got " + maxPromptTokens);
        }
    }
}
