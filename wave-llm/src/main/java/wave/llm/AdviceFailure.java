package wave.llm;

import java.util.Objects;

/**
 * Why the analyst gave no advice: a typed failure that callers count and report, never turned into a HOLD.
 *
 * @param kind       what went wrong
 * @param reason     a readable explanation (never holds an API key)
 * @param rawExcerpt the model's last answer, cut to {@link #EXCERPT_CHARS} characters ("" when there was none)
 */
public record AdviceFailure(Kind kind, String reason, String rawExcerpt) implements AdviceOutcome {

    /** The longest excerpt of a raw answer kept in a failure. */
    public static final int EXCERPT_CHARS = 400;

    /** Kinds of failure. */
    public enum Kind {
        /** The model answered twice (once after a repair request) without valid advice. */
        MALFORMED_ADVICE,
        /** The provider did not answer within the timeout. */
        TIMEOUT,
        /** The provider refused with HTTP 429. */
        RATE_LIMITED,
        /** The provider failed with an HTTP 5xx. */
        SERVER_ERROR,
        /** The provider's response was not a readable chat completion. */
        MALFORMED_RESPONSE,
        /** Replay only: no interaction was recorded for this prompt and parameters. */
        NOT_RECORDED,
        /** The provider was not asked: what the call may cost no longer fits its daily token or money budget. */
        BUDGET_SPENT,
        /** Every provider of the fallback chain failed or was over budget: no advice, trade on the other signals. */
        ALL_PROVIDERS_FAILED,
        /** Any other refusal or transport failure (authentication, connection refused, unknown model...). */
        UNAVAILABLE
    }

    public AdviceFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        rawExcerpt = excerpt(rawExcerpt);
    }

    /** The text cut to {@link #EXCERPT_CHARS} characters, with the total length said when it was cut. */
    static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.length() <= EXCERPT_CHARS) {
            return raw;
        }
        return raw.substring(0, EXCERPT_CHARS) + "... (" + raw.length() + " chars in all)";
    }
}
