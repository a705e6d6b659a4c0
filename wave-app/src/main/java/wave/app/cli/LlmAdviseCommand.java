package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.config.ConfigLoader;
import wave.app.llm.LlmSetup;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.llm.Advice;
import wave.llm.AdviceFailure;
import wave.llm.FallbackAnalyst;
import wave.llm.Interaction;
import wave.llm.InteractionFile;
import wave.llm.ReplayStore;
import wave.llm.ReplayingAnalyst;
import wave.llm.UsageLedger;
import wave.llm.config.LlmConfig;
import wave.llm.config.ProviderConfig;
import wave.llm.prompt.AccountSummary;
import wave.llm.prompt.Prompt;
import wave.llm.prompt.PromptBuilder;
import wave.llm.prompt.PromptSettings;
import wave.store.WaveHome;

/** {@code wave llm advise}: one advice on an instrument as of a date, printed and recorded. */
@Command(name = "advise", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ask the [llm] chain for one advice on the instrument of FILE as of the end of DATE: the prompt quotes",
                "the bars known then, indicator values and a flat account. Prints the advice with its rationale and records",
                "the interaction in the home (llm/interactions.jsonl); the same prompt again is answered from the record.",
                "Exit status 1 when no provider gave advice."})
final class LlmAdviseCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file of one instrument.")
    Path data;

    @Option(names = "--at", required = true, paramLabel = "DATE",
            description = "Decision date (YYYY-MM-DD): bars stamped up to its end (UTC) are known, later ones are not read.")
    LocalDate at;

    @Mixin
    LoadingOptions loading;

    @Option(names = "--cash", defaultValue = "100000", paramLabel = "AMOUNT",
            description = "Cash of the flat account the prompt quotes (default: ${DEFAULT-VALUE}).")
    String cash;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file to use instead of ./wave.toml (over ~/.wave/wave.toml).")
    Path configFile;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Wave's home, where interactions are recorded (default: $WAVE_HOME, else ~/.wave).")
    String home;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BarSeries> loaded = SeriesLoader.load(data, loading.loadOptions(), spec.commandLine().getErr());
        if (loaded.size() != 1) {
            throw new IllegalArgumentException("--data: advise takes one instrument, " + data + " holds " + loaded.size());
        }
        BarSeries series = loaded.getFirst();
        long asOfNanos = at.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L - 1;
        Prompt prompt = new PromptBuilder(PromptSettings.DEFAULT).build(series, asOfNanos,
                AccountSummary.flat("USD", FixedPoint.parseMoney(cash)));

        LlmConfig config = LlmSetup.load(new ConfigLoader(WaveCli.locations(spec)), configFile);
        FallbackAnalyst analyst = FallbackAnalyst.of(config, LlmSetup.keys(config), new UsageLedger(), Clock.systemUTC());
        Path recordFile = LlmSetup.recordFile(WaveHome.fromEnvironment(home));
        ReplayStore store = InteractionFile.read(recordFile);
        Optional<Interaction> before = store.find(analyst.keyOf(prompt.text()));
        Interaction interaction = ReplayingAnalyst.recording(store, analyst).interact(prompt.text());
        boolean replayed = before.isPresent() && before.get() == interaction;
        if (!replayed) {
            InteractionFile.append(recordFile, interaction);
        }

        out.println(series.instrument().symbol() + " as of " + at + " (" + prompt.barsShown() + " bars, about "
                + prompt.estimatedTokens() + " prompt tokens), " + (replayed ? "replayed from the record" : "asked")
                + " via " + interaction.provider() + " (" + interaction.model() + "):");
        int status = 0;
        switch (interaction.outcome()) {
            case Advice a -> {
                out.println("  " + a.action() + ", confidence " + a.confidence() + ", horizon " + a.horizon() + ", risk "
                        + a.riskLevel().name().toLowerCase(Locale.ROOT));
                out.println("  Rationale: " + a.rationale());
                out.println("  Key factors: " + (a.keyFactors().isEmpty() ? "none" : String.join(", ", a.keyFactors())));
            }
            case AdviceFailure f -> {
                out.println("  No advice: " + f.kind() + ": " + f.reason());
                status = ErrorHandler.FAILED;
            }
        }
        out.println("  Recorded as " + interaction.key().substring(0, 12) + " in " + recordFile + " (" + interaction.latencyMillis()
                + " ms, " + (interaction.promptTokens() + interaction.completionTokens()) + " tokens, cost "
                + FixedPoint.formatMoney(interaction.costRaw()) + ")");
        for (ProviderConfig provider : config.chain()) {
            if (provider.knowledgeCutoff() != null && !at.isAfter(provider.knowledgeCutoff())) {
                out.println("  Warning: " + at + " is not after the knowledge cutoff of " + provider.name() + " ("
                        + provider.knowledgeCutoff() + "): the model may know what followed, so its advice says little "
                        + "about how it would do on unseen data.");
            }
        }
        return status;
    }
}
