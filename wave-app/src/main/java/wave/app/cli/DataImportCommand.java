package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.data.csv.CsvImporters;
import wave.data.csv.ImportResult;
import wave.data.csv.LoadOptions;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.store.Store;
import wave.store.bars.Appended;
import wave.store.bars.BarSource;
import wave.store.runs.FileDigest;

/** {@code wave data import}: validates CSV files and stores their bars in the market-data store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store CSV bars in the market-data store, with the file's path, SHA-256 and validation report;",
                "'wave backtest --data store:SYMBOL' reads them back. Importing newer bars later appends them; bars already",
                "stored must be equal (a disagreeing bar is refused with exit status 1 and nothing is written)."})
final class DataImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "CSV file, or a directory of CSV files (one symbol each).")
    Path data;

    @Mixin
    LoadingOptions loading;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        List<Path> files = DataFiles.resolve(data);
        String symbol = DataFiles.symbol(data, loading.symbol);
        if (symbol != null && files.size() > 1) {
            throw new IllegalArgumentException("--symbol names the bars of one file, but " + data + " holds " + files.size()
                    + " files; import them one at a time, or let their file names give the symbols");
        }
        LoadOptions base = loading.loadOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.open()) {
            for (Path file : files) {
                String key = symbol != null ? symbol : CsvImporters.instrumentFromFileName(file.toString()).symbol();
                ImportResult result = CsvImporters.load(file, base.withInstrument(InstrumentId.parse(key)));
                if (!result.report().isClean()) {
                    err.println(result.report().format(5));
                }
                if (result.series().hasCorporateActions()) {
                    err.println(file.getFileName() + ": its dividends and splits are not stored; backtests on store:" + key
                            + " see raw prices without them (import with --price-column adj-close for adjusted prices)");
                }
                BarSeries bars = SeriesLoader.mergeSharedTimestamps(result.series().withoutCorporateActions(), file, err);
                if (bars.isEmpty()) {
                    throw new IllegalArgumentException(file + ": no bars left after validation");
                }
                BarSource source = new BarSource(FileDigest.of(file), Instant.now(Clock.systemUTC()),
                        result.report().format(Integer.MAX_VALUE));
                Appended appended = opened.bars().append(key, bars, source);
                out.println((appended.created() ? "stored " : "appended to ") + "store:" + key + ": " + appended.barsAdded()
                        + " new of " + appended.barsRead() + " bars of " + bars.spec() + " from " + file.getFileName()
                        + "; it holds " + appended.barsStored() + " bars");
            }
        }
        return 0;
    }
}
