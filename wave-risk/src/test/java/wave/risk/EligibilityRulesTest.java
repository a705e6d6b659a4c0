package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.StrategyId;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;

/** Restricted list, trading hours, signal confidence, and the liquidations that pass every rule. */
class EligibilityRulesTest {
    final TestBook book = new TestBook("100000").hold("AAPL", 10, "100").mark("MSFT", "100");

    @Test
    void restrictedList() {
        RiskEngine risk = engine(book, new RiskKeys().set("restricted", List.of("AAPL")));

        assertThat(outcome(risk.check(book.market("MSFT", 1)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", -5)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).isEqualTo("RESTRICTED risk.restricted: AAPL.SIM is on the "
                + "restricted list; only orders that reduce its position pass");
    }

    @Test
    void tradingHoursOfTheCalendar() {
        RiskEngine risk = engine(book, new RiskKeys().set("trading_hours_only", true));

        assertThat(outcome(risk.check(book.market("MSFT", 1)))).isEqualTo("accepted");
        book.nowNanos = TestBook.nanos("2024-01-06T15:00:00Z");
        assertThat(outcome(risk.check(book.market("MSFT", 1)))).isEqualTo("OUTSIDE_TRADING_HOURS risk.trading_hours_only: "
                + "the market of MSFT.SIM is closed at 2024-01-06T15:00:00Z (calendar America/New_York)");
    }

    @Test
    void minimumConfidenceOfTheLatestSignal() {
        RiskEngine risk = engine(book, new RiskKeys().set("min_confidence", 0.7));
        assertThat(outcome(risk.check(book.market("MSFT", 1)))).as("no signal yet").isEqualTo("accepted");

        risk.onSignal(Signal.of("llm", InstrumentId.of("MSFT"), SignalDirection.LONG, 0.6, Duration.ofDays(1), book.nowNanos));
        assertThat(outcome(risk.check(book.market("MSFT", 1)))).isEqualTo("LOW_CONFIDENCE risk.min_confidence: the latest "
                + "signal on MSFT.SIM has confidence 0.6, at least 0.7 needed");
        risk.onSignal(Signal.of("llm", InstrumentId.of("MSFT"), SignalDirection.LONG, 0.8, Duration.ofDays(1), book.nowNanos));
        assertThat(outcome(risk.check(book.market("MSFT", 1)))).isEqualTo("accepted");
    }

    @Test
    void liquidationsOfTheKernelAndOfTheEnginePassEveryRule() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_order_quantity", 1).set("trading_hours_only", true));
        book.nowNanos = TestBook.nanos("2024-01-06T15:00:00Z");
        book.strategy = new StrategyId("risk");

        assertThat(outcome(risk.check(book.market("AAPL", -10)))).isEqualTo("accepted");
    }
}
