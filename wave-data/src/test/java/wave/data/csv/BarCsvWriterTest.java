package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

class BarCsvWriterTest {
    private static final InstrumentId ID = InstrumentId.of("TEST");

    @Test
    void writesDailyBarsWithDates() throws IOException {
        BarSeries series = BarSeries.builder(ID, BarSpec.DAY_1, 2)
                .add(nanos("2021-04-20T00:00:00Z"), 135_020_000_000L, 135_530_000_000L, 131_810_000_000L, 133_110_000_000L, 94_812_349)
                .add(nanos("2021-04-21T00:00:00Z"), 132_360_000_000L, 133_750_000_000L, 131_300_100_000L, 133_500_000_000L, 68_538_237)
                .build();

        assertThat(write(series)).isEqualTo("""
                timestamp,open,high,low,close,volume
                2021-04-20,135.02,135.53,131.81,133.11,94812349
                2021-04-21,132.36,133.75,131.3001,133.5,68538237
                """);
    }

    @Test
    void writesIntradayBarsWithTimesFractionsAndOddValues() throws IOException {
        BarSeries series = BarSeries.builder(ID, BarSpec.MINUTE_1, 3)
                .add(nanos("1999-12-31T23:59:00Z"), 1, 1_000_000_000L, 0, 999_999_999L, 0.5)
                .add(nanos("2000-01-01T00:00:00Z"), -1_500_000_000L, 10_000_000_000L, -2_000_000_000L, 0, 1e20)
                .add(nanos("2000-01-01T00:00:01.25Z"), 1_000_000_000L, 1_000_000_000L, 1_000_000_000L, 1_000_000_000L, 3)
                .build();

        assertThat(write(series)).isEqualTo("""
                timestamp,open,high,low,close,volume
                1999-12-31 23:59:00,0.000000001,1,0,0.999999999,0.5
                2000-01-01 00:00:00,-1.5,10,-2,0,1.0E20
                2000-01-01 00:00:01.25,1,1,1,1,3
                """);
    }

    @Test
    void writesDateTimesForDailySpecWhenBarsAreNotAtMidnight() throws IOException {
        BarSeries series = BarSeries.builder(ID, BarSpec.DAY_1, 1)
                .add(nanos("2021-04-20T16:00:00Z"), 1_000_000_000L, 1_000_000_000L, 1_000_000_000L, 1_000_000_000L, 1).build();

        assertThat(write(series)).contains("2021-04-20 16:00:00,1,1,1,1,1");
    }

    @Test
    void roundTripsThroughAutoDetection() throws IOException {
        BarSeries series = BarSeries.builder(ID, BarSpec.MINUTE_5, 2)
                .add(nanos("2021-04-20T09:30:00Z"), 1_234_567_891L, 2_000_000_000L, 1_000_000_000L, 1_500_000_001L, 1e20)
                .add(nanos("2021-04-20T09:35:00Z"), 1_500_000_001L, 2_000_000_000L, 1_000_000_000L, 1_600_000_000L, 0.1)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BarCsvWriter.write(series, out);

        BarSeries back = CsvImporters.load("test.csv", out.toByteArray(), LoadOptions.defaults()).series();

        assertThat(back.spec()).isEqualTo(BarSpec.MINUTE_5);
        for (int i = 0; i < 2; i++) {
            assertThat(back.bar(i)).isEqualTo(series.bar(i));
        }
    }

    private static long nanos(String instant) {
        Instant t = Instant.parse(instant);
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static String write(BarSeries series) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BarCsvWriter.write(series, out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
