package wave.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.app.config.ConfigLoader;
import wave.app.config.LayeredConfig;
import wave.config.TomlWriter;

/**
 * {@code wave config show [FILE] [backtest flags]}: the settings {@code wave backtest} would use, after merging the
 * home's file, the working directory's (or FILE) and the flags, as TOML with the origin of every value.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the settings wave backtest would use as TOML, each value followed by where it came from",
                "(a flag, FILE:LINE, or default). Takes the flags of wave backtest; FILE replaces ./wave.toml."})
final class ConfigShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Configuration file to use instead of ./wave.toml.")
    Path file;

    @Mixin
    BacktestOptions options;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        LayeredConfig files = new ConfigLoader(WaveCli.locations(spec)).load(file);
        ConfiguredOptions configured = ConfiguredOptions.apply(spec, options, files);
        options.run.config(); // the flags' values, checked as wave backtest checks them
        options.run.loadOptions();
        ConfiguredOptions.Effective effective = configured.effective();
        List<String> precedence = new ArrayList<>(List.of("flags"));
        precedence.addAll(files.sources().reversed());
        precedence.add("defaults");
        spec.commandLine().getOut().print("# wave backtest settings; precedence: " + String.join(" > ", precedence) + "\n"
                + TomlWriter.write(effective.values(), p -> effective.origins().apply(p).toString()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
