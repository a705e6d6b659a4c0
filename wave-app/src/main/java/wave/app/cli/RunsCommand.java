package wave.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code wave runs}: the run history in the store. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"The run history: every 'wave backtest' is recorded in the store (unless --no-record).",
                "The store is wave.db in the home (--home, $WAVE_HOME, ~/.wave) or --store-url/$WAVE_STORE_URL."},
        subcommands = {RunsListCommand.class, RunsShowCommand.class, RunsCompareCommand.class, RunsRemoveCommand.class})
final class RunsCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
