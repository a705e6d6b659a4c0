package wave.engine.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Bars.ts;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.pretrade.Denial;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;

/**
 * Parent orders in a backtest: the children of a TWAP reach the simulated venue through the pre-trade path; the parent
 * aggregates their fills; canceling it stops the rest. A child fills at the open of the first bar that started at or
 * after it was sent: with start-labelled one-minute bars, a child sent at 13:31 (when the 13:30 bar became known) fills
 * at the open of the 13:31 bar, and one sent at 13:31:30 at the open of the 13:32 bar.
 */
class ParentOrderBacktestTest {
    private static final long MINUTE = 60_000_000_000L;

    /** One-minute bars from 13:30 UTC, opening at 10, 11, ..., 17. */
    private static final BarSeries BARS = Bars.table(Bars.ACME, BarSpec.MINUTE_1, """
            2024-03-12T13:30 O=10 H=10 L=10 C=10 V=10000
            2024-03-12T13:31 O=11 H=11 L=11 C=11 V=10000
            2024-03-12T13:32 O=12 H=12 L=12 C=12 V=10000
            2024-03-12T13:33 O=13 H=13 L=13 C=13 V=10000
            2024-03-12T13:34 O=14 H=14 L=14 C=14 V=10000
            2024-03-12T13:35 O=15 H=15 L=15 C=15 V=10000
            2024-03-12T13:36 O=16 H=16 L=16 C=16 V=10000
            2024-03-12T13:37 O=17 H=17 L=17 C=17 V=10000
            """);

    @Test
    void twapChildrenFillAtTheOpenOfTheirBarsAndTheParentAggregatesThem() {
        TwapBuyer buyer = new TwapBuyer(Long.MAX_VALUE);
        BacktestResult result = Backtests.run(Backtests.withCash("100000"), BARS, buyer);

        // 600 shares in 4 children at 13:31, 13:32, 13:33 and 13:34, each 150, filled at those bars' opens 11, 12, 13, 14
        assertThat(result.fills()).extracting(f -> Bars.ACME + " " + (f.tsNanos() - ts("2024-03-12T13:31")) / MINUTE + " "
                + FixedPoint.formatQuantity(f.quantityRaw()) + "@" + FixedPoint.formatPrice(f.priceRaw()))
                .containsExactly("ACME.SIM 0 150@11", "ACME.SIM 1 150@12", "ACME.SIM 2 150@13", "ACME.SIM 3 150@14");
        ParentOrder parent = buyer.parent;
        assertThat(parent.isDone()).isTrue();
        assertThat(parent.filledQuantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(600));
        assertThat(FixedPoint.formatPrice(parent.averagePriceRaw())).isEqualTo("12.5");
        assertThat(FixedPoint.formatMoney(parent.filledNotionalRaw())).isEqualTo("7500");
        assertThat(buyer.filled).containsExactly(150L, 150L, 150L, 150L);
        assertThat(result.portfolio().position(Bars.ACME).quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(600));
    }

    @Test
    void vwapChildrenFollowTheProfileAndFillOnTheirBars() {
        // the day before: 13:31-13:34 traded 100, 300, 200 and 400, so 1000 shares go as 100, 300, 200, 400 at 13:31,
        // 13:32, 13:33 and 13:34, filled at the opens 11, 12, 13 and 14: (1100 + 3600 + 2600 + 5600) / 1000 = 12.9
        BarSeries history = Bars.table(Bars.ACME, BarSpec.MINUTE_1, """
                2024-03-11T13:31 O=9 H=9 L=9 C=9 V=100
                2024-03-11T13:32 O=9 H=9 L=9 C=9 V=300
                2024-03-11T13:33 O=9 H=9 L=9 C=9 V=200
                2024-03-11T13:34 O=9 H=9 L=9 C=9 V=400
                """);
        VolumeProfile profile = VolumeProfile.of(history, ZoneOffset.UTC);
        ParentOrder[] parent = new ParentOrder[1];
        Strategy<TwapBuyer.Params> buyer = new Strategy<>(new TwapBuyer.Params()) {
            @Override
            protected void onBar(Bar bar) {
                if (parent[0] == null) {
                    long start = bar.tsNanos() + MINUTE;
                    parent[0] = execute(OrderSide.BUY, Vwap.schedule(FixedPoint.quantityOfUnits(1000), start,
                            start + 4 * MINUTE, MINUTE, profile, FixedPoint.quantityOfUnits(1), null));
                }
            }
        };
        BacktestResult result = Backtests.run(Backtests.withCash("100000"), BARS, buyer);

        assertThat(result.fills()).extracting(f -> FixedPoint.formatQuantity(f.quantityRaw()) + "@" + FixedPoint.formatPrice(f.priceRaw()))
                .containsExactly("100@11", "300@12", "200@13", "400@14");
        assertThat(FixedPoint.formatPrice(parent[0].averagePriceRaw())).isEqualTo("12.9");
        assertThat(parent[0].isDone()).isTrue();
    }

