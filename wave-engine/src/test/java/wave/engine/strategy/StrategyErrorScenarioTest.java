package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.market.OhlcvBar;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.StrategyId;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.backtest.StrategyFailure;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Exceptions thrown by strategy code are reported; repeated failures halt the strategy, not the run. */
class StrategyErrorScenarioTest {
    static final StrategyId ID = new StrategyId("test:ACME");
    static final BarSeries SIX_DAYS = Bars.table("""
            2024-01-01 O=10 H=10 L=10 C=10
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=10 L=10 C=10
            2024-01-04 O=10 H=10 L=10 C=10
            2024-01-05 O=10 H=10 L=10 C=10
            2024-01-06 O=10 H=10 L=10 C=10
            """);

    static void boom(ScriptedStrategy s) {
        throw new IllegalStateException("boom on " + s.bar().time());
    }

    @Test
    void anExceptionInOnBarIsReportedWithTheCallbackAndTimeAndTheRunCarriesOn() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", StrategyErrorScenarioTest::boom);
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), SIX_DAYS, s);

        StrategyFailure failure = r.failures().getFirst();
        assertThat(r.failures()).hasSize(1);
        assertThat(failure.strategy()).isEqualTo(ID);
        assertThat(failure.callback()).isEqualTo("onBar");
        assertThat(failure.tsNanos()).isEqualTo(ts("2024-01-02"));
        assertThat(failure.error()).isInstanceOf(IllegalStateException.class).hasMessage("boom on 2024-01-02T00:00:00Z");
        assertThat(r.halted()).isEmpty();
        assertThat(s.bars).hasSize(6); // still called on every later bar
        assertThat(r.steps()).isEqualTo(6);
    }

    @Test
    void afterMaxStrategyErrorsTheStrategyIsHaltedItsOrdersCanceledAndTheRunCompletes() {
        // Given a strategy with a resting limit order that throws on every bar from Jan 2, and a limit of 2 errors
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-01", x -> x.limitOrder(OrderSide.BUY, 10, "5"))
                .onEveryBar(x -> {
                    if (x.bars.size() >= 2) {
                        boom(x);
                    }
                });
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withMaxStrategyErrors(2), SIX_DAYS, s);

        // Then it fails on Jan 2 and Jan 3, is halted on Jan 3 and hears nothing more
        assertThat(r.failures()).extracting(StrategyFailure::callback, StrategyFailure::tsNanos).containsExactly(
                org.assertj.core.groups.Tuple.tuple("onBar", ts("2024-01-02")),
                org.assertj.core.groups.Tuple.tuple("onBar", ts("2024-01-03")));
        assertThat(r.halted()).containsExactly(ID);
        assertThat(s.bars).extracting(OhlcvBar::tsNanos).containsExactly(ts("2024-01-01"), ts("2024-01-02"), ts("2024-01-03"));
        assertThat(s.stops).as("onStop of a halted strategy").isZero();
        // its working order is canceled at the halt
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(0).reason()).isEqualTo("strategy halted");
        assertThat(r.events()).contains(new OrderCanceled(s.ticket(0).id(), ts("2024-01-03"), "strategy halted"));
        assertThat(s.events).noneMatch(e -> e instanceof OrderCanceled);
        // and the run still covers every bar
        assertThat(r.steps()).isEqualTo(6);
        assertThat(r.finalEquityRaw()).isEqualTo(raw("100000"));
    }

    @Test
    void anExceptionInOnStartIsReported() {
        ScriptedStrategy s = new ScriptedStrategy() {
            @Override
            protected void onStart() {
                throw new IllegalArgumentException("bad start");
            }
        };
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), SIX_DAYS, s);

        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.callback()).isEqualTo("onStart");
            assertThat(f.error()).hasMessage("bad start");
        });
        assertThat(s.bars).hasSize(6);
    }

    @Test
    void anExceptionInOnFillIsReportedAndTheFillIsStillBooked() {
        ScriptedStrategy s = new ScriptedStrategy() {
            @Override
            protected void onFill(OrderFilled fill) {
                throw new IllegalStateException("cannot handle fill");
            }
        }.on("2024-01-01", x -> x.marketBuy(10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), SIX_DAYS, s);

        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.callback()).isEqualTo("onFill");
            assertThat(f.tsNanos()).isEqualTo(ts("2024-01-02"));
        });
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99900"));
        assertThat(s.bars).hasSize(6);
    }

    /**
     * A strategy whose {@code onFill} throws when it is at its error limit must be halted without breaking the
     * run: the fill is booked, the failure reported, and the (already filled) order is not canceled.
     */
    @Test
    void haltingFromOnFillDoesNotBreakTheRun() {
        ScriptedStrategy s = new ScriptedStrategy() {
            @Override
            protected void onFill(OrderFilled fill) {
                throw new IllegalStateException("cannot handle fill");
            }
        }.on("2024-01-01", x -> x.marketBuy(10));

        BacktestResult r = Backtests.run(BacktestConfig.defaults().withMaxStrategyErrors(1), SIX_DAYS, s);

        assertThat(r.failures()).singleElement().extracting(StrategyFailure::callback).isEqualTo("onFill");
        assertThat(r.halted()).containsExactly(ID);
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99900"));
        assertThat(s.bars).as("onBar after the halt").hasSize(1);
        assertThat(r.steps()).isEqualTo(6);
    }

    /** Same as above for an exception thrown while the venue accepts the order (before it fills). */
    @Test
    void haltingFromOnOrderEventWhileTheVenueProcessesTheOrderDoesNotBreakTheRun() {
        ScriptedStrategy s = new ScriptedStrategy() {
            @Override
            protected void onOrderEvent(wave.domain.order.OrderEvent event) {
                if (event instanceof wave.domain.order.OrderAccepted) {
                    throw new IllegalStateException("cannot handle acceptance");
                }
            }
        }.on("2024-01-01", x -> x.marketBuy(10));

        BacktestResult r = Backtests.run(BacktestConfig.defaults().withMaxStrategyErrors(1), SIX_DAYS, s);

        assertThat(r.failures()).singleElement().extracting(StrategyFailure::callback).isEqualTo("onOrderEvent");
        assertThat(r.halted()).containsExactly(ID);
        // the order halted mid-processing may either still fill on that bar or be canceled, but it ends in a
        // terminal state, the ledger agrees with the outcome, and the halted strategy hears nothing more
        OrderStatus status = s.ticket(0).status();
        assertThat(status).isIn(OrderStatus.FILLED, OrderStatus.CANCELED);
        assertThat(r.portfolio().cashRaw()).isEqualTo(status == OrderStatus.FILLED ? raw("99900") : raw("100000"));
        assertThat(s.fills).as("onFill after the halt").isEmpty();
        assertThat(s.bars).as("onBar after the halt").hasSize(1); // Jan 1 only
        assertThat(r.steps()).isEqualTo(6);
    }

    @Test
    void aHaltedStrategyDoesNotStopTheOtherInstrumentsStrategy() {
        var aaa = wave.domain.instrument.InstrumentId.of("AAA");
        var bbb = wave.domain.instrument.InstrumentId.of("BBB");
        ScriptedStrategy bad = new ScriptedStrategy().onEveryBar(StrategyErrorScenarioTest::boom);
        ScriptedStrategy good = new ScriptedStrategy().on("2024-01-03", x -> x.marketBuy(1));
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withMaxStrategyErrors(1),
                java.util.List.of(SIX_DAYS.withInstrument(aaa), SIX_DAYS.withInstrument(bbb)), java.util.Map.of(aaa, bad, bbb, good));

        assertThat(r.halted()).containsExactly(new StrategyId("test:AAA"));
        assertThat(bad.bars).hasSize(1);
        assertThat(good.bars).hasSize(6);
        assertThat(good.fills).hasSize(1);
    }
}
