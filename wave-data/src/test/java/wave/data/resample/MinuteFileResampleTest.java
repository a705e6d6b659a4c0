package wave.data.resample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.testkit.SharedData;

/**
 * backtrader's 1-minute file {@code 2006-01-02-volume-min-001.txt} resampled to 5m, 15m, 1h and 1d equals an
 * aggregation written here from the raw text, bar for bar. The file's times mark each minute's end (the bar
 * 09:01 covers 09:00-09:01) in the exchange's local time, read as UTC; its sessions run 09:00-22:00 on weekdays,
 * so the 24/7 calendar (UTC days) gives the same buckets as the exchange's: 09:00-09:05, ..., 21:00-22:00.
 */
class MinuteFileResampleTest {
    private static final String FILE = "backtrader/2006-01-02-volume-min-001.txt";

    /** One bucket of the reference aggregation: prices as exact decimals, volume as a whole number. */
    private static final class Expected {
        BigDecimal open;
        BigDecimal high;
        BigDecimal low;
        BigDecimal close;
        long volume;
    }

    @ParameterizedTest
    @ValueSource(strings = {"5m", "15m", "1h", "1d"})
    void equalsAnIndependentAggregation(String to) throws IOException {
        Path file = SharedData.file(FILE);
        BarSeries minutes = CsvImporters.load(file, LoadOptions.defaults()).series();
        assertThat(minutes.label()).isEqualTo(BarLabel.END);
        assertThat(minutes.spec()).isEqualTo(BarSpec.MINUTE_1);

        Resampled resampled = Resampler.resample(minutes, BarSpec.parse(to), ExchangeCalendars.crypto(), OutsideSession.DROP);

        Map<Long, Expected> expected = aggregate(file, BarSpec.parse(to));
        BarSeries bars = resampled.series();
        assertThat(resampled.droppedBars()).isZero();
        assertThat(bars.label()).isEqualTo(BarLabel.END);
        assertThat(bars.spec()).isEqualTo(BarSpec.parse(to));
        assertThat(bars.size()).isEqualTo(expected.size());
        List<Long> stamps = new ArrayList<>(expected.keySet());
        for (int i = 0; i < bars.size(); i++) {
            Expected e = expected.get(stamps.get(i));
            String at = "bar " + i + " at " + java.time.Instant.ofEpochSecond(stamps.get(i) / 1_000_000_000L);
            assertThat(bars.tsNanos(i)).as(at).isEqualTo(stamps.get(i));
            assertThat(bars.openRaw(i)).as(at + " open").isEqualTo(raw(e.open));
            assertThat(bars.highRaw(i)).as(at + " high").isEqualTo(raw(e.high));
            assertThat(bars.lowRaw(i)).as(at + " low").isEqualTo(raw(e.low));
            assertThat(bars.closeRaw(i)).as(at + " close").isEqualTo(raw(e.close));
            assertThat(bars.volume(i)).as(at + " volume").isEqualTo((double) e.volume);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h", "1d"})
    void everyBucketStaysInsideOneSession(String to) throws IOException {
        BarSeries minutes = CsvImporters.load(SharedData.file(FILE), LoadOptions.defaults()).series();
        BarSeries bars = Resampler.resample(minutes, BarSpec.parse(to), ExchangeCalendars.crypto(), OutsideSession.DROP).series();
        long minuteVolume = 0;
        for (int i = 0; i < minutes.size(); i++) {
            minuteVolume += (long) minutes.volume(i);
        }
        long resampledVolume = 0;
        for (int i = 0; i < bars.size(); i++) {
            resampledVolume += (long) bars.volume(i);
        }
        assertThat(resampledVolume).isEqualTo(minuteVolume);
        if (to.equals("1d")) {
            assertThat(bars.size()).isEqualTo(41);
        } else {
            // 13 hourly buckets (09:00-22:00) on 40 full days; 2006-01-02 stops at 20:04, so it has 12.
            assertThat(bars.size()).isEqualTo(40 * 13 + 12);
        }
    }

    /**
     * The reference: reads the text directly. A minute ending at {@code HH:mm} started a minute earlier; it belongs to
     * the bucket {@code floor(start / length)} of its day, stamped with that bucket's end; daily buckets are dates.
     */
    private static Map<Long, Expected> aggregate(Path file, BarSpec to) throws IOException {
        Map<Long, Expected> buckets = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(",");
            LocalDate date = LocalDate.parse(f[0]);
            long minuteStart = LocalTime.parse(f[1]).toSecondOfDay() / 60 - 1;
            long stampSeconds;
            if (to.isIntraday()) {
                long length = to.duration().toMinutes();
                long bucketEnd = (minuteStart / length + 1) * length;
                stampSeconds = date.toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC) + bucketEnd * 60;
            } else {
                stampSeconds = date.toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
            }
            Expected e = buckets.computeIfAbsent(stampSeconds * 1_000_000_000L, k -> new Expected());
            BigDecimal open = new BigDecimal(f[2]);
            BigDecimal high = new BigDecimal(f[3]);
            BigDecimal low = new BigDecimal(f[4]);
            if (e.open == null) {
                e.open = open;
                e.high = high;
                e.low = low;
            }
            e.high = e.high.max(high);
            e.low = e.low.min(low);
            e.close = new BigDecimal(f[5]);
            e.volume += Long.parseLong(f[6]);
        }
        return buckets;
    }

    private static long raw(BigDecimal price) {
        return price.movePointRight(9).longValueExact();
    }
}
