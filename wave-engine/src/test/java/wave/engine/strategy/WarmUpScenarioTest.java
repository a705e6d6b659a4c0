package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Bars.ts;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.indicators.Crossover;
import wave.indicators.Indicators;
import wave.indicators.average.Sma;

/** The framework feeds registered indicators and holds back onBar until they are all ready. */
class WarmUpScenarioTest {
    static final BarSeries SEVEN_DAYS = Bars.table("""
            2024-01-01 O=1 H=1 L=1 C=1
            2024-01-02 O=2 H=2 L=2 C=2
            2024-01-03 O=3 H=3 L=3 C=3
            2024-01-04 O=4 H=4 L=4 C=4
            2024-01-05 O=5 H=5 L=5 C=5
            2024-01-06 O=6 H=6 L=6 C=6
            2024-01-07 O=7 H=7 L=7 C=7
            """);

    /** Registers SMA(3) and SMA(5) and records when onBar is called and what the SMAs said. */
    static class TwoSmas extends Strategy<TwoSmas.Params> {
        record Params(int fast, int slow) {
        }

        final Sma fast;
        final Sma slow;
        final Crossover cross;
        final List<Long> calls = new ArrayList<>();
        final List<Double> slowAtCall = new ArrayList<>();
        final List<Double> fastAtCall = new ArrayList<>();

        TwoSmas(Params params) {
            super(params);
            fast = indicator(Indicators.sma(params.fast()));
            slow = indicator(Indicators.sma(params.slow()));
            cross = crossover(fast::value, slow::value);
        }

        @Override
        protected void onBar(Bar bar) {
            calls.add(bar.tsNanos());
            fastAtCall.add(fast.value());
            slowAtCall.add(slow.value());
        }

        void registerLate() {
            indicator(Indicators.sma(2));
        }

        void crossoverLate() {
            crossover(fast::value, slow::value);
        }
    }

    @Test
    void onBarIsFirstCalledOnTheBarThatCompletesTheLongestWarmUp() {
        TwoSmas s = new TwoSmas(new TwoSmas.Params(3, 5));
        Backtests.run(BacktestConfig.defaults(), SEVEN_DAYS, s);

        // SMA(5) is ready on the 5th bar: onBar on Jan 5, 6, 7 only
        assertThat(s.calls).containsExactly(ts("2024-01-05"), ts("2024-01-06"), ts("2024-01-07"));
        // the indicators were fed during the warm-up too
        assertThat(s.slowAtCall).containsExactly(3.0, 4.0, 5.0);
        assertThat(s.fastAtCall).containsExactly(4.0, 5.0, 6.0);
    }

    @Test
    void withoutIndicatorsOnBarIsCalledFromTheFirstBar() {
        var s = new wave.engine.testkit.ScriptedStrategy();
        Backtests.run(BacktestConfig.defaults(), SEVEN_DAYS, s);
        assertThat(s.bars).hasSize(7);
    }

    @Test
    void aSeriesShorterThanTheWarmUpNeverCallsOnBar() {
        TwoSmas s = new TwoSmas(new TwoSmas.Params(3, 5));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), SEVEN_DAYS.head(4), s);
        assertThat(s.calls).isEmpty();
        assertThat(r.steps()).isEqualTo(4);
    }

    @Test
    void registeringAnIndicatorAfterTheStrategyIsBoundThrows() {
        TwoSmas s = new TwoSmas(new TwoSmas.Params(3, 5));
        new Backtest(BacktestConfig.defaults(), List.of(SEVEN_DAYS), "late", id -> s, false); // binds the strategy

        assertThatThrownBy(s::registerLate).isInstanceOf(IllegalStateException.class)
                .hasMessage("register every indicator in the constructor, before the strategy runs");
        assertThatThrownBy(s::crossoverLate).isInstanceOf(IllegalStateException.class)
                .hasMessage("register every crossover in the constructor, before the strategy runs");
    }

    @Test
    void registeringAnIndicatorFromOnBarIsReportedAsAFailure() {
        TwoSmas s = new TwoSmas(new TwoSmas.Params(3, 5)) {
            @Override
            protected void onBar(Bar bar) {
                registerLate();
            }
        };
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), SEVEN_DAYS, s);
        assertThat(r.failures()).hasSize(3).allSatisfy(f -> assertThat(f.error()).isInstanceOf(IllegalStateException.class));
    }

    @Test
    void aStrategyInstanceCannotBeBoundTwice() {
        TwoSmas s = new TwoSmas(new TwoSmas.Params(3, 5));
        new Backtest(BacktestConfig.defaults(), List.of(SEVEN_DAYS), "one", id -> s, false);
        assertThatThrownBy(() -> new Backtest(BacktestConfig.defaults(), List.of(SEVEN_DAYS), "two", id -> s, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already bound");
    }

    @Test
    void theDriverReportsTheLongestWarmUp() {
        TwoSmas s = new TwoSmas(new TwoSmas.Params(3, 5));
        var table = table();
        var portfolio = new wave.domain.portfolio.Portfolio(wave.domain.money.Currency.USD,
                wave.domain.money.FixedPoint.moneyOfUnits(1000));
        var kernel = new wave.engine.kernel.Kernel(new wave.engine.clock.SimulatedClock(),
                new wave.engine.market.HistoricalFeed(List.of(SEVEN_DAYS)), table, portfolio,
                orders -> wave.engine.execution.SimulatedVenue.builder(table, portfolio, orders).build(),
                new wave.engine.order.Sizing.AllIn(), 3);
        StrategyDriver driver = kernel.addStrategy(new wave.domain.order.StrategyId("w"), Bars.ACME, s);
        assertThat(driver.warmupBars()).isEqualTo(5);
        assertThat(driver.strategy()).isSameAs(s);
        assertThat(s.id()).isEqualTo(new wave.domain.order.StrategyId("w"));
        assertThat(s.instrument()).isEqualTo(Bars.ACME);
    }

    private static wave.engine.market.InstrumentTable table() {
        var t = new wave.engine.market.InstrumentTable();
        t.add(wave.domain.instrument.Equity.usd(Bars.ACME));
        return t;
    }

    /** Tries to buy from onStart and from every order event; buys in onBar only to produce events. */
    static final class EagerBuyer extends Strategy<TwoSmas.Params> {
        final List<String> refused = new ArrayList<>();

        EagerBuyer() {
            super(new TwoSmas.Params(3, 5));
            indicator(Indicators.sma(5));
        }

        @Override
        protected void onStart() {
            try {
                buy(wave.domain.money.Quantity.of(1));
            } catch (IllegalStateException e) {
                refused.add(e.getMessage());
            }
        }

        @Override
        protected void onBar(Bar bar) {
            if (isFlat()) {
                buy(wave.domain.money.Quantity.of(1));
            }
        }
    }

    @Test
    void noOrderCanBePlacedBeforeEveryRegisteredIndicatorIsReady() {
        EagerBuyer s = new EagerBuyer();
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), SEVEN_DAYS, s);

        // Given SMA(5), the order attempted in onStart is refused with a clear reason
        assertThat(s.refused).singleElement().asString()
                .contains("no order before the registered indicators are warmed up");
        // and the first order is the one placed on Jan 5, the bar that completes the warm-up (it fills on Jan 6)
        assertThat(r.tickets()).isNotEmpty();
        assertThat(r.tickets().getFirst().placedNanos()).isEqualTo(ts("2024-01-05"));
        assertThat(r.fills().getFirst().tsNanos()).isEqualTo(ts("2024-01-06"));
    }
}
