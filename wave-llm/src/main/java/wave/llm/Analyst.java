package wave.llm;

/** Gives advice on a prompt. Implementations never throw for provider trouble: they return an {@link AdviceFailure}. */
public interface Analyst {
    AdviceOutcome advise(String prompt);
}
