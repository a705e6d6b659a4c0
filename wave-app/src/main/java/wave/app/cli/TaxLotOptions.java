package wave.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import wave.app.report.TaxLotsCsv;
import wave.domain.tax.LotMethod;
import wave.engine.backtest.BacktestResult;

/** {@code --tax-lots fifo|lifo|hifo}: a backtest also writes its closed tax lots as {@code tax-lots.csv} into {@code --out}. */
final class TaxLotOptions {
    @Option(names = "--tax-lots", paramLabel = "fifo|lifo|hifo",
            description = {"Also write tax-lots.csv into --out: each closed lot with its dates, cost basis, proceeds and",
                    "gain, lots matched first in first out, last in first out or highest cost first (docs/tax-lots.md)."})
    String method;

    /**
     * The lot method, or null when none was asked for.
     *
     * @throws IllegalArgumentException for an unknown method, or a method without {@code --out}
     */
    LotMethod method(Path out) {
        if (method == null) {
            return null;
        }
        LotMethod parsed;
        try {
            parsed = LotMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tax-lots: " + e.getMessage(), e);
        }
        if (out == null) {
            throw new IllegalArgumentException("--tax-lots writes tax-lots.csv into the run's outputs: give --out DIR too");
        }
        return parsed;
    }

    /** Writes {@code tax-lots.csv} of the result into {@code dir} under {@code method}. */
    static void write(BacktestResult result, LotMethod method, Path dir) throws IOException {
        TaxLotsCsv.write(TaxLotsCsv.lots(result, method), Files.newOutputStream(dir.resolve("tax-lots.csv")),
                !result.spec().isIntraday());
    }
}
