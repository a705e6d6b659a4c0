package wave.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.app.report.html.Attribution;
import wave.app.report.html.RunDirectoryReader;
import wave.app.report.html.StoredRunReader;
import wave.app.report.html.Tearsheet;
import wave.app.report.html.TearsheetData;
import wave.app.report.html.TearsheetExport;
import wave.app.report.html.TearsheetPdf;
import wave.store.runs.StoredRun;

/** {@code wave report RUN_ID|RUN_DIR}: the HTML tearsheet of a run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the HTML tearsheet of a run: one self-contained file (inline SVG, no script, nothing downloaded) "
                + "with metrics, equity against buy and hold, drawdown, monthly returns, rolling Sharpe ratio and volatility, "
                + "return distribution, trades and attribution by instrument (and sector); optionally the same as a PDF and every table as CSV and JSON."})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_ID|RUN_DIR",
            description = "A directory written by 'wave backtest --out DIR', a run id (see 'wave runs list'), or 'last'.")
    String run;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the page (default: tearsheet.html in RUN_DIR, "
            + "or run-ID.html in the working directory for a stored run).")
    Path out;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the tearsheet as a PDF (same sections, vector charts).")
    Path pdf;

    @Option(names = "--export", paramLabel = "DIR", description = "Also write every table as CSV and JSON into DIR: metrics, "
            + "monthly-returns, trades, attribution (and attribution-sectors with --sectors).")
    Path export;

    @Option(names = "--sectors", paramLabel = "FILE", description = "CSV of symbol,sector (header first) for attribution by sector, "
            + "e.g. sp500_alphavantage_sectors.csv.")
    Path sectors;

    @Mixin
    StoreOptions store;

    @Mixin
    PluginOptions plugins;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        Path dir = Path.of(run);
        TearsheetData data;
        Path target;
        if (Files.isDirectory(dir)) {
            data = RunDirectoryReader.read(dir);
            data = data.withPrices(IndicatorOverlays.add(data.prices(), RunDirectoryReader.strategy(dir),
                    RunDirectoryReader.params(dir), plugins.catalog()));
            target = out != null ? out : dir.resolve("tearsheet.html");
        } else {
            StoredRun stored = RunLookup.find(store, run);
            data = StoredRunReader.read(stored);
            data = data.withPrices(IndicatorOverlays.add(data.prices(), stored.record().strategy(),
                    stored.record().configuration().parameters(), plugins.catalog()));
            target = out != null ? out : Path.of("run-" + stored.id() + ".html");
        }
        Map<String, String> sectorMap = sectors == null ? Map.of() : Attribution.readSectors(sectors);
        createParent(target);
        Files.writeString(target, Tearsheet.render(data, sectorMap), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + target);
        if (pdf != null) {
            createParent(pdf);
            TearsheetPdf.write(data, sectorMap, pdf);
            spec.commandLine().getOut().println("wrote " + pdf);
        }
        if (export != null) {
            TearsheetExport.write(data, sectorMap, export);
            spec.commandLine().getOut().println("wrote tables to " + export);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
