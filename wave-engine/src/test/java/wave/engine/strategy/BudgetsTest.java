package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderDenied;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.PortfolioView;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Two strategies with capital budgets share one account; each stays within its budget; their results add up. */
class BudgetsTest {
    static final InstrumentId A = InstrumentId.of("AAA");
    static final InstrumentId B = InstrumentId.of("BBB");
    static final StrategyId ON_A = new StrategyId("t:AAA");
    static final StrategyId ON_B = new StrategyId("t:BBB");

    static final BarSeries A_BARS = Bars.table(A, """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=11 L=10 C=11
            2024-01-04 O=12 H=12 L=11 C=11.5
            2024-01-05 O=11 H=12 L=10 C=12
            """);
    static final BarSeries B_BARS = Bars.table(B, """
            2024-01-02 O=20 H=20 L=20 C=20
            2024-01-03 O=20 H=20 L=18 C=19
            2024-01-04 O=19 H=19 L=17 C=18
            2024-01-05 O=18 H=22 L=18 C=21
            """);

    @Test
    void budgetsCapSizingAndDenyWhatWouldExceedThemAndTheBooksAddUpToTheAccount() {
        ScriptedStrategy onA = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn)
                .on("2024-01-04", x -> x.marketSell(1_000));
        ScriptedStrategy onB = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn)
                .on("2024-01-03", x -> x.marketBuy(200));
        Map<InstrumentId, ScriptedStrategy> strategies = Map.of(A, onA, B, onB);
        Backtest backtest = new Backtest(Backtests.withCash("100000").withFeeModel(
                wave.engine.execution.PercentFeeModel.ofPercent("0.1")), List.of(A_BARS, B_BARS), "t", strategies::get, true);
        backtest.kernel().useBudget(ON_A, Budget.of(Money.of("30000", Currency.USD)));
        backtest.kernel().useBudget(ON_B, Budget.fractionOfEquity(0.5));
        BacktestResult r = backtest.run();

        // A: all-in capped at its 30,000 budget: floor(30,000 / (10 x 1.001)) = 2,997 shares, not the account's cash
        assertThat(onA.fills.getFirst().quantityRaw()).isEqualTo(raw("2997"));
        // B: half of the 100,000 equity: floor(50,000 / (20 x 1.001)) = 2,497 shares
        assertThat(onB.fills.getFirst().quantityRaw()).isEqualTo(raw("2497"));
        // B's extra 200 shares on 01-03 (3,800 at the close of 19) would take its exposure (2,497 x 19 = 47,443) past half
        // the account's equity then (about 50,210): denied
        OrderDenied denied = (OrderDenied) onB.events.stream().filter(OrderDenied.class::isInstance).findFirst().orElseThrow();
        assertThat(denied.reason()).isEqualTo(DenyReason.BUDGET_EXCEEDED);
        assertThat(denied.message()).startsWith("strategy t:BBB: exposure 47443 + order 3800 would exceed its budget 5021");

        PortfolioView bookA = backtest.kernel().strategyBook(ON_A);
        PortfolioView bookB = backtest.kernel().strategyBook(ON_B);
        assertThat(bookA.position(A).quantityRaw()).isEqualTo(raw("1997"));
        assertThat(bookA.position(B).quantityRaw()).isZero();
        assertThat(bookB.position(B).quantityRaw()).isEqualTo(raw("2497"));
        // the strategies' results (their books' equity: P&L net of fees) add up to the account's, to the raw unit
        assertThat(bookA.equityRaw() + bookB.equityRaw()).isEqualTo(r.finalEquityRaw() - raw("100000"));
        assertThat(bookA.commissionRaw() + bookB.commissionRaw()).isEqualTo(r.portfolio().commissionRaw());
    }
}
