package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderStatus;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Splits and dividends applied by the kernel on their ex-dates, before the bar is matched. */
class CorporateActionScenarioTest {
    private static final long ONE = Scales.RATIO;

    /** Three daily bars; the third (2024-01-04) is the ex-date of {@code splitRatio} and {@code dividend}. */
    private static BarSeries bars(String splitRatio, String dividend) {
        return Bars.table("""
                2024-01-02 O=30 H=30 L=30 C=30
                2024-01-03 O=30 H=31 L=29 C=30
                2024-01-04 O=20 H=21 L=19 C=20.5
                2024-01-05 O=20 H=21 L=19 C=21
                """).withCorporateActions(new long[] {0, 0, raw(dividend), 0}, new long[] {ONE, ONE, raw(splitRatio), ONE});
    }

    @Test
    void threeForTwoSplitOf101SharesPaysTheHalfShareInCash() {
        ScriptedStrategy strategy = new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(101));
        BacktestResult result = Backtests.run(Backtests.withCash("10000"), bars("1.5", "0"), strategy);

        // bought 101 at 30 on Jan 3; Jan 4 (ex-date): 151.5 shares, 151 kept, 0.5 paid at 30 / 1.5 = 20
        assertThat(strategy.positionAtBar).containsExactly(0L, raw("101"), raw("151"), raw("151"));
        assertThat(result.cashRaw()[1]).isEqualTo(raw("6970"));
        assertThat(result.cashRaw()[2]).isEqualTo(raw("6980"));
        assertThat(result.equityRaw()[2]).isEqualTo(raw("6980") + raw("151") * 205 / 10);
        assertThat(result.portfolio().position(Bars.ACME).realizedPnlRaw()).isZero();
    }

    @Test
    void dividendIsCreditedOnTheExDateAndRecorded() {
        ScriptedStrategy strategy = new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(100));
        BacktestResult result = Backtests.run(Backtests.withCash("10000"), bars("1", "0.25"), strategy);

        assertThat(result.cashRaw()[2] - result.cashRaw()[1]).isEqualTo(raw("25"));
        assertThat(result.portfolio().dividendRaw()).isEqualTo(raw("25"));
    }

    @Test
    void workingOrdersOfTheInstrumentAreCanceledBySplit() {
        ScriptedStrategy strategy = new ScriptedStrategy()
                .on("2024-01-02", s -> s.limitOrder(BUY, 10, "25"))
                .on("2024-01-03", s -> s.marketBuy(5));
        BacktestResult result = Backtests.run(Backtests.withCash("10000"), bars("4", "0"), strategy);

        // the limit worked on Jan 3 without filling; both it and the market order on its way are canceled on Jan 4
        assertThat(strategy.tickets).allSatisfy(t -> assertThat(t.status()).isEqualTo(OrderStatus.CANCELED));
        assertThat(strategy.events).filteredOn(OrderCanceled.class::isInstance).hasSize(2)
                .allSatisfy(e -> assertThat(((OrderCanceled) e).reason()).isEqualTo("corporate action (split 4)"));
        assertThat(result.fills()).isEmpty();
    }

    @Test
    void adjustedModeIgnoresTheActions() {
        ScriptedStrategy strategy = new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(101));
        BacktestResult result = Backtests.run(Backtests.withCash("10000").withCorporateActions(CorporateActionMode.ADJUSTED),
                bars("1.5", "1"), strategy);

        assertThat(strategy.positionAtBar).containsExactly(0L, raw("101"), raw("101"), raw("101"));
        assertThat(result.portfolio().dividendRaw()).isZero();
        assertThat(result.cashRaw()[3]).isEqualTo(raw("6970"));
    }
}
