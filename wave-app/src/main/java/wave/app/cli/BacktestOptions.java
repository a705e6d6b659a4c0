package wave.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wave.app.backtest.RunPeriod;

/**
 * What a backtest runs: data, strategy, parameters, output and the {@link RunOptions}. Shared by
 * {@code wave backtest} and {@code wave config show}; every option can also come from {@code wave.toml}, so none
 * is required by the parser ({@link #requireDataAndStrategy} checks after the files are applied).
 */
final class BacktestOptions {
    @Option(names = "--data", paramLabel = "FILE|DIR", description = {"CSV file (SYMBOL=FILE names its instrument), a wide close-only",
            "panel (one instrument per column), a directory of CSV files (one instrument each),",
            "or store:SYMBOL[,SYMBOL...] for bars stored by 'wave data import'."})
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    StrategyChoice strategy;

    /** A strategy by name (bundled or from a plugin), a strategy class of yours, or a declarative spec file. */
    static final class StrategyChoice {
        @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "Strategy name (see 'wave strategies').")
        String name;

        @Option(names = "--strategy-class", required = true, paramLabel = "CLASS",
                description = "Your strategy class (a public subclass of Strategy with a constructor taking its parameter "
                        + "record), found on --classpath; 'wave new-strategy' writes one to start from.")
        String className;

        @Option(names = "--spec", required = true, paramLabel = "FILE",
                description = "Strategy spec file (.toml or .json; see wave-spec/SPEC.md).")
        Path file;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--from", paramLabel = "DATE",
            description = "First date traded and reported (yyyy-MM-dd); earlier bars warm the strategy up without orders.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date used (yyyy-MM-dd); later bars are ignored.")
    String to;

    @Option(names = "--out", paramLabel = "DIR", description = "Write trades.csv, fills.csv, equity.csv and summary.json here.")
    Path out;

    @Mixin
    RunOptions run;

    @Mixin
    TaxLotOptions taxLots;

    /** The {@code --from}/{@code --to} period. */
    RunPeriod period() {
        return RunPeriod.parse(from, to);
    }

    /** The strategy choice, created empty when neither flag was given. */
    StrategyChoice strategyChoice() {
        if (strategy == null) {
            strategy = new StrategyChoice();
        }
        return strategy;
    }

    /** Fails with a usage error naming the flag and the key when the data or the strategy is still missing. */
    void requireDataAndStrategy() {
        if (data == null) {
            throw new IllegalArgumentException("no data: give --data FILE|DIR, or data.path in wave.toml");
        }
        if (strategy == null || strategy.name == null && strategy.file == null && strategy.className == null) {
            throw new IllegalArgumentException("no strategy: give --strategy NAME, --strategy-class CLASS or --spec FILE, "
                    + "or strategy.name, strategy.class or strategy.spec in wave.toml");
        }
    }
}
