package wave.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code wave config}: configuration file tools. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Check wave.toml files and show the settings a backtest would use (see docs/config.md).",
                "Precedence: flags > ./wave.toml (or the FILE given) > ~/.wave/wave.toml > defaults."},
        subcommands = {ConfigCheckCommand.class, ConfigShowCommand.class})
final class ConfigCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
