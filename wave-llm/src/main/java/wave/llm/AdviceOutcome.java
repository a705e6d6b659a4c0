package wave.llm;

/** What one request to the analyst gives: typed {@link Advice}, or a typed {@link AdviceFailure} — never a silent HOLD. */
public sealed interface AdviceOutcome permits Advice, AdviceFailure {
}
