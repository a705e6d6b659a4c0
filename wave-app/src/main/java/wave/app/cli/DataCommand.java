package wave.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code wave data}: data tools. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Validate, generate, resample and store market data.",
        subcommands = {DataValidateCommand.class, DataSynthCommand.class, DataResampleCommand.class, DataImportCommand.class})
final class DataCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
