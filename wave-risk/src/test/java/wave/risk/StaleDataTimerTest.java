package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.money.Quantity;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.strategy.Strategy;

/**
 * The stale data breaker checked between bars by a timer on a real kernel's clock: one-minute ACME bars on the NYSE
 * calendar (2024-01-09 and 10, sessions 14:30 to 21:00 UTC), 10 shares bought on the first bar, threshold PT5M. The
 * timer is due 5 minutes and 1 ns after the last bar's label (or after the next open, while the market is closed); a
 * bar that arrives first moves it on.
 */
class StaleDataTimerTest {
    private static final InstrumentId ACME = InstrumentId.of("ACME");

    /** Buys 10 shares on its first bar. */
    static final class BuyOnce extends Strategy<BuyOnce.Params> {
        record Params() {
        }

        BuyOnce() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            if (isFlat()) {
                buy(Quantity.of(10));
            }
        }
    }

    /** The trading state changes of a run over bars labelled at {@code times} (UTC), every price 100. */
    private static List<String> transitions(String threshold, String... times) {
        BarSeries.Builder bars = BarSeries.builder(ACME, BarSpec.MINUTE_1, times.length);
        long price = FixedPoint.parsePrice("100");
        for (String time : times) {
            bars.add(TestBook.nanos(time), price, price, price, price, 1000);
        }
        BacktestConfig config = BacktestConfig.defaults();
        config = config.withExecution(config.execution().withCalendar(ExchangeCalendars.nyse()));
        Backtest backtest = new Backtest(config, List.of(bars.build()), "buyer", id -> new BuyOnce(), true);
        RiskEngine engine = new RiskEngine(TradingStateTest.breaker("stale_data", threshold, "halted", "none", "manual").build(),
                backtest.kernel().portfolio(), config.execution().calendar(), SectorMap.NONE, AverageVolume.NONE,
                new BarReturns(List.of(bars.build())), new KernelRiskActions(backtest.kernel()));
        backtest.addPreTradeCheck(engine).listen(engine);
        backtest.run();
        return engine.transitions().stream().map(t -> java.time.Instant.ofEpochSecond(0, t.tsNanos()) + " " + t.from()
                + " -> " + t.to() + ": " + t.reason()).toList();
    }

    @Test
    void aFeedSilentForLongerThanTheThresholdTripsBetweenBars() {
        // the last bar is labelled 15:01; nothing until 15:10: the timer trips at 15:06:00.000000001, before the 15:10 bar
        assertThat(transitions("PT5M", "2024-01-09T15:00:00Z", "2024-01-09T15:01:00Z", "2024-01-09T15:10:00Z",
                "2024-01-09T15:11:00Z")).containsExactly("2024-01-09T15:06:00.000000001Z ACTIVE -> HALTED: ACME.SIM has "
                + "had no new bar for PT5M0.000000001S (the last labelled 2024-01-09T15:01:00Z), threshold PT5M");
        // a threshold of PT6M: at 15:07:00.000000001
        assertThat(transitions("PT6M", "2024-01-09T15:00:00Z", "2024-01-09T15:01:00Z", "2024-01-09T15:10:00Z"))
                .containsExactly("2024-01-09T15:07:00.000000001Z ACTIVE -> HALTED: ACME.SIM has had no new bar for "
                        + "PT6M0.000000001S (the last labelled 2024-01-09T15:01:00Z), threshold PT6M");
    }

    @Test
    void barsWithinTheThresholdDoNotTrip() {
        // gaps of 3 and 4 minutes: each bar moves the timer on before it is due
        assertThat(transitions("PT5M", "2024-01-09T15:00:00Z", "2024-01-09T15:01:00Z", "2024-01-09T15:04:00Z",
                "2024-01-09T15:08:00Z", "2024-01-09T15:09:00Z")).isEmpty();
    }

    @Test
    void theNightDoesNotCountButASilentOpenDoes() {
        // 20:59, then the next session: the timer due at 21:04 finds the market closed and waits for the 14:30 open
        assertThat(transitions("PT5M", "2024-01-09T20:58:00Z", "2024-01-09T20:59:00Z", "2024-01-10T14:31:00Z",
                "2024-01-10T14:32:00Z")).isEmpty();
        // no bar until 14:40: 5 minutes and 1 ns after the open
        assertThat(transitions("PT5M", "2024-01-09T20:58:00Z", "2024-01-09T20:59:00Z", "2024-01-10T14:40:00Z"))
                .containsExactly("2024-01-10T14:35:00.000000001Z ACTIVE -> HALTED: ACME.SIM has had no new bar for "
                        + "PT5M0.000000001S (the last labelled 2024-01-09T20:59:00Z), threshold PT5M");
    }
}
