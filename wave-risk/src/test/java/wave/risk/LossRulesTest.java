package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import org.junit.jupiter.api.Test;

/**
 * Daily and weekly loss limits and the drawdown halt level: 100 AAPL bought at 100 on an account of 100,000 USD, the
 * day's close seen by the engine after each step.
 */
class LossRulesTest {
    final TestBook book = new TestBook("100000").hold("AAPL", 100, "100");

    /** The close of a day: the position marked at {@code price}, the engine told the step is done. */
    void close(RiskEngine risk, String day, String price) {
        book.mark("AAPL", price);
        book.nowNanos = TestBook.nanos(day + "T21:00:00Z");
        risk.onStep(book.nowNanos);
    }

    void nextMorning(String day) {
        book.nowNanos = TestBook.nanos(day + "T15:00:00Z");
    }

    @Test
    void dailyLossOnlyLetsReductionsThroughUntilTheNextDay() {
        RiskEngine risk = engine(book, new RiskKeys().set("daily_loss_pct", 5));
        close(risk, "2024-01-08", "100");
        nextMorning("2024-01-09");
        book.mark("AAPL", "40");

        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("DAILY_LOSS risk.daily_loss_pct: the day's loss is "
                + "6.00% (equity 94,000.00 from 100,000.00), limit 5%");
        assertThat(outcome(risk.check(book.market("AAPL", -10)))).isEqualTo("accepted");
        close(risk, "2024-01-09", "40");
        nextMorning("2024-01-10");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
    }

    @Test
    void weeklyLossAddsUpTheDays() {
        RiskEngine risk = engine(book, new RiskKeys().set("weekly_loss_pct", 5).set("daily_loss_pct", 5));
        close(risk, "2024-01-08", "100");
        close(risk, "2024-01-09", "70");
        nextMorning("2024-01-10");
        book.mark("AAPL", "40");

        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("WEEKLY_LOSS risk.weekly_loss_pct: the week's loss "
                + "is 6.00% (equity 94,000.00 from 100,000.00), limit 5%");
    }

    @Test
    void drawdownHaltLevel() {
        RiskEngine risk = engine(book, new RiskKeys().set("drawdown_halt_pct", 3));
        close(risk, "2024-01-08", "100");
        close(risk, "2024-01-09", "120");
        nextMorning("2024-01-10");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("accepted");
        book.mark("AAPL", "80");

        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("MAX_DRAWDOWN risk.drawdown_halt_pct: drawdown is "
                + "3.92% (equity 98,000.00 from the peak 102,000.00), halt level 3%");
        assertThat(outcome(risk.check(book.market("AAPL", -1)))).isEqualTo("accepted");
    }
}
