package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderRejected;
import wave.domain.order.RejectReason;
import wave.engine.order.OrderTicket;

/**
 * The volatility spike, stale data and venue errors breakers: each trips on hand-computed inputs, acts and (where
 * configured) resumes. 100 AAPL held on an account of 100,000 USD; the NYSE calendar (2024-01-08 is a Monday, the
 * session 14:30 to 21:00 UTC).
 */
class MarketBreakersTest {
    final TestBook book = new TestBook("100000").hold("AAPL", 100, "100");
    final FakeActions actions = new FakeActions();
    final List<String> events = new ArrayList<>();

    RiskEngine engine(RiskKeys keys, ReturnHistory returns) {
        RiskEngine engine = new RiskEngine(keys.build(), book.portfolio, ExchangeCalendars.nyse(), RiskTests.SECTORS,
                AverageVolume.NONE, returns, actions);
        actions.engine = engine;
        engine.addListener(e -> events.add(e.from() + " -> " + e.to() + " by " + e.who() + ": " + e.reason()));
        return engine;
    }

    void step(RiskEngine risk, String instant) {
        book.nowNanos = TestBook.nanos(instant);
        actions.fireUntil(book.nowNanos);
        actions.nowNanos = book.nowNanos;
        risk.onStep(book.nowNanos);
    }

    /** One-minute AAPL bars labelled at {@code times}, each with open, high, low and close given. */
    static BarReturns minuteBars(String[] times, String[][] ohlc) {
        long[] ts = new long[times.length];
        long[][] columns = new long[4][times.length];
        for (int i = 0; i < times.length; i++) {
            ts[i] = TestBook.nanos(times[i]);
            for (int c = 0; c < 4; c++) {
                columns[c][i] = FixedPoint.parsePrice(ohlc[i][c]);
            }
        }
        return new BarReturns(List.of(BarSeries.ofColumns(InstrumentId.of("AAPL"), BarSpec.MINUTE_1, ts, columns[0],
                columns[1], columns[2], columns[3], new double[times.length])));
    }

    @Test
    void volatilitySpikeHaltsCancelsAndResumesTheNextDay() {
        FakeReturns returns = new FakeReturns().with("AAPL", 0.01, -0.01, 0.01, -0.01, 0.01);
        RiskEngine risk = engine(TradingStateTest.breaker("volatility_spike", 4, "halted", "cancel-orders", "next-day")
                .set("volatility_window", 4), returns);
        // the 4 returns before the latest: +1%, -1%, +1%, -1%: mean 0, sample deviation sqrt(4 x 0.0001 / 3) = 1.1547%
        step(risk, "2024-01-08T21:00:00Z");   // latest +1%: 0.87 deviations
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);

        returns.with("AAPL", 0.01, -0.01, 0.01, -0.01, -0.05);
        step(risk, "2024-01-09T21:00:00Z");   // latest -5%: 0.05 / 0.011547 = 4.33 deviations

        String reason = "AAPL.SIM's latest return -5.00% is 4.33 standard deviations (1.15% over the 4 returns before it), threshold 4";
        assertThat(risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(actions.log).containsExactly("HaltTrading[who=breaker:volatility_spike, reason=" + reason + "]",
                "CancelAll[reason=breaker:volatility_spike: " + reason + "]",
                "at " + (TestBook.nanos("2024-01-09T21:00:00Z") + 1)
                        + ": ResumeTrading[who=breaker:volatility_spike, reason=resume = next-day: a new trading day began]");

        returns.with("AAPL", -0.01, 0.01, -0.01, -0.05, 0.001);
        step(risk, "2024-01-10T21:00:00Z");
        assertThat(events).containsExactly("ACTIVE -> HALTED by breaker:volatility_spike: " + reason,
                "HALTED -> ACTIVE by breaker:volatility_spike: resume = next-day: a new trading day began");
    }

