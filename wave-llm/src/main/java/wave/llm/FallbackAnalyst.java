package wave.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import wave.domain.money.FixedPoint;
import wave.llm.config.ApiKeys;
import wave.llm.config.LlmConfig;
import wave.llm.config.ProviderConfig;

/**
 * The analyst on a chain of providers: the primary is asked first; when it fails (timeout, HTTP 429 or 5xx, an
 * unreadable response, no valid advice after the repair round) or its daily token or money budget cannot take the
 * call's worst case, the next is asked, and so on. When every provider fails, the outcome is
 * {@link AdviceFailure.Kind#ALL_PROVIDERS_FAILED} naming each provider's reason: callers go on with their other
 * signals. Tokens and cost are charged per provider per UTC day in the {@link UsageLedger}.
 */
public final class FallbackAnalyst implements Analyst, InteractionSource {
    private final List<ProviderAnalyst> chain;
    private final UsageLedger ledger;
    private final Clock clock;

    /**
     * A chain of analysts, the primary first.
     *
     * @param ledger where spending is charged (shared by every analyst of the process)
     * @param clock  the wall clock whose UTC date is the budgets' day
     */
    public FallbackAnalyst(List<ProviderAnalyst> chain, UsageLedger ledger, Clock clock) {
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a fallback chain needs at least one provider");
        }
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The chain of the configuration, each provider's key found by {@code keys}.
     *
     * @throws IllegalArgumentException when a provider names a key that is not set
     */
    public static FallbackAnalyst of(LlmConfig config, ApiKeys keys, UsageLedger ledger, Clock clock) {
        List<ProviderAnalyst> analysts = new ArrayList<>();
        for (ProviderConfig provider : config.chain()) {
            analysts.add(ProviderAnalyst.of(provider, keys));
        }
        return new FallbackAnalyst(analysts, ledger, clock);
    }

    /** The ledger charged. */
    public UsageLedger ledger() {
        return ledger;
    }

    /** The providers, the primary first. */
    public List<ProviderAnalyst> chain() {
        return chain;
    }

    @Override
    public AdviceOutcome advise(String prompt) {
        return interact(prompt).outcome();
    }

    @Override
    public String keyOf(String prompt) {
        if (chain.size() == 1) {
            return chain.getFirst().keyOf(prompt);
        }
        return Interaction.keyOfChain(chain.stream().map(a -> a.keyOf(prompt)).toList());
    }

    @Override
    public Interaction interact(String prompt) {
        String key = keyOf(prompt);
        List<String> reasons = new ArrayList<>();
        long latencyMillis = 0;
        int promptTokens = 0;
        int completionTokens = 0;
        long costRaw = 0;
        for (ProviderAnalyst analyst : chain) {
            ProviderConfig provider = analyst.config();
            LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            long worstTokens = analyst.worstCaseTokens(prompt);
            long worstCost = analyst.worstCaseCostRaw(prompt);
            UsageLedger.Reservation reservation = ledger.reserve(provider.name(), day, provider.budget(), worstTokens, worstCost);
            if (reservation == null) {
                reasons.add(provider.name() + ": " + AdviceFailure.Kind.BUDGET_SPENT + " ("
                        + ledger.refusal(provider.name(), day, provider.budget(), worstTokens, worstCost) + ")");
                continue;
            }
            Interaction interaction = analyst.interact(prompt);
            Interaction charged = charge(reservation, interaction);
            if (interaction.outcome() instanceof Advice) {
                return charged.withKey(key);
            }
            AdviceFailure failure = (AdviceFailure) interaction.outcome();
            reasons.add(provider.name() + ": " + failure.kind() + " (" + failure.reason() + ")");
            latencyMillis += charged.latencyMillis();
            promptTokens += charged.promptTokens();
            completionTokens += charged.completionTokens();
            costRaw = FixedPoint.addMoney(costRaw, charged.costRaw(), "LLM cost");
        }
        AdviceFailure all = new AdviceFailure(AdviceFailure.Kind.ALL_PROVIDERS_FAILED,
                "no provider gave advice: " + String.join("; ", reasons), "");
        ProviderConfig primary = chain.getFirst().config();
        return new Interaction(key, prompt, "chain", primary.model(), primary.baseUrl(), primary.temperature(),
                primary.maxTokens(), Interaction.SCHEMA_VERSION, latencyMillis, promptTokens, completionTokens, costRaw, all);
    }

    /**
     * Charges the call: the provider's reported usage, or, when it reported none although the model was reached (an
     * answer, or a timeout that may still be billed), the reserved worst case. Returns the interaction as charged.
     */
    private Interaction charge(UsageLedger.Reservation reservation, Interaction interaction) {
        boolean reported = interaction.promptTokens() > 0 || interaction.completionTokens() > 0;
        boolean mayBeBilled = interaction.outcome() instanceof Advice || interaction.outcome() instanceof AdviceFailure f
                && (f.kind() == AdviceFailure.Kind.MALFORMED_ADVICE || f.kind() == AdviceFailure.Kind.TIMEOUT);
        if (reported || !mayBeBilled) {
            ledger.charge(reservation, 1, interaction.promptTokens(), interaction.completionTokens(), interaction.costRaw());
            return interaction;
        }
        ledger.charge(reservation, 1, reservation.tokens(), 0, reservation.costRaw());
        return new Interaction(interaction.key(), interaction.prompt(), interaction.provider(), interaction.model(),
                interaction.baseUrl(), interaction.temperature(), interaction.maxTokens(), interaction.schemaVersion(),
                interaction.latencyMillis(), (int) Math.min(Integer.MAX_VALUE, reservation.tokens()), 0,
                reservation.costRaw(), interaction.outcome());
    }
}
