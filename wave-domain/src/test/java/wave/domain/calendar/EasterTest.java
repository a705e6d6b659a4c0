package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTest {
    @ParameterizedTest
    @CsvSource({
            "1583, 1583-04-10",
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2020, 2020-04-12",
            "2021, 2021-04-04",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2038, 2038-04-25",
    })
    void matchesPublishedEasterSundays(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1582", "0", "-1"})
    void rejectsPreGregorianYears(int year) {
        assertThatThrownBy(() -> Easter.sunday(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1583")
                .hasMessageContaining(String.valueOf(year));
    }
}