    @Test
    void cancelingTheParentCancelsTheWorkingChildAndStopsTheChildrenNotYetSent() {
        TwapBuyer buyer = new TwapBuyer(FixedPoint.quantityOfUnits(300));
        BacktestResult result = Backtests.run(Backtests.withCash("100000"), BARS, buyer);

        // the second child fills on the 13:32 bar, handled at 13:33: the third was sent at 13:33 (for the 13:33 bar)
        // just before, so the cancel finds it working; the fourth, due at 13:34, is never sent
        assertThat(buyer.parent.isCanceled()).isTrue();
        assertThat(buyer.parent.children()).extracting(t -> t.status()).containsExactly(OrderStatus.FILLED,
                OrderStatus.FILLED, OrderStatus.CANCELED);
        assertThat(buyer.parent.filledQuantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(300));
        assertThat(result.fills()).hasSize(2);
        assertThat(buyer.parent.isDone()).isTrue();
    }

    @Test
    void everyChildCrossesThePreTradeCheck() {
        TwapBuyer buyer = new TwapBuyer(Long.MAX_VALUE);
        List<Long> checked = new ArrayList<>();
        Backtest backtest = new Backtest(Backtests.withCash("100000"), List.of(BARS), "test", id -> buyer, true)
                .addPreTradeCheck(request -> {
                    checked.add(request.quantityRaw() / FixedPoint.quantityOfUnits(1));
                    return checked.size() == 3 ? new Denial(DenyReason.RISK_LIMIT, "third child refused") : null;
                });
        BacktestResult result = backtest.run();

        assertThat(checked).containsExactly(150L, 150L, 150L, 150L);
        assertThat(buyer.parent.children()).extracting(t -> t.status()).containsExactly(OrderStatus.FILLED,
                OrderStatus.FILLED, OrderStatus.DENIED, OrderStatus.FILLED);
        assertThat(buyer.parent.refusedQuantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(150));
        assertThat(buyer.parent.filledQuantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(450));
        assertThat(result.fills()).extracting(OrderFilled::priceRaw)
                .containsExactly(FixedPoint.parsePrice("11"), FixedPoint.parsePrice("12"), FixedPoint.parsePrice("14"));
    }

    /**
     * On its first bar (13:30, handled at 13:31), buys 600 by TWAP in four children from 13:31, a minute apart (each
     * at the start of the bar it trades in);
     * cancels the parent once {@code cancelAt} filled.
     */
    static final class TwapBuyer extends Strategy<TwapBuyer.Params> {
        private final long cancelAtRaw;
        final List<Long> filled = new ArrayList<>();
        ParentOrder parent;

        TwapBuyer(long cancelAtRaw) {
            super(new Params());
            this.cancelAtRaw = cancelAtRaw;
        }

        @Override
        protected void onBar(Bar bar) {
            if (parent == null) {
                long start = bar.tsNanos() + MINUTE;
                parent = execute(OrderSide.BUY, Twap.schedule(FixedPoint.quantityOfUnits(600), start, start + 4 * MINUTE, 4,
                        FixedPoint.quantityOfUnits(1), null));
            }
        }

        @Override
        protected void onFill(OrderFilled fill) {
            filled.add(fill.quantityRaw() / FixedPoint.quantityOfUnits(1));
            if (parent.filledQuantityRaw() >= cancelAtRaw && !parent.isCanceled()) {
                parent.cancel();
            }
        }

        record Params() {
        }
    }
}
