package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ACME;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PositionSide;
import wave.engine.execution.PercentFeeModel;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** What happens to open positions when the data ends. */
class EndOfDataScenarioTest {
    static final BarSeries BARS = Bars.table("""
            2024-01-02 O=9    H=9    L=9    C=9
            2024-01-03 O=10   H=11   L=10   C=11
            2024-01-04 O=11   H=13   L=11   C=12.5
            """);

    private static ScriptedStrategy buysTenOnJan2() {
        return new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
    }

    @Test
    void byDefaultThePositionStaysOpenAndIsMarkedAtTheLastClose() {
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withFeeModel(PercentFeeModel.ofPercent("0.1")), BARS,
                buysTenOnJan2());

        // bought 10 at 10 with a 0.1 fee -> cash 99899.9; equity = cash + 10 x 12.5
        assertThat(r.portfolio().position(ACME).quantityRaw()).isEqualTo(raw("10"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99899.9"));
        assertThat(r.finalEquityRaw()).isEqualTo(raw("100024.9"));
        assertThat(r.portfolio().equityRaw()).isEqualTo(raw("100024.9"));
        assertThat(r.fills()).hasSize(1);
        assertThat(r.trades()).isEmpty();
        assertThat(r.portfolio().unrealizedPnlRaw()).isEqualTo(raw("25"));
    }

    @Test
    void closeAtEndSellsAtTheLastCloseWithTheFeeAndRecordsTheClosedTrade() {
        ScriptedStrategy s = buysTenOnJan2();
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withFeeModel(PercentFeeModel.ofPercent("0.1")).withCloseAtEnd(true),
                BARS, s);

        // the liquidation: sell 10 at the last close 12.5, fee 0.125
        OrderFilled exit = r.fills().getLast();
        assertThat(exit.side()).isEqualTo(OrderSide.SELL);
        assertThat(exit.quantityRaw()).isEqualTo(raw("10"));
        assertThat(exit.priceRaw()).isEqualTo(raw("12.5"));
        assertThat(exit.commissionRaw()).isEqualTo(raw("0.125"));
        assertThat(exit.tsNanos()).isEqualTo(ts("2024-01-04"));
        OrderTicket liquidation = r.tickets().getLast();
        assertThat(liquidation.strategyId()).isEqualTo(new StrategyId("end-of-data"));
        assertThat(liquidation.status()).isEqualTo(OrderStatus.FILLED);
        // cash 100000 - 100 - 0.1 + 125 - 0.125
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("100024.775"));
        assertThat(r.portfolio().position(ACME).quantityRaw()).isZero();
        assertThat(r.portfolio().equityRaw()).isEqualTo(raw("100024.775"));
        assertThat(r.totalFeesRaw()).isEqualTo(raw("0.225"));
        ClosedTrade trade = r.trades().getFirst();
        assertThat(trade.side()).isEqualTo(PositionSide.LONG);
        assertThat(trade.quantityRaw()).isEqualTo(raw("10"));
        assertThat(trade.entryPriceRaw()).isEqualTo(raw("10"));
        assertThat(trade.exitPriceRaw()).isEqualTo(raw("12.5"));
        assertThat(trade.entryTsNanos()).isEqualTo(ts("2024-01-03"));
        assertThat(trade.exitTsNanos()).isEqualTo(ts("2024-01-04"));
        assertThat(trade.grossPnlRaw()).isEqualTo(raw("25"));
        assertThat(trade.commissionRaw()).isEqualTo(raw("0.225"));
        assertThat(trade.netPnlRaw()).isEqualTo(raw("24.775"));
    }

    /**
     * The reported final equity should be what the account holds after the end-of-data liquidation, i.e. after
     * its fee: {@code finalEquityRaw()} is what metrics (total return) read.
     */
    @Test
    void closeAtEndFinalEquityIncludesTheLiquidationFee() {
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withFeeModel(PercentFeeModel.ofPercent("0.1")).withCloseAtEnd(true),
                BARS, buysTenOnJan2());

        assertThat(r.finalEquityRaw()).as("final equity vs the account after closing (cash %s)",
                wave.domain.money.FixedPoint.formatMoney(r.portfolio().cashRaw())).isEqualTo(r.portfolio().equityRaw());
        assertThat(r.finalEquityRaw()).isEqualTo(raw("100024.775"));
    }

    @Test
    void closeAtEndCoversAShortAtTheLastClose() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withAllowShort(true).withCloseAtEnd(true), BARS, s);

        assertThat(r.fills()).extracting(OrderFilled::side, OrderFilled::priceRaw).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrderSide.SELL, raw("10")),
                org.assertj.core.groups.Tuple.tuple(OrderSide.BUY, raw("12.5")));
        assertThat(r.trades()).singleElement().satisfies(t -> {
            assertThat(t.side()).isEqualTo(PositionSide.SHORT);
            assertThat(t.grossPnlRaw()).isEqualTo(raw("-25"));
        });
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99975"));
    }

    @Test
    void closeAtEndCancelsWorkingOrdersBeforeClosing() {
        ScriptedStrategy s = buysTenOnJan2().on("2024-01-04", x -> x.marketBuy(5));
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withCloseAtEnd(true), BARS, s);

        assertThat(s.ticket(1).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(1).reason()).isEqualTo("end of data");
        assertThat(r.portfolio().position(ACME).quantityRaw()).isZero();
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("100025"));
    }

    @Test
    void onStopIsCalledOnceAfterTheLastBar() {
        ScriptedStrategy s = buysTenOnJan2();
        Backtests.run(BacktestConfig.defaults(), BARS, s);
        assertThat(s.starts).isEqualTo(1);
        assertThat(s.stops).isEqualTo(1);
        assertThat(s.bars).hasSize(3);
    }

    /** Every order of a finished run ends in a terminal state, including one a strategy places in {@code onStop}. */
    @Test
    void anOrderPlacedInOnStopIsNotLeftWorkingAfterTheRun() {
        ScriptedStrategy s = new ScriptedStrategy() {
            @Override
            protected void onStop() {
                super.onStop();
                flatten(); // a common "flatten when the session ends" pattern
            }
        }.on("2024-01-02", x -> x.marketBuy(10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), BARS, s);

        assertThat(s.tickets).hasSize(2);
        OrderTicket placedInOnStop = s.ticket(1);
        assertThat(placedInOnStop.status()).as("status of %s placed in onStop", placedInOnStop)
                .isIn(OrderStatus.CANCELED, OrderStatus.FILLED, OrderStatus.REJECTED);
        assertThat(r.tickets()).allMatch(t -> t.status().isTerminal());
    }
}
