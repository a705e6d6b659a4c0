package wave.llm;

/**
 * Answers a prompt from recorded interactions when it can, and asks the live source (recording the exchange)
 * otherwise. Live, it re-asks when the record is a provider failure (timeout, 429, 5xx...), since those say nothing
 * about the model's answer; in replay-only mode ({@link #replayOnly}) it never makes a network call and answers
 * every prompt from the record, or with {@link AdviceFailure.Kind#NOT_RECORDED}.
 */
public final class ReplayingAnalyst implements Analyst, InteractionSource {
    private final ReplayStore store;
    private final InteractionSource live;
    private final KeyFunction keys;

    /** How a replay-only analyst computes the content address of a prompt (same parameters as when recorded). */
    @FunctionalInterface
    public interface KeyFunction {
        String keyOf(String prompt);
    }

    private ReplayingAnalyst(ReplayStore store, InteractionSource live, KeyFunction keys) {
        this.store = store;
        this.live = live;
        this.keys = keys;
    }

    /** Recorded answers first, the live source for the rest (whose exchanges are recorded in the store). */
    public static ReplayingAnalyst recording(ReplayStore store, InteractionSource live) {
        return new ReplayingAnalyst(store, live, live::keyOf);
    }

    /** Recorded answers only: no network call, ever. */
    public static ReplayingAnalyst replayOnly(ReplayStore store, KeyFunction keys) {
        return new ReplayingAnalyst(store, null, keys);
    }

    @Override
    public AdviceOutcome advise(String prompt) {
        return interact(prompt).outcome();
    }

    @Override
    public String keyOf(String prompt) {
        return keys.keyOf(prompt);
    }

    /**
     * The recorded interaction, as recorded; or, live, the new one (recorded); or, replay only, an interaction of no
     * tokens and no cost whose outcome is {@link AdviceFailure.Kind#NOT_RECORDED}.
     */
    @Override
    public Interaction interact(String prompt) {
        String key = keys.keyOf(prompt);
        var recorded = store.find(key);
        if (recorded.isPresent() && (live == null || isModelAnswer(recorded.get().outcome()))) {
            return recorded.get();
        }
        if (live == null) {
            return new Interaction(key, prompt, "replay", "", "", 0, 1, Interaction.SCHEMA_VERSION, 0, 0, 0, 0,
                    new AdviceFailure(AdviceFailure.Kind.NOT_RECORDED, "no recorded interaction for prompt " + key, ""));
        }
        Interaction interaction = live.interact(prompt);
        store.put(interaction);
        return interaction;
    }

    private static boolean isModelAnswer(AdviceOutcome outcome) {
        return outcome instanceof Advice
                || outcome instanceof AdviceFailure f && f.kind() == AdviceFailure.Kind.MALFORMED_ADVICE;
    }
}
