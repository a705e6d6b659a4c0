package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.store.Store;
import wave.store.StoreUrl;
import wave.store.bars.BarImport;

/**
 * {@code wave data import} and {@code wave backtest --data store:SYMBOL} on ORCL 1995-2014: the stored bars equal the
 * file's bar for bar, a backtest on them prints what one on the file prints, newer files append, a file that
 * disagrees with stored history is refused. Run against SQLite ({@link SqliteMarketDataTest}) and PostgreSQL
 * ({@link PostgresMarketDataTest}).
 */
abstract class MarketDataContract {
    @TempDir
    Path dir;

    /** {@code --home} and, for a server, {@code --store-url} of the test's store. */
    protected abstract List<String> storeArguments();

    /** The test's store. */
    protected abstract StoreUrl storeUrl();

    Cli wave(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(storeArguments());
        return Cli.run(all.toArray(String[]::new));
    }

    private static BarSeries csv(Path file, String symbol) throws IOException {
        return CsvImporters.load(file, LoadOptions.defaults().withInstrument(InstrumentId.of(symbol))).series();
    }

    private BarSeries stored(String symbol) {
        try (Store store = Store.open(storeUrl())) {
            return store.bars().read(symbol).orElseThrow().series();
        }
    }

    private static void assertSameBars(BarSeries actual, BarSeries expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.spec()).isEqualTo(expected.spec());
        assertThat(actual.label()).isEqualTo(expected.label());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.bar(i)).as("bar %d", i).isEqualTo(expected.bar(i));
        }
    }

    @Test
    void importsAFileAndBacktestsOnTheStoredBarsAsOnTheFile() throws IOException {
        Path orcl = SharedData.require(SharedData.ORCL);

        Cli imported = wave("data", "import", orcl.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out().strip()).isEqualTo("stored store:ORCL: 5036 new of 5036 bars of 1d from orcl-1995-2014.txt; it holds 5036 bars");
        assertSameBars(stored("ORCL"), csv(orcl, "ORCL"));
        try (Store store = Store.open(storeUrl())) {
            BarImport provenance = store.bars().imports("ORCL").getFirst();
            assertThat(provenance.source().file().path()).isEqualTo(orcl.toString());
            assertThat(provenance.source().file().sha256()).isEqualTo(SharedDataDigest.sha256(orcl));
            assertThat(provenance.source().validation()).startsWith("orcl-1995-2014.txt: 5036 rows read, 5036 kept, ");
        }

        Cli fromFile = wave("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--no-record");
        Cli fromStore = wave("backtest", "--data", "store:ORCL", "--strategy", "sma-cross");

        assertThat(fromStore.exitCode()).as(fromStore.toString()).isZero();
        assertThat(fromStore.out()).startsWith(fromFile.out()).contains("Final equity ");
        Cli shown = wave("runs", "show", "last", "--json");
        JsonNode data = new ObjectMapper().readTree(shown.out()).get("data").get(0);
        assertThat(data.get("path").asText()).isEqualTo("store:ORCL");
        assertThat(data.get("sha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void appendsNewerBarsAndRefusesHistoryThatDisagrees() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require(SharedData.ORCL));
        Path first = write("orcl-first.csv", lines.subList(0, 3001));
        Path overlapping = write("orcl-rest.csv", lines.subList(2901, lines.size()), lines.getFirst());
        List<String> edited = new ArrayList<>(lines.subList(4001, lines.size()));
        edited.set(10, edited.get(10).replaceFirst(",([0-9.]+),([0-9.]+),(\\d+)$", ",$1,$2,1$3"));
        Path disagreeing = write("orcl-edited.csv", edited, lines.getFirst());

        Cli one = wave("data", "import", first.toString(), "--symbol", "PARTS");
        Cli two = wave("data", "import", overlapping.toString(), "--symbol", "PARTS");
        Cli three = wave("data", "import", disagreeing.toString(), "--symbol", "PARTS");

        assertThat(one.out().strip()).isEqualTo("stored store:PARTS: 3000 new of 3000 bars of 1d from orcl-first.csv; it holds 3000 bars");
        assertThat(two.out().strip()).isEqualTo("appended to store:PARTS: 2036 new of 2136 bars of 1d from orcl-rest.csv; it holds 5036 bars");
        assertSameBars(stored("PARTS"), csv(SharedData.require(SharedData.ORCL), "PARTS"));
        assertThat(three.exitCode()).as(three.toString()).isEqualTo(ErrorHandler.FAILED);
        assertThat(three.err()).contains("wave: error: store:PARTS at ").contains(": the stored bar has volume ")
                .contains("; refusing to replace stored history");
        assertSameBars(stored("PARTS"), csv(SharedData.require(SharedData.ORCL), "PARTS"));
    }

    @Test
    void namesWhatIsMissingWhenNoBarsAreStoredUnderASymbol() {
        Cli missing = wave("backtest", "--data", "store:NOPE", "--strategy", "sma-cross");
        Cli empty = wave("backtest", "--data", "store:", "--strategy", "sma-cross");

        assertThat(missing.exitCode()).isEqualTo(ErrorHandler.USAGE);
        assertThat(missing.err()).contains("no bars stored under NOPE in ")
                .contains("; import them with 'wave data import FILE --symbol NOPE'");
        assertThat(empty.exitCode()).isEqualTo(ErrorHandler.USAGE);
        assertThat(empty.err()).contains("--data 'store:' names no symbol; expected store:SYMBOL or store:SYMBOL,SYMBOL,...");
    }

    private Path write(String name, List<String> rows, String... header) throws IOException {
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(rows);
        return Files.write(dir.resolve(name), all);
    }
}
