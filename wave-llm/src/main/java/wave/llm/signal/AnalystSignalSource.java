package wave.llm.signal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import wave.domain.market.BarSeries;
import wave.domain.signal.Signal;
import wave.llm.Advice;
import wave.llm.AdviceFailure;
import wave.llm.AdviceOutcome;
import wave.llm.Interaction;
import wave.llm.InteractionSource;
import wave.llm.prompt.AccountSummary;
import wave.llm.prompt.Prompt;
import wave.llm.prompt.PromptBuilder;

/**
 * The analyst as a signal source: builds the prompt as of the decision time, asks the analyst (live, recording, or
 * replaying recorded interactions), and turns advice into a {@link Signal} whose provenance is the interaction's
 * content address. A failure gives no signal and is reported to the {@link SourceMonitor}.
 */
public final class AnalystSignalSource implements SignalSource {
    private final PromptBuilder prompts;
    private final InteractionSource analyst;
    private final SourceMonitor monitor;
    private final Duration defaultHorizon;

    /**
     * A source.
     *
     * @param analyst        answers prompts, with their record
     * @param monitor        told of each success and failure
     * @param defaultHorizon the signals' horizon when the model's cannot be read
     */
    public AnalystSignalSource(PromptBuilder prompts, InteractionSource analyst, SourceMonitor monitor, Duration defaultHorizon) {
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.analyst = Objects.requireNonNull(analyst, "analyst");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.defaultHorizon = Objects.requireNonNull(defaultHorizon, "defaultHorizon");
    }

    @Override
    public String name() {
        return AdviceSignals.SOURCE;
    }

    @Override
    public Optional<Signal> signal(BarSeries series, long asOfNanos, AccountSummary account) {
        Prompt prompt = prompts.build(series, asOfNanos, account);
        Interaction interaction = analyst.interact(prompt.text());
        AdviceOutcome outcome = interaction.outcome();
        if (outcome instanceof Advice advice) {
            monitor.success(name());
            return Optional.of(AdviceSignals.toSignal(advice, series.instrument(), prompt.asOfNanos(),
                    "interaction:" + interaction.key(), defaultHorizon));
        }
        AdviceFailure failure = (AdviceFailure) outcome;
        monitor.failure(name(), failure.kind() + ": " + failure.reason());
        return Optional.empty();
    }
}
