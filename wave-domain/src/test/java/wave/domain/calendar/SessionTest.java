package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2021, 4, 16);
    private static final Session REGULAR = new Session(DAY, ZonedDateTime.of(2021, 4, 16, 9, 30, 0, 0, NY),
            ZonedDateTime.of(2021, 4, 16, 16, 0, 0, 0, NY), false);

    @Test
    void isHalfOpenAndMeasuresItsLength() {
        assertThat(REGULAR.openInstant()).isEqualTo(Instant.parse("2021-04-16T13:30:00Z"));
        assertThat(REGULAR.closeInstant()).isEqualTo(Instant.parse("2021-04-16T20:00:00Z"));
        assertThat(REGULAR.length()).isEqualTo(Duration.ofMinutes(390));
        assertThat(REGULAR.contains(Instant.parse("2021-04-16T13:29:59.999999999Z"))).isFalse();
        assertThat(REGULAR.contains(Instant.parse("2021-04-16T13:30:00Z"))).isTrue();
        assertThat(REGULAR.contains(Instant.parse("2021-04-16T19:59:59.999999999Z"))).isTrue();
        assertThat(REGULAR.contains(Instant.parse("2021-04-16T20:00:00Z"))).isFalse();
    }

    @Test
    void rejectsCloseNotAfterOpen() {
        ZonedDateTime open = REGULAR.open();
        assertThatThrownBy(() -> new Session(DAY, open, open, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before its close");
        assertThatThrownBy(() -> new Session(DAY, REGULAR.close(), open, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-04-16T16:00-04:00[America/New_York]");
    }

    @Test
    void rejectsMissingFields() {
        assertThatThrownBy(() -> new Session(null, REGULAR.open(), REGULAR.close(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date=null");
        assertThatThrownBy(() -> new Session(DAY, null, REGULAR.close(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open=null");
        assertThatThrownBy(() -> new Session(DAY, REGULAR.open(), null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("close=null");
    }
}
