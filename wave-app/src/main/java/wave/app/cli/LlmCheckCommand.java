package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.config.ConfigLoader;
import wave.app.llm.LlmSetup;
import wave.domain.money.FixedPoint;
import wave.llm.AdviceFailure;
import wave.llm.Interaction;
import wave.llm.ProviderAnalyst;
import wave.llm.Tokens;
import wave.llm.config.ApiKeys;
import wave.llm.config.LlmConfig;
import wave.llm.config.ProviderConfig;

/** {@code wave llm check}: pings each configured provider. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ask each provider of the [llm] chain for one small advice: print its model, latency, tokens and",
                "cost, and what an advice request may cost at most. Exit status 1 when a provider fails."})
final class LlmCheckCommand implements Callable<Integer> {
    /** The prompt of the check: small, and answerable by any model that follows the schema. */
    static final String PING = "Connection check of Wave. Instrument: TEST. No market data is given. "
            + "Advise HOLD with confidence 0, horizon \"1d\", risk_level \"low\", rationale \"connection check\".";
    /** The prompt size the cost estimate assumes, in estimated tokens (the prompt builder's default budget). */
    static final int ESTIMATE_PROMPT_TOKENS = 1_500;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file to use instead of ./wave.toml (over ~/.wave/wave.toml).")
    Path configFile;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LlmConfig config = LlmSetup.load(new ConfigLoader(WaveCli.locations(spec)), configFile);
        ApiKeys keys = LlmSetup.keys(config);
        int failed = 0;
        for (ProviderConfig provider : config.chain()) {
            out.println(provider.name() + ": " + provider.kind().configName() + " " + provider.model() + " at "
                    + provider.baseUrl() + ", key " + provider.describe().get("api_key") + ", knowledge cutoff "
                    + provider.describe().get("knowledge_cutoff"));
            ProviderAnalyst analyst;
            try {
                analyst = ProviderAnalyst.of(provider, keys);
            } catch (IllegalArgumentException e) {
                out.println("  FAILED: " + e.getMessage());
                failed++;
                continue;
            }
            Interaction ping = analyst.interact(PING);
            if (ping.outcome() instanceof AdviceFailure f) {
                out.println("  FAILED after " + ping.latencyMillis() + " ms: " + f.kind() + ": " + f.reason());
                failed++;
            } else {
                out.println("  OK in " + ping.latencyMillis() + " ms: " + (ping.promptTokens() + ping.completionTokens())
                        + " tokens (" + ping.promptTokens() + " in, " + ping.completionTokens() + " out), cost "
                        + FixedPoint.formatMoney(ping.costRaw()));
            }
            String prompt = "x".repeat(ESTIMATE_PROMPT_TOKENS * Tokens.CHARS_PER_TOKEN);
            out.println("  an advice request of a " + ESTIMATE_PROMPT_TOKENS + "-token prompt may take "
                    + analyst.worstCaseTokens(prompt) + " tokens and cost " + FixedPoint.formatMoney(analyst.worstCaseCostRaw(prompt))
                    + " at most");
        }
        if (failed > 0) {
            out.println(failed + " of " + config.chain().size() + (config.chain().size() == 1 ? " provider" : " providers") + " failed");
            return ErrorHandler.FAILED;
        }
        return 0;
    }
}
