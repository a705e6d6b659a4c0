package wave.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;
import wave.app.config.ConfigLocations;
import wave.domain.money.RangeMode;

/** The {@code wave} command line. */
@Command(name = "wave", mixinStandardHelpOptions = true, version = "Wave 0.1.0",
        description = "Wave: research, backtest and trade algorithmic strategies.",
        subcommands = {DemoCommand.class, BacktestCommand.class, RunsCommand.class, StrategiesCommand.class, DataCommand.class,
                MetricsCommand.class, StatsCommand.class, IndicatorsCommand.class, IndicatorCommand.class, BenchCommand.class,
                NewStrategyCommand.class, ConfigCommand.class, LlmCommand.class, LookaheadAnalysisCommand.class,
                RecursiveAnalysisCommand.class, ReportCommand.class, PaperCommand.class, StatusCommand.class, KillCommand.class,
                ResetCommand.class, CancelAllCommand.class, StopCommand.class, AuditCommand.class, CommandLine.HelpCommand.class})
public final class WaveCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final ConfigLocations locations;

    private WaveCli(ConfigLocations locations) {
        this.locations = locations;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the command of {@code spec} (any subcommand) looks for {@code wave.toml} files. */
    static ConfigLocations locations(CommandLine.Model.CommandSpec spec) {
        return ((WaveCli) spec.root().userObject()).locations;
    }

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        try {
            RangeMode.fromEnvironment(); // a WAVE_RANGE other than standard or wide stops here, before any amount is read
        } catch (IllegalStateException e) {
            System.err.println("wave: error: " + e.getMessage());
            System.exit(2);
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the CLI with the given streams and returns the exit status: 0 success, 1 failure while running,
     * 2 bad usage (unknown option, strategy or parameter; missing file; invalid configuration).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, ConfigLocations.defaults());
    }

    /** Runs the CLI reading {@code wave.toml} from the given home and working directory instead of the defaults. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, ConfigLocations locations) {
        CommandLine cli = new CommandLine(new WaveCli(locations));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::onParameterError);
        return cli.execute(args);
    }
}
