package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Rsi;
import wave.indicators.registry.IndicatorRegistry;

/** {@code wave indicators} and {@code wave indicator}, run in-process. */
class IndicatorCommandTest {
    /** Ten significant digits: half a unit in the tenth digit, relative. */
    private static final double REL = 5e-10;

    @TempDir
    Path dir;

    @Test
    void indicatorsListsEveryIndicatorWithParametersDefaultsRangesAndOutputs() {
        Cli run = Cli.run("indicators");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> rsi = block(run.out(), "rsi");
        assertThat(rsi.getFirst()).startsWith("rsi - Relative strength index");
        assertThat(rsi).anyMatch(l -> l.matches("\\s+outputs\\s+rsi"));
        assertThat(rsi).anyMatch(l -> l.matches("\\s+period\\s+int\\s+default 14\\s+\\[2, 100000\\]\\s+.*"));
        assertThat(rsi).anyMatch(l -> l.matches("\\s+field\\s+enum\\s+default close\\s+.*open\\|high\\|low\\|close\\|hl2\\|hlc3\\|ohlc4\\|volume"));
        assertThat(block(run.out(), "macd")).anyMatch(l -> l.matches("\\s+outputs\\s+macd, signal, hist"));
        for (String name : IndicatorRegistry.standard().names()) {
            assertThat("\n" + run.out()).contains("\n" + name + " - ");
        }
        assertThat(run.out()).startsWith("sma - ").contains(IndicatorRegistry.standard().names().size() + " indicators.");
    }

    @Test
    void indicatorsCanShowSomeByName() {
        Cli run = Cli.run("indicators", "obv", "BBANDS");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("obv - ").contains("\nbbands - ").contains("parameters (none)")
                .contains("percent_b, bandwidth").doesNotContain("rsi - ");
    }