    @Test
    void bookVolatilitySpikeMeasuresTheBooksStepPnl() {
        book.hold("MSFT", 50, "200");
        // each position is worth 10,000: a 1% return is 100 of P&L. AAPL +1, -1, +1, -1, then -2%; MSFT +1, +1, -1, -1,
        // then -2%. Each instrument's latest is 2 / 1.1547 = 1.73 deviations of its own returns, but the book's P&L before
        // the latest is 200, 0, 0, -200 (mean 0, sample deviation sqrt(80,000 / 3) = 163.30) and its latest -400 is
        // 400 / 163.30 = 2.45 deviations
        FakeReturns returns = new FakeReturns().with("AAPL", 0.01, -0.01, 0.01, -0.01, -0.02)
                .with("MSFT", 0.01, 0.01, -0.01, -0.01, -0.02);
        RiskEngine perInstrument = engine(TradingStateTest.breaker("volatility_spike", 2, "halted", "none", "manual")
                .set("volatility_window", 4), returns);
        step(perInstrument, "2024-01-09T21:00:00Z");
        assertThat(perInstrument.state()).as("1.73 deviations, threshold 2").isEqualTo(TradingState.ACTIVE);

        RiskEngine notYet = engine(TradingStateTest.breaker("book_volatility_spike", 2.5, "halted", "none", "manual")
                .set("volatility_window", 4), returns);
        step(notYet, "2024-01-09T21:00:00Z");
        assertThat(notYet.state()).as("2.45 deviations, threshold 2.5").isEqualTo(TradingState.ACTIVE);

        RiskEngine risk = engine(TradingStateTest.breaker("book_volatility_spike", 2, "reducing", "cancel-orders", "manual")
                .set("volatility_window", 4), returns);
        step(risk, "2024-01-09T21:00:00Z");
        assertThat(risk.state()).isEqualTo(TradingState.REDUCING);
        assertThat(events).containsExactly("ACTIVE -> REDUCING by breaker:book_volatility_spike: the book's latest step P&L "
                + "-400.00 is 2.45 standard deviations (163.30 over the 4 steps before it), threshold 2");
    }

    @Test
    void staleDataTripsOnTheAgeOfTheLastBarInTheSessionAndResumesTheNextDay() {
        BarReturns bars = minuteBars(new String[] {"2024-01-08T20:59:00Z", "2024-01-09T15:00:00Z", "2024-01-09T15:01:00Z"},
                new String[][] {{"100", "101", "99", "100"}, {"100", "101", "99", "100"}, {"100", "101", "99", "100"}});
        RiskEngine risk = engine(TradingStateTest.breaker("stale_data", "PT5M", "reducing", "reduce", "next-day")
                .set("breakers.stale_data.reduce_fraction", 0.5), bars);

        step(risk, "2024-01-09T14:34:00Z");   // the last bar is yesterday's, but the session opened 4 minutes ago
        step(risk, "2024-01-09T15:06:00Z");   // 5 minutes after 15:01: not more than PT5M
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);

        step(risk, "2024-01-09T15:07:30Z");   // 6.5 minutes

