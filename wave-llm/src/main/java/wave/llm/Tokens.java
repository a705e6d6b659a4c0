package wave.llm;

/**
 * Token counts estimated before sending, without the model's tokenizer: one token per started 4 characters, the
 * usual figure for English and numbers under BPE tokenizers (GPT, Llama). Budgets reserve from this estimate and are
 * charged the provider's own figures afterwards.
 */
public final class Tokens {
    /** Characters per token assumed. */
    public static final int CHARS_PER_TOKEN = 4;

    private Tokens() {
    }

    /** The estimated tokens of the text. */
    public static int estimate(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
