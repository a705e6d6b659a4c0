package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real data as the oracle: the dates of AAPL daily bars 1999-11-01..2021-04-21 (Alpha Vantage) are exactly the
 * NYSE trading days. The file lives in the shared data folder: {@code $WAVE_SHARED_DATA}, else
 * {@code ../../shared/data} from the module directory; when missing the test fails if {@code CI=true} and is
 * skipped otherwise.
 */
class NyseRealDataTest {
    private static final String FILE = "sp500_alphavantage/DA-AAPL-T-2021-04-21.csv";

    @Test
    void nyseTradingDaysAreExactlyTheDatesOfRealDailyBars() throws IOException {
        List<String> lines = Files.readAllLines(sharedFile());
        assertThat(lines.getFirst()).startsWith("timestamp,");
        NavigableSet<LocalDate> barDates = lines.stream().skip(1)
                .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(barDates).hasSize(lines.size() - 1);
        assertThat(barDates.first()).isEqualTo(LocalDate.of(1999, 11, 1));
        assertThat(barDates.last()).isEqualTo(LocalDate.of(2021, 4, 21));

        TradingCalendar nyse = ExchangeCalendars.nyse();
        NavigableSet<LocalDate> tradingDays = barDates.first().datesUntil(barDates.last().plusDays(1))
                .filter(nyse::isTradingDay)
                .collect(Collectors.toCollection(TreeSet::new));

        NavigableSet<LocalDate> calendarOnly = new TreeSet<>(tradingDays);
        calendarOnly.removeAll(barDates);
        NavigableSet<LocalDate> dataOnly = new TreeSet<>(barDates);
        dataOnly.removeAll(tradingDays);
        assertThat(calendarOnly).as("NYSE trading days without a bar").isEmpty();
        assertThat(dataOnly).as("bars on days the NYSE calendar says are closed").isEmpty();
        assertThat(nyse.tradingDaysBetween(barDates.first(), barDates.last().plusDays(1))).isEqualTo(5402);
    }

    private static Path sharedFile() {
        String configured = System.getenv("WAVE_SHARED_DATA");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared/data");
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            String message = "market data file not found: " + file.toAbsolutePath().normalize()
                    + " (set WAVE_SHARED_DATA to the shared data folder; required when CI=true)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return file;
    }
}
