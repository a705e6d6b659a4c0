package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.domain.calendar.ExchangeCalendars;

/** Metrics annualised from the data's time (issue: one-minute 24/7 data and data with holes counted bars). */
class AnnualisationCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void oneMinuteBarsOnEveryDayAreAnnualisedOverTheMinutesOfAYear() throws IOException {
        Path file = minuteFile(dir.resolve("BTC.csv"), LocalDateTime.of(2021, 3, 5, 0, 0), 3 * 1440);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode m = JSON.readTree(run.out()).elements().next();
        int n = m.get("bars").asInt() - 1;
        double growth = m.get("end_equity").asDouble() / m.get("start_equity").asDouble();
        assertThat(m.get("periods_per_year").asDouble()).isEqualTo(365.0 * 1440);
        assertThat(m.get("cagr").asDouble()).isCloseTo(Math.pow(growth, 365.0 * 1440 / n) - 1, within(1e-9));
    }

    @Test
    void periodsPerYearCanBeGivenAndAreChecked() throws IOException {
        Path file = minuteFile(dir.resolve("BTC.csv"), LocalDateTime.of(2021, 3, 5, 0, 0), 1440);

        Cli given = Cli.run("metrics", "--data", file.toString(), "--json", "--periods-per-year", "1000");
        Cli wrong = Cli.run("metrics", "--data", file.toString(), "--periods-per-year", "-3");

        assertThat(given.exitCode()).as(given.toString()).isZero();
        assertThat(JSON.readTree(given.out()).elements().next().get("periods_per_year").asDouble()).isEqualTo(1000.0);
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("--periods-per-year '-3' is not a positive number");
    }

    @Test
    void aDirectoryOf2006And2014DataCountsNineYearsAndWarns() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(SharedData.require("backtrader/2006-day-001.txt"), data.resolve("IDX-2006.txt"));
        Files.copy(SharedData.require("backtrader/orcl-2014.txt"), data.resolve("ORCL-2014.txt"));
        Path out = dir.resolve("out");

        Cli run = Cli.run("backtest", "--data", data.toString(), "--strategy", "sma-cross", "--out", out.toString(),
                "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning: the instruments cover different periods: the run spans 2006-01-02 to"
                + " 2014-12-31, but ");
        JsonNode metrics = JSON.readTree(out.resolve("summary.json").toFile()).get("metrics");
        double years = ExchangeCalendars.nyse().tradingDaysBetween(LocalDate.of(2006, 1, 2), LocalDate.of(2014, 12, 31))
                / 252.0;
        double growth = 1 + metrics.get("total_return").asDouble();
        assertThat(years).isCloseTo(9.0, within(0.05));
        assertThat(metrics.get("cagr").asDouble()).isCloseTo(Math.pow(growth, 1 / years) - 1, within(1e-9));
    }

    private static Path minuteFile(Path file, LocalDateTime start, int bars) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("Date,Time,Open,High,Low,Close,Volume");
        double price = 100;
        for (int i = 0; i < bars; i++) {
            LocalDateTime t = start.plusMinutes(i);
            double close = price * (1 + 0.0004 * Math.sin(i * 0.3) + 0.00001);
            rows.add(String.format(Locale.ROOT, "%s,%s,%.4f,%.4f,%.4f,%.4f,%d", t.toLocalDate(), t.toLocalTime() + ":00",
                    price, Math.max(price, close) + 0.01, Math.min(price, close) - 0.01, close, 1000));
            price = close;
        }
        Files.write(file, rows);
        return file;
    }
}
