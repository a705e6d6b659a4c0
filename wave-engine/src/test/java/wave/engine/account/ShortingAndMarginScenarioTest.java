package wave.engine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ACME;
import static wave.engine.testkit.Bars.ts;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderSide;
import wave.domain.order.RejectReason;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.PositionView;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** Short sales that pay a borrow fee, margin accounts, buying power and margin calls, in trader language. */
class ShortingAndMarginScenarioTest {
    static final String SHORT_BARS = """
            2024-01-02 O=50 H=50 L=50 C=50
            2024-01-03 O=50 H=50 L=50 C=50
            2024-01-04 O=40 H=40 L=40 C=40
            2024-01-05 O=40 H=40 L=40 C=40
            # a weekend: Monday's step charges three days
            2024-01-08 O=45 H=45 L=45 C=45
            """;

    static final String DROP_BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=10 L=10 C=10
            2024-01-04 O=8 H=8 L=6 C=6
            2024-01-05 O=6.5 H=7 L=6 C=7
            2024-01-08 O=7 H=7 L=7 C=7
            """;

    static final String RISE_BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=10 L=10 C=10
            2024-01-04 O=11 H=11 L=11 C=11
            """;

    static BacktestConfig margin(String cash) {
        return Backtests.withCash(cash).withAccount(AccountConfig.margin("0.5", "0.25"));
    }

    /** cash + market value == deposits + realised - fees + dividends - borrow fees + unrealised, exactly. */
    static void assertLedgerReconciles(Portfolio p) {
        long marketValue = p.positions().stream().mapToLong(PositionView::marketValueRaw).sum();
        assertThat(p.cashRaw() + marketValue).isEqualTo(p.equityRaw())
                .isEqualTo(p.depositedRaw() + p.realizedPnlRaw() - p.commissionRaw() + p.dividendRaw() - p.borrowFeeRaw()
                        + p.unrealizedPnlRaw());
    }

    @Test
    void aShortSalePaysTheBorrowFeeOnThePreviousCloseForEveryCalendarDay() {
        // Given 10,000 USD, short sales allowed and a borrow rate of 3.6% a year (actual/360: 0.01% a day)
        BacktestConfig config = Backtests.withCash("10000").withAllowShort(true)
                .withAccount(AccountConfig.cash().withBorrowRate("0.036"));
        // When shorting 100 shares on 2024-01-02 (filled at the 01-03 open, 50) and holding them to Monday 01-08
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(100));
        BacktestResult r = Backtests.run(config, Bars.table(SHORT_BARS), s);

