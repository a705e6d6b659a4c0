package wave.llm;

/** An analyst whose exchanges can be recorded: it names the content address of a prompt and gives the full record. */
public interface InteractionSource {
    /** The content address the prompt would be recorded under. */
    String keyOf(String prompt);

    /** Asks the model and records the exchange. Never throws for provider trouble. */
    Interaction interact(String prompt);
}