    @Test
    void macdOnOrclWritesEveryBarWithEmptyCellsBeforeTheFirstValue() {
        Path file = SharedData.require(SharedData.ORCL);
        OrclFile data = OrclFile.read(file);

        Cli run = Cli.run("indicator", "--data", file.toString(), "--name", "macd");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5036 + 1);
        assertThat(lines.getFirst()).isEqualTo("timestamp,macd,signal,hist");
        for (int i = 0; i < 33; i++) {
            assertThat(lines.get(i + 1)).isEqualTo(data.dates().get(i) + ",,,");
        }
        MacdSeries macd = Macd.compute(data.closeValues(), 12, 26, 9);
        assertThat(lines.get(34)).startsWith("1995-02-17,");
        for (int i = 33; i < 5036; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells).hasSize(4);
            assertThat(cells[0]).isEqualTo(data.dates().get(i));
            assertClose(cells[1], macd.macd()[i]);
            assertClose(cells[2], macd.signal()[i]);
            assertClose(cells[3], macd.histogram()[i]);
        }
        String[] row34 = lines.get(34).split(",");
        assertThat(Double.parseDouble(row34[1])).isCloseTo(macd.macd()[33], within(Math.abs(macd.macd()[33]) * REL));
    }

    @Test
    void outWritesTheSameCsvToAFile() throws IOException {
        Path file = SharedData.require(SharedData.ORCL);
        Path out = dir.resolve("new/rsi.csv");

        Cli toFile = Cli.run("indicator", "--data", file.toString(), "--name", "rsi", "--param", "period=10", "--out", out.toString());
        Cli toStdout = Cli.run("indicator", "--data", file.toString(), "--name", "rsi", "--param", "period=10");

        assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
        assertThat(toFile.out()).isEqualTo("Wrote 5036 rows of rsi(period=10, field=close) on ORCL.SIM to " + out + "\n");
        assertThat(Files.readString(out)).isEqualTo(toStdout.out());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo("timestamp,rsi");
        assertThat(lines.get(10)).endsWith(",");
        assertThat(lines.get(11)).matches("\\d{4}-\\d\\d-\\d\\d,\\d+(\\.\\d+)?");
        double[] rsi = Rsi.compute(OrclFile.read(file).closeValues(), 10);
        for (int i = 10; i < rsi.length; i++) {
            assertClose(lines.get(i + 1).split(",")[1], rsi[i]);
        }
    }

    @Test
    void ofAppliesTheIndicatorToAnotherIndicatorsOutput() {
        Path file = SharedData.require(SharedData.ORCL);
        double[] close = OrclFile.read(file).closeValues();

        Cli run = Cli.run("indicator", "--data", file.toString(), "--name", "ema", "--param", "period=5", "--of", "rsi",
                "--of-param", "period=14");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("timestamp,ema");
        double[] rsi = Rsi.compute(close, 14);
        double[] ema = Ema.compute(Arrays.copyOfRange(rsi, 14, rsi.length), 5);
        assertThat(lines.get(14 + 4)).endsWith(",");
        for (int i = 4; i < ema.length; i++) {
            assertClose(lines.get(14 + i + 1).split(",")[1], ema[i]);
        }

        Cli hist = Cli.run("indicator", "--data", file.toString(), "--name", "sma", "--param", "period=3", "--of", "macd:hist");
        assertThat(hist.exitCode()).as(hist.toString()).isZero();
        double[] smoothed = Sma.compute(Arrays.copyOfRange(Macd.compute(close, 12, 26, 9).histogram(), 33, close.length), 3);
        assertClose(hist.out().lines().toList().get(33 + 2 + 1).split(",")[1], smoothed[2]);
    }

    @Test
    void fieldAndAdjustedPricesAreRead() {
        Path file = SharedData.require(SharedData.ORCL);

        Cli high = Cli.run("indicator", "--data", file.toString(), "--name", "sma", "--param", "period=2", "--field", "high");
        Cli adjusted = Cli.run("indicator", "--data", file.toString(), "--name", "sma", "--param", "period=2",
                "--price-column", "adj-close");
        Cli close = Cli.run("indicator", "--data", file.toString(), "--name", "sma", "--param", "period=2");

        assertThat(high.exitCode()).as(high.toString()).isZero();
        assertThat(adjusted.exitCode()).as(adjusted.toString()).isZero();
        assertThat(high.out().lines().skip(2).findFirst()).isNotEqualTo(close.out().lines().skip(2).findFirst());
        assertThat(adjusted.out()).isNotEqualTo(close.out());
        assertThat(close.out().lines().limit(3).toList()).containsExactly("timestamp,sma", "1995-01-03,",
                "1995-01-04,2.1265435"); // (2.117284 + 2.135803) / 2
    }

    @Test
    void intradayTimestampsCarryTheTime() {
        Path file = SharedData.require(SharedData.INTRADAY_5M);

        Cli run = Cli.run("indicator", "--data", file.toString(), "--name", "atr", "--param", "period=3");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2142 + 1);
        assertThat(lines.get(1)).isEqualTo("2006-01-02 09:05:00,");
        assertThat(lines.get(4)).matches("2006-01-02 09:20:00,\\d+(\\.\\d+)?");
    }

    @Test
    void unknownIndicatorListsTheValidNames() {
        Cli run = Cli.run("indicator", "--data", dir.resolve("unread.csv").toString(), "--name", "rsx");

        assertOneLineUsageError(run, "wave: error: unknown indicator 'rsx'; valid indicators: "
                + String.join(", ", IndicatorRegistry.standard().names()));
        assertOneLineUsageError(Cli.run("indicators", "rsx"), "wave: error: unknown indicator 'rsx'; valid indicators: "
                + String.join(", ", IndicatorRegistry.standard().names()));
    }

    @Test
    void badParametersAreOneLineErrors() {
        String data = dir.resolve("unread.csv").toString();
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "rsi", "--param", "period=1"),
                "wave: error: rsi: parameter 'period' = 1 is out of range [2, 100000]");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "rsi", "--param", "length=14"),
                "wave: error: rsi: unknown parameter 'length'; valid parameters: period, field");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "macd", "--param", "fast=abc"),
                "wave: error: macd: parameter 'fast' expects an integer, got 'abc'");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "macd", "--param", "fast=30"),
                "wave: error: macd: fast must be < slow, was fast=30, slow=26");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "rsi", "--field", "mid"),
                "wave: error: rsi: parameter 'field' expects one of open, high, low, close, hl2, hlc3, ohlc4, volume, got 'mid'");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "atr", "--field", "high"),
                "wave: error: atr: unknown parameter 'field'; valid parameters: period");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "rsi", "--field", "high", "--param", "field=low"),
                "wave: error: give the field once: --field or --param field=...");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "adx", "--of", "rsi"),
                "wave: error: adx reads high, low, close, so it cannot be applied to another indicator's output; "
                        + "single-input indicators: " + String.join(", ", IndicatorRegistry.standard().singleInputNames()));
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "ema", "--of", "macd:histogram"),
                "wave: error: macd: unknown output 'histogram'; valid outputs: macd, signal, hist");
        assertOneLineUsageError(Cli.run("indicator", "--data", data, "--name", "ema", "--of-param", "period=3"),
                "wave: error: --of-param needs --of NAME");
    }

    @Test
    void missingDataFileNamesThePath() {
        Path missing = dir.resolve("no-such-file.csv");

        assertOneLineUsageError(Cli.run("indicator", "--data", missing.toString(), "--name", "rsi"),
                "wave: error: data file or directory not found: " + missing);
    }

    private static void assertOneLineUsageError(Cli run, String expectedLine) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errLines()).as(run.toString()).containsExactly(expectedLine);
        assertThat(run.out()).isEmpty();
    }

    /** A cell written with ten significant digits, plain decimal. */
    private static void assertClose(String cell, double expected) {
        assertThat(cell).as("plain decimal").matches("-?\\d+(\\.\\d*[1-9])?");
        double actual = Double.parseDouble(cell);
        assertThat(actual).as("%s vs %s", cell, expected).isCloseTo(expected, within(Math.abs(expected) * REL + 1e-300));
    }

    /** The lines of one indicator's block in {@code wave indicators}. */
    private static List<String> block(String text, String name) {
        List<String> lines = text.lines().toList();
        List<String> block = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith(name + " - ")) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            }
            if (in) {
                block.add(line);
            }
        }
        assertThat(block).as("block of %s", name).isNotEmpty();
        return block;
    }
}
