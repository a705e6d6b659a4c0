package wave.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPoint;

/** The writer's numbers and times are the text of {@link FixedPoint}'s formatters and of {@code java.time}. */
class AsciiWriterTest {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Test
    void amountsPricesQuantitiesAndIntegersAreTheFormattersText() throws IOException {
        Random random = new Random(8);
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, 1_000_000_000L, -1_000_000_000L,
                100_000_000_000_000L, 123_450_000_000L, 5L, 50L, 500_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (int i = 0; i < 20_000; i++) {
            long magnitude = (long) Math.pow(10, random.nextInt(19));
            long value = random.nextLong() % Math.max(1, magnitude);
            values.add(random.nextInt(4) == 0 ? value / 1_000_000 * 1_000_000 : value);
        }
        StringBuilder expected = new StringBuilder();
        String actual = written(w -> {
            for (long v : values) {
                w.money(v).comma().price(v).comma().quantity(v).comma().integer(v).newline();
            }
        });
        for (long v : values) {
            expected.append(FixedPoint.formatMoney(v)).append(',').append(FixedPoint.formatPrice(v)).append(',')
                    .append(FixedPoint.formatQuantity(v)).append(',').append(v).append('\n');
        }
        assertThat(actual).isEqualTo(expected.toString());
    }

    @Test
    void timestampsAreUtcCivilTimesWhetherConsecutiveRowsShareTheirDateOrNot() throws IOException {
        Random random = new Random(8);
        List<Long> nanos = new ArrayList<>(List.of(0L, -1L, 86_399_999_999_999L, 86_400_000_000_000L, -86_400_000_000_000L,
                951_782_400_000_000_000L /* 2000-02-29 */, 1_577_836_800_123_000_000L, Long.MAX_VALUE, Long.MIN_VALUE + 1));
        long t = 1_577_836_800_000_000_000L;
        for (int i = 0; i < 5_000; i++) {
            t += random.nextInt(3) == 0 ? random.nextLong(1, 40L * 86_400_000_000_000L) : 60_000_000_000L;
            nanos.add(t);
            nanos.add(random.nextLong());
        }
        String actual = written(w -> {
            for (long n : nanos) {
                w.timestamp(n, false).comma().timestamp(n, true).newline();
            }
        });
        StringBuilder expected = new StringBuilder();
        for (long n : nanos) {
            Instant instant = Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
            boolean millis = Math.floorMod(n, 1_000_000_000L) / 1_000_000 != 0;
            expected.append((millis ? MILLIS : DATE_TIME).format(instant)).append(',')
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant)).append('\n');
        }
        assertThat(actual).isEqualTo(expected.toString());
    }

    private static String written(Consumer<AsciiWriter> writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AsciiWriter w = new AsciiWriter(bytes)) {
            writing.accept(w);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
