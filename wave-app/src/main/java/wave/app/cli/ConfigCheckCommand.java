package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.app.alerts.AlertSettings;
import wave.app.config.ConfigLayer;
import wave.app.config.ConfigLoader;
import wave.app.config.ConfigLocations;
import wave.app.config.LayeredConfig;
import wave.app.config.ReferenceCheck;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.llm.config.LlmSettings;
import wave.risk.RiskSettings;

/** {@code wave config check [FILE]}: validates configuration files and lists every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate wave.toml files: print OK, or every error as FILE:LINE: KEY: PROBLEM.",
                "Without FILE: ~/.wave/wave.toml and ./wave.toml, whichever exist, then what they refer to together",
                "(the data, the strategy and its parameters).",
                "Exit status 1 when there are errors."})
final class ConfigCheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to check (alone).")
    Path file;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ConfigLocations locations = WaveCli.locations(spec);
        List<Path> files = file != null ? List.of(file) : new ConfigLoader(locations).files(null);
        if (files.isEmpty()) {
            out.println("No configuration file: neither " + locations.homeFile() + " nor " + locations.workingFile() + " exists.");
            return 0;
        }
        List<ConfigLayer> layers = new ArrayList<>();
        int errors = 0;
        for (Path path : files) {
            ConfigLoader.Checked checked = ConfigLoader.check(path);
            checked.problems().forEach(out::println);
            errors += checked.problems().size();
            if (checked.layer() != null) {
                layers.add(checked.layer());
            }
        }
        if (layers.size() == files.size()) { // every file has the right shape: check what it refers to
            LayeredConfig config = LayeredConfig.of(layers);
            List<Problem> problems = new ArrayList<>(ReferenceCheck.data(config));
            problems.addAll(ReferenceCheck.strategy(config, StrategyCatalog.bundled().all(), errors == 0));
            problems.addAll(sectionProblems(files));
            problems.forEach(out::println);
            errors += problems.size();
        }
        if (errors > 0) {
            out.println(errors + (errors == 1 ? " error" : " errors"));
            return ErrorHandler.FAILED;
        }
        files.forEach(path -> out.println(path + ": OK"));
        return 0;
    }

    /**
     * The problems of the files' {@code [risk]}, {@code [alerts]} and {@code [llm]} tables, checked as {@code wave backtest}
     * and {@code wave llm} check them (an alert secret's environment variable in this environment).
     */
    private static List<Problem> sectionProblems(List<Path> files) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path path : files) {
            documents.add(Documents.read(path, path.toString(), DocumentFormat.TOML));
        }
        List<Problem> problems = new ArrayList<>();
        try {
            RiskSettings.resolve(null, documents);
        } catch (DocumentException e) {
            problems.addAll(e.problems());
        }
        if (documents.stream().anyMatch(d -> d.root().path("alerts").isObject())) {
            try {
                AlertSettings.resolve(AlertSettings.DEFAULT, documents, System::getenv);
            } catch (DocumentException e) {
                problems.addAll(e.problems());
            }
        }
        try {
            LlmSettings.resolve(documents);
        } catch (DocumentException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }
}
