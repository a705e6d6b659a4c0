package wave.llm;

import java.util.List;
import java.util.Objects;

/**
 * Advice of the analyst, parsed from the model's JSON after validation against {@code advice.schema.json}.
 *
 * @param action     BUY, SELL or HOLD
 * @param confidence in [0, 1]
 * @param horizon    the horizon the advice is meant for, as the model states it (e.g. "5d")
 * @param riskLevel  the risk the model sees
 * @param rationale  why, in a few sentences (never blank)
 * @param keyFactors the factors the model names (may be empty)
 */
public record Advice(Action action, double confidence, String horizon, RiskLevel riskLevel, String rationale,
        List<String> keyFactors) implements AdviceOutcome {

    public Advice {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(rationale, "rationale");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        if (rationale.isBlank()) {
            throw new IllegalArgumentException("rationale must not be blank");
        }
        keyFactors = List.copyOf(keyFactors);
    }
}
