package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instruments named without collisions or by the user, generic files mapped by options, wide panels as many instruments. */
class DataNamingCommandTest {
    private static final String ORCL_2014 = "backtrader/orcl-2014.txt";

    @TempDir
    Path dir;

    @Test
    void filesSharingAPrefixGetDistinctInstruments() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        for (String name : List.of("2006-day-001.txt", "2005-2006-day-001.txt")) {
            Files.copy(SharedData.require("backtrader/" + name), data.resolve(name));
        }
        Files.copy(SharedData.require("backtrader/2006-day-001.txt"), data.resolve("2006-day-001-copy.txt"));

        Cli run = Cli.run("backtest", "--data", data.toString(), "--strategy", "sma-cross", "--sizing", "percent:30",
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(instruments(dir.resolve("out"))).containsExactly("2005.SIM", "2006-DAY-001-COPY.SIM", "2006-DAY-001.SIM");
    }

    @Test
    void dataSymbolEqualsFileAndSymbolNameOneFile() {
        Path orcl = SharedData.require(ORCL_2014);

        Cli named = Cli.run("backtest", "--data", "ORACLE=" + orcl, "--strategy", "sma-cross", "--out", dir.resolve("a").toString());
        Cli symbol = Cli.run("backtest", "--data", orcl.toString(), "--symbol", "ORACLE.NYSE", "--strategy", "sma-cross",
                "--out", dir.resolve("b").toString());

        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(symbol.exitCode()).as(symbol.toString()).isZero();
        assertThat(instruments(dir.resolve("a"))).containsExactly("ORACLE.SIM");
        assertThat(instruments(dir.resolve("b"))).containsExactly("ORACLE.NYSE");
    }

    @Test
    void aGenericFileMappedByColumnsDateFormatAndTimeZoneRunsLikeTheOriginal() throws IOException {
        Path orcl = SharedData.require(ORCL_2014);
        List<String> lines = Files.readAllLines(orcl);
        List<String> generic = new ArrayList<>(List.of("Tag;Eroeffnung;Hoch;Tief;Schluss;Bereinigt;Umsatz"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String[] ymd = f[0].split("-");
            generic.add(ymd[2] + "/" + ymd[1] + "/" + ymd[0] + ";" + String.join(";", List.of(f).subList(1, f.length)));
        }
        Path file = Files.write(dir.resolve("orcl-de.csv"), generic);

        Cli original = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--out", dir.resolve("a").toString());
        Cli mapped = Cli.run("backtest", "--data", file.toString(), "--symbol", "ORCL", "--columns",
                "date=Tag,open=Eroeffnung,high=Hoch,low=Tief,close=Schluss,volume=Umsatz", "--date-format", "dd/MM/yyyy",
                "--strategy", "sma-cross", "--out", dir.resolve("b").toString());
        Cli tokyo = Cli.run("backtest", "--data", file.toString(), "--symbol", "ORCL", "--columns",
                "date=Tag,open=Eroeffnung,high=Hoch,low=Tief,close=Schluss,volume=Umsatz", "--date-format", "dd/MM/yyyy",
                "--time-zone", "Asia/Tokyo", "--strategy", "sma-cross", "--out", dir.resolve("c").toString());

        assertThat(mapped.exitCode()).as(mapped.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("b/fills.csv"))).isEqualTo(Files.readAllLines(dir.resolve("a/fills.csv")))
                .hasSize(8);
        assertThat(tokyo.exitCode()).as(tokyo.toString()).isZero();
        // Midnight in Tokyo is 15:00 UTC the day before: the first bar is dated 2014-01-01 instead of 2014-01-02.
        assertThat(Files.readAllLines(dir.resolve("c/equity.csv")).get(1)).startsWith("2014-01-01,");
        assertThat(Files.readAllLines(dir.resolve("a/equity.csv")).get(1)).startsWith("2014-01-02,");
        assertThat(original.exitCode()).isZero();
    }

    @Test
    void validateReadsAGenericFileWithTheSameMapping() throws IOException {
        Path file = Files.writeString(dir.resolve("bund.csv"), "Tag;Erster;Hoch;Tief;Schluss\n02.01.2024;134.5;135;134;134.75\n"
                + "03.01.2024;134.75;136;134.5;135.5\n");

        Cli run = Cli.run("data", "validate", "--columns", "date=Tag,open=Erster,high=Hoch,low=Tief,close=Schluss",
                "--date-format", "dd.MM.yyyy", "--time-zone", "Europe/Berlin", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("bund.csv: 2 rows read, 2 kept, no findings",
                "  -> 2 bars of 1d for BUND.SIM");
    }

    @Test
    void aWideClosePanelRunsMultiInstrument() {
        Path panel = SharedData.require("pypfopt/stock_prices.csv");

        Cli run = Cli.run("backtest", "--data", panel.toString(), "--strategy", "sma-cross", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Set<String> traded = instruments(dir.resolve("out"));
        assertThat(traded).hasSize(20).contains("AAPL.SIM", "AMZN.SIM", "BABA.SIM", "GOOG.SIM");
        List<String> amznFills = lines(dir.resolve("out/fills.csv")).stream().filter(l -> l.contains(",AMZN.SIM,")).toList();
        assertThat(amznFills.getFirst().substring(0, 10)).isGreaterThan("1997-05-15");
    }

    /** The instruments of a run's fills. */
    private static Set<String> instruments(Path out) {
        Set<String> names = new TreeSet<>();
        for (String line : lines(out.resolve("fills.csv")).subList(1, lines(out.resolve("fills.csv")).size())) {
            names.add(line.split(",")[2]);
        }
        return names;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
