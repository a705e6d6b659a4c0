package wave.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code wave llm}: the LLM analyst's tools. */
@Command(name = "llm", mixinStandardHelpOptions = true,
        description = {"The LLM analyst: check the configured providers, ask for one advice (docs/llm.md).",
                "Providers come from the [llm] table of wave.toml; API keys from environment variables or a secrets file."},
        subcommands = {LlmCheckCommand.class, LlmAdviseCommand.class})
final class LlmCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
