package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UsEquityRulesTest {
    @Test
    void namesEachClosureOf2022() {
        assertThat(UsEquityRules.closures(2022)).containsExactly(
                entry(LocalDate.of(2022, 1, 17), "Martin Luther King Jr. Day"),
                entry(LocalDate.of(2022, 2, 21), "Washington's Birthday"),
                entry(LocalDate.of(2022, 4, 15), "Good Friday"),
                entry(LocalDate.of(2022, 5, 30), "Memorial Day"),
                entry(LocalDate.of(2022, 6, 20), "Juneteenth"),
                entry(LocalDate.of(2022, 7, 4), "Independence Day"),
                entry(LocalDate.of(2022, 9, 5), "Labor Day"),
                entry(LocalDate.of(2022, 11, 24), "Thanksgiving Day"),
                entry(LocalDate.of(2022, 12, 26), "Christmas Day"));
    }

    @Test
    void saturdayNewYearLeavesTheYearBeforeUntouched() {
        assertThat(UsEquityRules.closures(2021)).doesNotContainKey(LocalDate.of(2021, 12, 31));
        assertThat(UsEquityRules.closures(2021)).containsEntry(LocalDate.of(2021, 12, 24), "Christmas Day");
        assertThat(UsEquityRules.closures(2022).firstKey()).isEqualTo(LocalDate.of(2022, 1, 17));
    }

    @Test
    void namesSpecialClosures() {
        assertThat(UsEquityRules.closures(2012)).containsEntry(LocalDate.of(2012, 10, 29), "Hurricane Sandy")
                .containsEntry(LocalDate.of(2012, 10, 30), "Hurricane Sandy");
        assertThat(UsEquityRules.closures(1994)).containsEntry(LocalDate.of(1994, 4, 27), "Funeral of President Nixon");
    }

    @Test
    void listsEarlyClosesPerYear() {
        assertThat(UsEquityRules.earlyCloses(2019)).containsExactly(
                LocalDate.of(2019, 7, 3), LocalDate.of(2019, 11, 29), LocalDate.of(2019, 12, 24));
        assertThat(UsEquityRules.earlyCloses(2002)).containsExactly(
                LocalDate.of(2002, 7, 5), LocalDate.of(2002, 11, 29), LocalDate.of(2002, 12, 24));
        assertThat(UsEquityRules.earlyCloses(2003)).containsExactly(
                LocalDate.of(2003, 7, 3), LocalDate.of(2003, 11, 28), LocalDate.of(2003, 12, 24),
                LocalDate.of(2003, 12, 26));
        assertThat(UsEquityRules.earlyCloses(2021)).containsExactly(LocalDate.of(2021, 11, 26));
        assertThat(UsEquityRules.earlyCloses(2020)).containsExactly(
                LocalDate.of(2020, 11, 27), LocalDate.of(2020, 12, 24));
        assertThat(UsEquityRules.earlyCloses(1994)).isEmpty();
    }
}
