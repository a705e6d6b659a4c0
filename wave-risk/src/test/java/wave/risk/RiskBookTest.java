package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;

/** Trading days follow the calendar's sessions: a label, the session's hours and its close are one day. */
class RiskBookTest {
    static final long EQUITY = 100_000L * 1_000_000_000L;

    @Test
    void nyseDaysRunFromCloseToClose() {
        RiskBook book = new RiskBook(ExchangeCalendars.nyse(), 0);

        assertThat(book.advance(TestBook.nanos("2024-01-09T00:00:00Z"), EQUITY)).as("daily label of 01-09").isEqualTo(2);
        assertThat(book.dayEndNanos()).isEqualTo(TestBook.nanos("2024-01-09T21:00:00Z"));
        assertThat(book.advance(TestBook.nanos("2024-01-09T14:30:00Z"), EQUITY)).as("the open").isZero();
        assertThat(book.advance(TestBook.nanos("2024-01-09T21:00:00Z"), EQUITY)).as("the close").isZero();
        assertThat(book.advance(TestBook.nanos("2024-01-09T22:00:00Z"), EQUITY)).as("after hours: 01-10").isEqualTo(1);
        assertThat(book.dayEndNanos()).isEqualTo(TestBook.nanos("2024-01-10T21:00:00Z"));
        assertThat(book.weekEndNanos()).as("Friday's close").isEqualTo(TestBook.nanos("2024-01-12T21:00:00Z"));
        assertThat(book.advance(TestBook.nanos("2024-01-13T15:00:00Z"), EQUITY)).as("Saturday: Monday 01-15").isEqualTo(2);
    }

    @Test
    void aMidnightCloseEndsTheDayBefore() {
        RiskBook book = new RiskBook(ExchangeCalendars.crypto(), 0);

        book.advance(TestBook.nanos("2024-01-09T00:00:00Z"), EQUITY);
        assertThat(book.dayEndNanos()).isEqualTo(TestBook.nanos("2024-01-09T00:00:00Z"));
        assertThat(book.advance(TestBook.nanos("2024-01-09T00:00:00.000000001Z"), EQUITY)).isEqualTo(1);
        assertThat(book.dayEndNanos()).isEqualTo(TestBook.nanos("2024-01-10T00:00:00Z"));
    }

    @Test
    void aNewDayStartsFromTheEquityLastSeenBeforeIt() {
        RiskBook book = new RiskBook(ExchangeCalendars.nyse(), 0);
        book.advance(TestBook.nanos("2024-01-09T21:00:00Z"), EQUITY);
        book.advance(TestBook.nanos("2024-01-10T21:00:00Z"), EQUITY - 3_000L * 1_000_000_000L);

        assertThat(book.dayStartEquityRaw()).isEqualTo(EQUITY);
        assertThat(book.dailyLossPct(EQUITY - 3_000L * 1_000_000_000L)).isEqualTo(3.0);
    }
}
