package wave.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--strategy", paramLabel = "[ID=]NAME",
            description = {"Strategy name (see 'wave strategies'); repeatable, with --strategy-class and --spec, for several",
                    "strategies in one account (ID names one given twice; see --budget)."})
    List<String> names;

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

    @Option(names = "--strategy-class", paramLabel = "[ID=]CLASS",
            description = {"Your strategy class (a public subclass of Strategy with a constructor taking its parameter",
                    "record), found on --classpath; 'wave new-strategy' writes one to start from. Repeatable."})
    List<String> classNames;

    @Option(names = "--spec", paramLabel = "[ID=]FILE", description = "Strategy spec file (.toml or .json; see wave-spec/SPEC.md). Repeatable.")
    List<String> specs;

    @Option(names = "--budget", paramLabel = "ID=AMOUNT|PCT%",
            description = {"Capital budget of one of several strategies: an amount of the account's currency (50000) or a",
                    "percentage of equity (40%%); repeatable. Strategies without one share what is left equally."})
    Map<String, String> budgets = new LinkedHashMap<>();

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

    /** The {@code [[strategies]]} of the configuration files, used when no strategy flag is given. */
    List<StrategyEntry> fileStrategies = List.of();

    /**
     * The strategies given by the flags, in the order --strategy, --strategy-class, --spec; without any, those of the
     * files' {@code [[strategies]]} (empty when there are none either).
     */
    List<StrategyEntry> strategyEntries() {
        if (strategiesFromFiles()) {
            return fileStrategies;
        }
        List<StrategyEntry> entries = new ArrayList<>();
        StrategyEntry.addAll(entries, StrategyEntry.Kind.NAME, names);
        StrategyEntry.addAll(entries, StrategyEntry.Kind.CLASS, classNames);
        StrategyEntry.addAll(entries, StrategyEntry.Kind.SPEC, specs);
        return entries;
    }

    /** Whether the strategies come from the files' {@code [[strategies]]}: no strategy flag names one. */
    boolean strategiesFromFiles() {
        return names == null && classNames == null && specs == null && !fileStrategies.isEmpty();
    }

    /** Fails with a usage error naming the flag and the key when the data or the strategy is still missing. */
    void requireDataAndStrategy() {
        if (data == null) {
            throw new IllegalArgumentException("no data: give --data FILE|DIR, or data.path in wave.toml");
        }
        if (strategyEntries().isEmpty()) {
            throw new IllegalArgumentException("no strategy: give --strategy NAME, --strategy-class CLASS or --spec FILE, "
                    + "or strategy.name, strategy.class or strategy.spec in wave.toml");
        }
    }
}
