package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written date paths against {@code java.time}. */
class TimestampParserTest {
    /** 1800-01-01T00:00:00Z. */
    private static final long MIN_SECOND = -5_364_662_400L;
    /** 2199-12-31T23:59:59Z. */
    private static final long MAX_SECOND = 7_258_118_399L;

    @Test
    void parsesDateTimesLikeJavaTime() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(3);
        TimestampParser space = TimestampParser.dateTime("yyyy-MM-dd HH:mm:ss");
        TimestampParser iso = TimestampParser.dateTime("yyyy-MM-dd'T'HH:mm:ss[.SSS]");
        TimestampParser date = TimestampParser.dateTime("yyyy-MM-dd");
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(MIN_SECOND, MAX_SECOND + 1);
            int millis = random.nextInt(1000);
            LocalDateTime time = LocalDateTime.ofEpochSecond(second, millis * 1_000_000, ZoneOffset.UTC);

            assertThat(parse(space, time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")))).isEqualTo(second * 1_000_000_000L);
            assertThat(parse(iso, time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"))))
                    .isEqualTo(second * 1_000_000_000L + millis * 1_000_000L);
            assertThat(parse(date, time.toLocalDate().toString())).isEqualTo(time.toLocalDate().toEpochDay() * 86_400_000_000_000L);
        }
    }

    @Test
    void cachesTheDateAcrossRows() {
        TimestampParser parser = TimestampParser.dateTime("yyyy-MM-dd HH:mm:ss");

        assertThat(parse(parser, "2024-02-29 23:59:59")).isEqualTo(epochNanos("2024-02-29T23:59:59"));
        assertThat(parse(parser, "2024-02-29 00:00:01")).isEqualTo(epochNanos("2024-02-29T00:00:01"));
        assertThat(parse(parser, "2024-03-01 00:00:00")).isEqualTo(epochNanos("2024-03-01T00:00"));
    }

    @Test
    void acceptsAFractionOfUpToNineDigitsAndATrailingZ() {
        TimestampParser iso = TimestampParser.dateTime("yyyy-MM-dd'T'HH:mm:ss");

        assertThat(parse(iso, "2015-09-23T20:57:42.5Z")).isEqualTo(epochNanos("2015-09-23T20:57:42") + 500_000_000L);
        assertThat(parse(iso, "2015-09-23T20:57:42.123456789")).isEqualTo(epochNanos("2015-09-23T20:57:42") + 123_456_789L);
        assertThat(parse(TimestampParser.time("HH:mm:ss"), "09:01:00")).isEqualTo(9 * 3600 * 1_000_000_000L + 60_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2023-00-10", "2023-13-01", "2023-04-31", "2023/04/01", "20230401", "2023-4-1",
            "2023-04-01 ", "x023-04-01"})
    void rejectsInvalidDates(String text) {
        assertThat(parse(TimestampParser.dateTime("yyyy-MM-dd"), text)).isEqualTo(DecimalParser.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-04-01 24:00:00", "2023-04-01 12:60:00", "2023-04-01 12:00:61", "2023-04-01T12:00:00",
            "2023-04-01 12:00", "2023-04-01 12:00:00.", "2023-04-01 12:00:00.1234567890", "2023-04-01 12:00:00Z"})
    void rejectsInvalidTimes(String text) {
        assertThat(parse(TimestampParser.dateTime("yyyy-MM-dd HH:mm:ss"), text)).isEqualTo(DecimalParser.INVALID);
    }

    @Test
    void fallsBackToDateTimeFormatter() {
        assertThat(parse(TimestampParser.dateTime("yyyyMMdd"), "20210421")).isEqualTo(epochNanos("2021-04-21T00:00"));
        assertThat(parse(TimestampParser.dateTime("dd/MM/yyyy HH:mm"), "21/04/2021 16:05")).isEqualTo(epochNanos("2021-04-21T16:05"));
        assertThat(parse(TimestampParser.dateTime("yyyyMMdd"), "2021042")).isEqualTo(DecimalParser.INVALID);
        assertThat(parse(TimestampParser.dateTime("dd.MM.yyyy"), "30.02.2023")).as("strict").isEqualTo(DecimalParser.INVALID);
        assertThat(parse(TimestampParser.dateTime("dd.MM.uuuu"), "28.02.2023")).isEqualTo(epochNanos("2023-02-28T00:00"));
        assertThat(parse(TimestampParser.time("HH.mm"), "24.00")).isEqualTo(DecimalParser.INVALID);
    }

    private static long epochNanos(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
    }

    private static long parse(TimestampParser parser, String text) {
        byte[] b = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
        return parser.parse(b, 1, b.length - 1);
    }
}
