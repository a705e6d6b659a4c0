package wave.llm.prompt;

import wave.domain.instrument.InstrumentId;

/**
 * A prompt built from market context.
 *
 * @param instrument      the instrument it is about
 * @param text            the text sent to the model
 * @param asOfNanos       the time of the last bar it quotes (nothing later was used), nanoseconds since the epoch
 * @param estimatedTokens its estimated tokens ({@link wave.llm.Tokens})
 * @param barsShown       the bars quoted (fewer than asked when the budget or the history was short)
 */
public record Prompt(InstrumentId instrument, String text, long asOfNanos, int estimatedTokens, int barsShown) {
}