        // Then the fee is rate x value at the previous close x days / 360:
        // 01-04: 5,000 x 0.036 x 1 / 360 = 0.5; 01-05: 4,000 x 0.036 / 360 = 0.4; 01-08 (Fri->Mon): 4,000 x 0.036 x 3 / 360 = 1.2
        assertThat(EventText.of(r.events())).containsExactly(
                "2024-01-02 O-1 submitted", "2024-01-03 O-1 accepted", "2024-01-03 O-1 filled SELL 100 @ 50");
        assertThat(r.totalBorrowFeesRaw()).isEqualTo(raw("2.1"));
        assertThat(r.portfolio().position(ACME).borrowFeeRaw()).isEqualTo(raw("2.1"));
        assertThat(r.cashRaw()).containsExactly(raw("10000"), raw("15000"), raw("14999.5"), raw("14999.1"), raw("14997.9"));
        assertThat(r.finalEquityRaw()).isEqualTo(raw("10497.9")); // 14,997.9 - 100 x 45
        assertThat(r.totalFeesRaw()).isZero();
        assertLedgerReconciles(r.portfolio());
    }

    @Test
    void aWeeklyBarArrivingAfterTheDailyBarsOfItsWeekChargesNoDayTwice() {
        // Given the same short, and a weekly series whose bar of the week from Monday 2024-01-01 is known on Sunday
        // night (2024-01-08 00:00 UTC), after Friday's daily bar: its label, 01-01, would take the run back in time
        BacktestConfig config = Backtests.withCash("10000").withAllowShort(true)
                .withAccount(AccountConfig.cash().withBorrowRate("0.036"));
        InstrumentId weekly = InstrumentId.of("WEEK");
        BarSeries week = Bars.table(weekly, BarSpec.WEEK_1, "2024-01-01 O=1 H=1 L=1 C=1");
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(100));

        BacktestResult r = Backtests.run(config, List.of(Bars.table(SHORT_BARS), week),
                Map.of(ACME, s, weekly, new ScriptedStrategy()));

        // Then the steps are dated when their bars became known, and every calendar day is charged once:
        // 01-05: 5,000 x 0.036 / 360 = 0.5; 01-06: 0.4; 01-08 (two days): 0.8; 01-09: 0.4 (not 7 days since 01-01)
        assertThat(r.stepNanos()).containsExactly(ts("2024-01-03"), ts("2024-01-04"), ts("2024-01-05"), ts("2024-01-06"),
                ts("2024-01-08"), ts("2024-01-09"));
        assertThat(r.totalBorrowFeesRaw()).isEqualTo(raw("2.1"));
        assertThat(r.cashRaw()).containsExactly(raw("10000"), raw("15000"), raw("14999.5"), raw("14999.1"), raw("14998.3"),
                raw("14997.9"));
        assertLedgerReconciles(r.portfolio());
    }

    @Test
    void withoutABorrowRateShortsAreFreeAsBefore() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(100));
        BacktestResult r = Backtests.run(Backtests.withCash("10000").withAllowShort(true), Bars.table(SHORT_BARS), s);

        assertThat(r.totalBorrowFeesRaw()).isZero();
        assertThat(r.finalEquityRaw()).isEqualTo(raw("10500"));
        assertThat(r.marginCalls()).isEmpty();
    }

    @Test
    void aShortClosedTheSameDayPaysNoBorrowFee() {
        BacktestConfig config = Backtests.withCash("10000").withAllowShort(true)
                .withAccount(AccountConfig.cash().withBorrowRate("0.036"));
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> {
                    x.marketSell(100);
                    x.marketOnCloseOrder(OrderSide.BUY, 100);
                });
        BacktestResult r = Backtests.run(config, Bars.table(SHORT_BARS), s);

        assertThat(r.fills()).hasSize(2);
        assertThat(r.totalBorrowFeesRaw()).isZero();
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("10000"));
    }

    @Test
    void aMarginAccountBuysTwiceItsCash() {
        // Given 10,000 USD on a margin account with 50% initial margin (2x buying power)
        // When buying 2,000 shares opening at 10 (20,000: equity 10,000 - 0.5 x 20,000 = 0, just enough)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(2000));
        BacktestResult r = Backtests.run(margin("10000"), Bars.table(RISE_BARS), s);

        // Then it fills, cash is borrowed (-10,000) and the equity follows the whole position
        assertThat(EventText.of(r.events())).containsExactly(
                "2024-01-02 O-1 submitted", "2024-01-03 O-1 accepted", "2024-01-03 O-1 filled BUY 2000 @ 10");
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("-10000"));
        assertThat(r.finalEquityRaw()).isEqualTo(raw("12000")); // -10,000 + 2,000 x 11
        assertThat(r.marginCalls()).isEmpty();
        assertLedgerReconciles(r.portfolio());
    }

    @Test
    void anOrderBeyondTheBuyingPowerIsRejectedForInsufficientMargin() {
        // Given 10,000 USD at 50% initial margin, When buying 2,001 shares at 10 (20,010: needs 10,005 of equity)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(2001));
        BacktestResult r = Backtests.runVenueChecksOnly(margin("10000"), Bars.table(DROP_BARS), s);

        // Then the venue (here without a pre-trade check) rejects it with the amounts
        OrderRejected rejected = (OrderRejected) r.events().get(1);
        assertThat(rejected.tsNanos()).isEqualTo(ts("2024-01-03"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.INSUFFICIENT_MARGIN);
        assertThat(rejected.message()).isEqualTo(
                "BUY 2001 ACME.SIM at 10 needs initial margin 10005 USD (0.5 x gross exposure 20010), equity after fees is 10000");
        assertThat(r.fills()).isEmpty();
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("10000"));
    }

    @Test
    void aShortSaleOnMarginNeedsInitialMarginToo() {
        // 10,000 USD, 50%: shorting 2,000 at 10 is the limit, 2,001 is rejected
        ScriptedStrategy ok = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(2000));
        ScriptedStrategy tooBig = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(2001));
        BacktestConfig config = margin("10000").withAllowShort(true);

        assertThat(Backtests.run(config, Bars.table(DROP_BARS), ok).fills()).hasSize(1);
        BacktestResult r = Backtests.runVenueChecksOnly(config, Bars.table(DROP_BARS), tooBig);
        assertThat(((OrderRejected) r.events().get(1)).reason()).isEqualTo(RejectReason.INSUFFICIENT_MARGIN);
        // the default pre-trade check already denies it on the estimate: 2,001 x 10 > 10,000 / 0.5
        OrderDenied denied = (OrderDenied) Backtests.run(config, Bars.table(DROP_BARS),
                new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(2001))).events().getFirst();
        assertThat(denied.reason()).isEqualTo(DenyReason.INSUFFICIENT_FUNDS);
        assertThat(denied.message()).isEqualTo("estimated cost 20010 USD exceeds buying power 20000 (equity 10000 / initial margin 0.5)");
    }

    @Test
    void aDropBelowMaintenanceLiquidatesEverythingAtTheNextOpen() {
        // Given 10,000 USD at 50% / 25% margin and 2,000 shares bought at 10 on margin
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(2000));
        // When the price closes at 6 on 01-04: equity -10,000 + 12,000 = 2,000 < 0.25 x 12,000 = 3,000
        BacktestResult r = Backtests.run(margin("10000"), Bars.table(DROP_BARS), s);

        // Then a margin call is recorded and the position is sold at the next open, 6.5
        assertThat(r.marginCalls()).containsExactly(
                new MarginCall(ts("2024-01-04"), raw("2000"), raw("3000"), raw("12000"), LiquidationPolicy.CLOSE_ALL));
        assertThat(EventText.of(r.events())).containsExactly(
                "2024-01-02 O-1 submitted", "2024-01-03 O-1 accepted", "2024-01-03 O-1 filled BUY 2000 @ 10",
                "2024-01-04 O-2 submitted", "2024-01-05 O-2 accepted", "2024-01-05 O-2 filled SELL 2000 @ 6.5");
        assertThat(r.tickets().get(1).strategyId().value()).isEqualTo("margin-call");
        // and the strategy saw the liquidation fill
        assertThat(s.fills).hasSize(2);
        assertThat(s.positionAtBar).containsExactly(0L, raw("2000"), raw("2000"), 0L, 0L);
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("3000")); // -10,000 + 2,000 x 6.5
        assertThat(r.finalEquityRaw()).isEqualTo(raw("3000"));
        assertLedgerReconciles(r.portfolio());
    }

    @Test
    void reduceLargestSellsJustEnoughToBeBackAboveMaintenance() {
        // Same drop, liquidating by reducing the largest position: the excess exposure is
        // 12,000 - 2,000 / 0.25 = 4,000 at the close of 6, i.e. ceil(4,000 / 6) = 667 shares
        BacktestConfig config = Backtests.withCash("10000")
                .withAccount(AccountConfig.margin("0.5", "0.25").withLiquidation(LiquidationPolicy.REDUCE_LARGEST));
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(2000));
        BacktestResult r = Backtests.run(config, Bars.table(DROP_BARS), s);

        assertThat(r.marginCalls()).hasSize(1);
        assertThat(EventText.of(r.events())).endsWith("2024-01-05 O-2 filled SELL 667 @ 6.5");
        assertThat(r.portfolio().position(ACME).quantityRaw()).isEqualTo(raw("1333"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("-5664.5")); // -10,000 + 667 x 6.5
        assertThat(r.finalEquityRaw()).isEqualTo(raw("3666.5")); // -5,664.5 + 1,333 x 7, above 0.25 x 9,331
        assertLedgerReconciles(r.portfolio());
    }

    @Test
    void theDefaultCashAccountKeepsRejectingForCash() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(2000));
        BacktestResult r = Backtests.runVenueChecksOnly(Backtests.withCash("10000"), Bars.table(DROP_BARS), s);

        assertThat(((OrderRejected) r.events().get(1)).reason()).isEqualTo(RejectReason.INSUFFICIENT_CASH);
        assertThat(r.marginCalls()).isEmpty();
    }
}