        String reason = "AAPL.SIM has had no new bar for PT6M30S (the last labelled 2024-01-09T15:01:00Z), threshold PT5M";
        assertThat(risk.state()).isEqualTo(TradingState.REDUCING);
        assertThat(actions.log).containsExactly("ReduceOnly[strategy=null, on=true]",
                "CancelAll[reason=breaker:stale_data: " + reason + "]", "reduce positions by 0.5",
                "at " + (TestBook.nanos("2024-01-09T21:00:00Z") + 1) + ": ReduceOnly[strategy=null, on=false]");
        step(risk, "2024-01-10T14:31:00Z");
        assertThat(events).containsExactly("ACTIVE -> REDUCING by breaker:stale_data: " + reason,
                "REDUCING -> ACTIVE by breaker:stale_data: resume = next-day: a new trading day began");
    }

    @Test
    void aBadBarTripsTheStaleDataBreakerAtOnce() {
        BarReturns bars = minuteBars(new String[] {"2024-01-08T15:00:00Z", "2024-01-08T15:01:00Z", "2024-01-08T15:02:00Z"},
                new String[][] {{"100", "101", "99", "100"}, {"100", "99", "101", "100"}, {"100", "101", "0", "100"}});
        RiskEngine risk = engine(TradingStateTest.breaker("stale_data", "PT1H", "halted", "close-all", "manual"), bars);

        step(risk, "2024-01-08T15:00:00Z");
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);
        step(risk, "2024-01-08T15:01:00Z");

        assertThat(events).containsExactly("ACTIVE -> HALTED by breaker:stale_data: AAPL.SIM's latest bar "
                + "(2024-01-08T15:01:00Z) is bad: the high 99 below the low 101");
        assertThat(actions.log).contains("reduce positions by 1.0");
        assertThat(actions.scheduled).as("manual resume: nothing scheduled").isEmpty();
        assertThat(bars.lastBarDefect(InstrumentId.of("AAPL"), TestBook.nanos("2024-01-08T15:02:00Z")))
                .isEqualTo("a price not above zero (open 100, high 101, low 0, close 100)");
    }

    @Test
    void venueErrorsTripAfterThresholdRejectionsWithinTheWindow() {
        RiskEngine risk = engine(TradingStateTest.breaker("venue_errors", 3, "halted", "cancel-orders", "manual")
                .set("venue_errors_window", "PT1M"), ReturnHistory.NONE);
        OrderTicket ticket = book.market("AAPL", 10).ticket();
        long t = TestBook.nanos("2024-01-08T15:00:00Z");
        long[] at = {t, t + 20_000_000_000L, t + 70_000_000_000L};   // the 3 span 70 s: more than a minute
        for (int i = 0; i < at.length; i++) {
            actions.nowNanos = at[i];
            risk.onOrderEvent(ticket, new OrderRejected(new ClientOrderId(i + 1), at[i], RejectReason.INVALID_PRICE, "no"));
        }
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);

        actions.nowNanos = t + 75_000_000_000L;   // the last 3 span 20 s to 75 s: 55 s
        risk.onOrderEvent(ticket, new OrderRejected(new ClientOrderId(4), actions.nowNanos, RejectReason.INVALID_PRICE, "no"));

        String reason = "3 orders rejected by SIM within PT55S, threshold 3 within PT1M";
        assertThat(risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(actions.log).containsExactly("HaltTrading[who=breaker:venue_errors, reason=" + reason + "]",
                "CancelAll[reason=breaker:venue_errors: " + reason + "]");
        assertThat(actions.scheduled).as("manual resume").isEmpty();

        actions.apply(new wave.engine.kernel.inbound.Command.ResumeTrading("alice", "venue back"));
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);
    }

    @Test
    void venueErrorsAreCountedPerVenue() {
        RiskEngine risk = engine(TradingStateTest.breaker("venue_errors", 2, "halted", "none", "manual"), ReturnHistory.NONE);
        OrderTicket sim = book.market("AAPL", 10).ticket();
        OrderTicket other = book.market("MSFT.XNAS", 10).ticket();
        long t = TestBook.nanos("2024-01-08T15:00:00Z");

        risk.onOrderEvent(sim, new OrderRejected(new ClientOrderId(1), t, RejectReason.INVALID_PRICE, "no"));
        risk.onOrderEvent(other, new OrderRejected(new ClientOrderId(2), t + 1_000_000_000L, RejectReason.INVALID_PRICE, "no"));
        assertThat(risk.state()).as("one rejection at each venue").isEqualTo(TradingState.ACTIVE);

        risk.onOrderEvent(other, new OrderRejected(new ClientOrderId(3), t + 3_000_000_000L, RejectReason.INVALID_PRICE, "no"));

        assertThat(events).containsExactly(
                "ACTIVE -> HALTED by breaker:venue_errors: 2 orders rejected by XNAS within PT2S, threshold 2 within PT1M");
    }
}
