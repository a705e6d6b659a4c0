package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.StrategyId;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.backtest.StrategyFailure;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/** A strategy that throws from onBar is reported, halted after maxStrategyErrors with its orders canceled; the run completes. */
class StrategyFailureTest {
    private static final int BARS = 50;
    private static final int MAX_ERRORS = 3;

    /** Places a far-away limit buy on the first bar, then throws from every onBar. */
    private static final class Faulty extends Strategy<BuyAndHold.Params> {
        int calls;
        OrderTicket ticket;

        Faulty() {
            super(new BuyAndHold.Params());
        }

        @Override
        protected void onBar(Bar bar) {
            calls++;
            if (ticket == null) {
                ticket = limit(OrderSide.BUY, Quantity.of(1), Price.of("1"));
            }
            throw new IllegalStateException("boom " + calls);
        }
    }

    @Test
    void failuresAreReportedAndTheStrategyIsHaltedWhileTheBacktestCompletes() {
        BarSeries data = synthetic();
        Faulty faulty = new Faulty();
        BacktestResult result = new Backtest(Backtests.config("fixed:100").withMaxStrategyErrors(MAX_ERRORS), List.of(data),
                "faulty", id -> faulty, true).run();

        assertThat(result.steps()).isEqualTo(BARS);
        assertThat(faulty.calls).isEqualTo(MAX_ERRORS);
        List<StrategyFailure> failures = result.failures();
        assertThat(failures).hasSize(MAX_ERRORS);
        for (int i = 0; i < MAX_ERRORS; i++) {
            StrategyFailure failure = failures.get(i);
            assertThat(failure.strategy()).isEqualTo(new StrategyId("faulty:TEST"));
            assertThat(failure.callback()).isEqualTo("onBar");
            assertThat(failure.tsNanos()).isEqualTo(data.tsNanos(i));
            assertThat(failure.error()).isInstanceOf(IllegalStateException.class).hasMessage("boom " + (i + 1));
        }
        assertThat(result.halted()).containsExactly(new StrategyId("faulty:TEST"));
        assertThat(faulty.ticket.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(faulty.ticket.reason()).isEqualTo("strategy halted");
        assertThat(result.fills()).isEmpty();
        assertThat(result.finalEquityRaw()).isEqualTo(FixedPoint.moneyOfUnits(100_000));
    }

    @Test
    void aHealthyStrategyIsNotHalted() {
        BacktestResult result = new Backtest(Backtests.config("fixed:100"), List.of(synthetic()), "buy-and-hold",
                id -> new BuyAndHold(new BuyAndHold.Params()), false).run();

        assertThat(result.failures()).isEmpty();
        assertThat(result.halted()).isEmpty();
        assertThat(result.fills()).hasSize(1);
    }

    /** Daily bars at 10 + i. */
    private static BarSeries synthetic() {
        BarSeries.Builder builder = BarSeries.builder(InstrumentId.of("TEST"), BarSpec.DAY_1, BARS);
        for (int i = 0; i < BARS; i++) {
            long price = FixedPoint.priceOfUnits(10 + i);
            builder.add(86_400_000_000_000L * (10_000 + i), price, price, price, price, 1000);
        }
        return builder.build();
    }
}
