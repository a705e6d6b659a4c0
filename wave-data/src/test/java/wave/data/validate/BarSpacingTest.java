package wave.data.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.domain.market.BarSpec;

class BarSpacingTest {
    @ParameterizedTest
    @CsvSource({"PT0S,1d", "PT0.5S,1m", "PT1M,1m", "PT5M,5m", "PT14M40S,15m", "PT1H,1h", "PT4H,4h", "PT90M,90m",
            "PT24H,1d", "PT48H,1d", "P4D,1d", "P7D,1w", "P14D,1w", "P30D,1mo", "P31D,1mo", "P91D,3mo", "P365D,12mo"})
    void infersTheBarSpecFromTheMedianSpacing(String spacing, String spec) {
        assertThat(BarSpacing.inferSpec(Duration.parse(spacing).toNanos())).isEqualTo(BarSpec.parse(spec));
    }

    @ParameterizedTest
    @CsvSource({"'0,60,120,180,240',60", "'0,60,60,120,3600',60", "'300,0,600,900',450", "'5',0"})
    void medianIgnoresNonPositiveSpacings(String seconds, long medianSeconds) {
        String[] parts = seconds.split(",");
        RawBars rows = new RawBars(parts.length);
        for (int i = 0; i < parts.length; i++) {
            rows.add(i + 2, Long.parseLong(parts[i]) * 1_000_000_000L, 1, 1, 1, 1, 1);
        }

        assertThat(BarSpacing.medianNanos(rows)).isEqualTo(medianSeconds * 1_000_000_000L);
    }
}
