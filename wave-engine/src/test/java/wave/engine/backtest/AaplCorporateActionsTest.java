package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.engine.testkit.Backtests.raw;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.data.csv.PriceColumn;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderEvent;
import wave.domain.portfolio.Portfolio;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;
import wave.testkit.SharedData;

/**
 * Buy-and-hold of AAPL on Alpha Vantage's raw prices with the file's splits and dividends (shared data, section 3):
 * the 4-for-1 split of 2020-08-31 turns 100 shares into 400 before that day's open without moving equity, and every
 * dividend is credited on its ex-date for the shares held.
 */
class AaplCorporateActionsTest {
    private static BarSeries aapl(PriceColumn column) throws IOException {
        return CsvImporters.load(SharedData.file("sp500_alphavantage/DA-AAPL-T-2021-04-21.csv"),
                LoadOptions.defaults().withPriceColumn(column)).series();
    }

    private static int indexOf(BarSeries series, String date) {
        long ts = Bars.ts(date);
        for (int i = 0; i < series.size(); i++) {
            if (series.tsNanos(i) == ts) {
                return i;
            }
        }
        throw new AssertionError("no bar on " + date);
    }

    /** Records the account when an order is canceled: for the split, the state after the split and before the bar. */
    static final class Observer extends ScriptedStrategy {
        long quantityAtCancel;
        long markAtCancel;
        long cashAtCancel;
        long equityAtCancel;

        @Override
        protected void onOrderEvent(OrderEvent event) {
            super.onOrderEvent(event);
            if (event instanceof OrderCanceled) {
                quantityAtCancel = position().quantityRaw();
                markAtCancel = position().markRaw();
                cashAtCancel = portfolio().cashRaw();
                equityAtCancel = portfolio().equityRaw();
            }
        }
    }

    /** Dividends the shares held on each ex-date earn: held after that day's split, before its fills. */
    private static long expectedDividends(BarSeries series, ScriptedStrategy strategy) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < series.size(); i++) {
            long held = FixedPoint.timesRatio(strategy.positionAtBar.get(i - 1), series.splitRatioRaw(i)) / Scales.QUANTITY
                    * Scales.QUANTITY;
            sum = sum.add(FixedPoint.quantityToBigDecimal(held).multiply(FixedPoint.moneyToBigDecimal(series.dividendRaw(i))));
        }
        return sum.setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static void assertReconciles(Portfolio p) {
        assertThat(p.depositedRaw() + p.realizedPnlRaw() - p.commissionRaw() + p.dividendRaw() + p.unrealizedPnlRaw())
                .isEqualTo(p.equityRaw());
    }

    @Test
    void fourForOneSplitOf2020KeepsEquityContinuousAndDividendsAreCredited() throws IOException {
        BarSeries all = aapl(PriceColumn.CLOSE);
        assertThat(all.hasCorporateActions()).isTrue();
        BarSeries series = all.slice(indexOf(all, "2020-01-02"), all.size());
        Observer strategy = new Observer();
        strategy.on("2020-01-02", s -> s.marketBuy(100)).on("2020-08-27", s -> s.limitOrder(BUY, 1, "100"));

        BacktestResult result = Backtests.run(BacktestConfig.defaults(), series, strategy);

        int friday = indexOf(series, "2020-08-28");
        int monday = indexOf(series, "2020-08-31");
        assertThat(monday).isEqualTo(friday + 1);
        assertThat(strategy.positionAtBar.get(friday)).isEqualTo(raw("100"));
        assertThat(strategy.positionAtBar.get(monday)).isEqualTo(raw("400"));
        long cash = result.cashRaw()[friday];
        assertThat(result.equityRaw()[friday]).isEqualTo(raw("49923") + cash);
        // the split, before Monday's bar: 400 shares marked at 499.23 / 4, cash unchanged, equity unchanged
        assertThat(strategy.quantityAtCancel).isEqualTo(raw("400"));
        assertThat(strategy.markAtCancel).isEqualTo(raw("124.8075"));
        assertThat(strategy.cashAtCancel).isEqualTo(cash);
        assertThat(strategy.equityAtCancel).isEqualTo(raw("400") / Scales.QUANTITY * raw("124.8075") + cash)
                .isEqualTo(result.equityRaw()[friday]);
        assertThat(result.cashRaw()[monday]).isEqualTo(cash);
        assertThat(result.equityRaw()[monday]).isEqualTo(400 * raw("129.04") + cash);
        // the limit order placed on Thursday (pre-split prices) was canceled by the split
        assertThat(strategy.events).filteredOn(OrderCanceled.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((OrderCanceled) e).reason()).isEqualTo("corporate action (split 4)"));
        // 2020-02-07 0.77, 05-08 0.82 and 08-07 0.82 on 100 shares; 11-06 and 2021-02-05 0.205 on 400
        assertThat(result.portfolio().dividendRaw()).isEqualTo(raw("405")).isEqualTo(expectedDividends(series, strategy));
        assertReconciles(result.portfolio());
    }

    @Test
    void wholeHistoryThroughFourSplitsAndTheSevenForOneQuirk() throws IOException {
        BarSeries series = aapl(PriceColumn.CLOSE);
        ScriptedStrategy strategy = new ScriptedStrategy().on("1999-11-01", s -> s.marketBuy(100));

        BacktestResult result = Backtests.run(BacktestConfig.defaults(), series, strategy);

        int quirk = indexOf(series, "2014-06-09");
        // the file says 7.00000700001, nine decimals keep 7.000007
        assertThat(series.splitRatioRaw(quirk)).isEqualTo(raw("7.000007"));
        // 100 x 2 x 2 = 400; x 7.000007 = 2800.0028: 2800 kept, 0.0028 share paid at the previous close / 7.000007
        assertThat(strategy.positionAtBar.get(quirk)).isEqualTo(raw("2800"));
        long cashInLieu = FixedPoint.notional(FixedPoint.dividedByRatio(series.closeRaw(quirk - 1), raw("7.000007")), raw("0.0028"));
        long dividendThatDay = FixedPoint.notional(series.dividendRaw(quirk), raw("2800"));
        assertThat(result.cashRaw()[quirk] - result.cashRaw()[quirk - 1]).isEqualTo(cashInLieu + dividendThatDay);
        assertThat(strategy.positionAtBar.getLast()).isEqualTo(raw("11200"));
        assertThat(result.portfolio().dividendRaw()).isPositive().isEqualTo(expectedDividends(series, strategy));
        assertReconciles(result.portfolio());
    }

    @Test
    void adjustedCloseCarriesNoActions() throws IOException {
        assertThat(aapl(PriceColumn.ADJ_CLOSE).hasCorporateActions()).isFalse();
    }
}
