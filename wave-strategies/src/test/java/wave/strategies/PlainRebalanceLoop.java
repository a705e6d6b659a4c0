package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.BacktestResult;

/**
 * A plain monthly-rebalance loop over daily bars, written apart from the kernel to check portfolio strategies: on the
 * first bar of each month, each instrument of {@link #weights()} gets {@code weight x 99.75% of equity} at that close,
 * in whole shares; the differences trade at each instrument's next open in the order given, sales first; a purchase
 * the cash cannot pay for at the open is refused. No fees. Money in {@link BigDecimal}, rounded to 9 decimals
 * (half-even) where the engine rounds.
 */
abstract class PlainRebalanceLoop {
    private static final BigDecimal BUFFERED = new BigDecimal("0.9975");

    /** One fill: instrument index, side, shares, price. */
    record Fill(int instrument, OrderSide side, long shares, BigDecimal price) {
    }

    /** An order waiting for its instrument's next open. */
    record Pending(int instrument, OrderSide side, long shares) {
    }

    final List<BarSeries> data;
    final List<Fill> fills = new ArrayList<>();
    final long[] shares;
    final BigDecimal[] mark;
    BigDecimal cash;
    int refused;

    PlainRebalanceLoop(List<BarSeries> data) {
        this.data = data;
        this.shares = new long[data.size()];
        this.mark = new BigDecimal[data.size()];
    }

    /** The target weights by instrument index, in the order orders are placed; called on each month's first bar. */
    abstract Map<Integer, Double> weights();

    /** Called on the first bar of a month before the marks move to it (the marks are the month-end closes). */
    void monthEnded() {
    }

    void run(BigDecimal startCash) {
        cash = startCash;
        TreeSet<Long> dates = new TreeSet<>();
        for (BarSeries s : data) {
            for (int i = 0; i < s.size(); i++) {
                dates.add(s.tsNanos(i));
            }
        }
        int[] next = new int[data.size()];
        List<Pending> pending = new ArrayList<>();
        int lastMonth = -1;
        for (long date : dates) {
            int[] bar = new int[data.size()];
            for (int k = 0; k < data.size(); k++) {
                BarSeries s = data.get(k);
                bar[k] = next[k] < s.size() && s.tsNanos(next[k]) == date ? next[k]++ : -1;
            }
            List<Pending> waiting = new ArrayList<>();
            for (Pending p : pending) {
                if (bar[p.instrument()] < 0) {
                    waiting.add(p);
                } else {
                    fill(p, decimal(data.get(p.instrument()).openRaw(bar[p.instrument()])));
                }
            }
            pending = waiting;
            int month = month(date);
            if (month != lastMonth && lastMonth != -1) {
                monthEnded();
            }
            for (int k = 0; k < data.size(); k++) {
                if (bar[k] >= 0) {
                    mark[k] = decimal(data.get(k).closeRaw(bar[k]));
                }
            }
            if (month != lastMonth) {
                lastMonth = month;
                pending.addAll(rebalance(weights()));
            }
        }
    }

    private void fill(Pending p, BigDecimal open) {
        BigDecimal value = open.multiply(BigDecimal.valueOf(p.shares()));
        if (p.side() == OrderSide.BUY) {
            if (value.compareTo(cash) > 0) {
                refused++;
                return;
            }
            cash = cash.subtract(value);
            shares[p.instrument()] += p.shares();
        } else {
            cash = cash.add(value);
            shares[p.instrument()] -= p.shares();
        }
        fills.add(new Fill(p.instrument(), p.side(), p.shares(), open));
    }

    private List<Pending> rebalance(Map<Integer, Double> weights) {
        BigDecimal budget = round9(equity().multiply(BUFFERED));
        List<Pending> sells = new ArrayList<>();
        List<Pending> buys = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            int k = e.getKey();
            BigDecimal targetValue = round9(budget.multiply(round9(BigDecimal.valueOf(e.getValue()))));
            long target = targetValue.divide(mark[k], 9, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.DOWN).longValueExact();
            long delta = target - shares[k];
            if (delta < 0) {
                sells.add(new Pending(k, OrderSide.SELL, -delta));
            } else if (delta > 0) {
                buys.add(new Pending(k, OrderSide.BUY, delta));
            }
        }
        sells.addAll(buys);
        return sells;
    }

    /**
     * Asserts that a backtest made exactly this loop's fills (instrument, side, shares, price, in order), ended at its
     * equity, and had as many orders refused as this loop refused purchases.
     *
     * @param atLeast the fewest fills a meaningful comparison needs
     */
    void assertSameAs(BacktestResult result, int atLeast) {
        List<OrderFilled> actual = result.fills();
        assertThat(actual).hasSize(fills.size()).hasSizeGreaterThan(atLeast);
        for (int i = 0; i < actual.size(); i++) {
            OrderFilled a = actual.get(i);
            Fill expected = fills.get(i);
            assertThat(a.instrument()).as("fill %d", i).isEqualTo(data.get(expected.instrument()).instrument());
            assertThat(a.side()).as("fill %d side", i).isEqualTo(expected.side());
            assertThat(a.quantityRaw()).as("fill %d shares", i).isEqualTo(FixedPoint.quantityOfUnits(expected.shares()));
            assertThat(a.priceRaw()).as("fill %d price", i).isEqualTo(FixedPoint.priceFromBigDecimal(expected.price()));
        }
        assertThat(result.finalEquityRaw()).isEqualTo(FixedPoint.moneyFromBigDecimal(equity()));
        // the purchases the cash could not pay for at the open are the orders the venue refused
        assertThat(result.tickets().stream().filter(t -> t.status() == OrderStatus.REJECTED
                || t.status() == OrderStatus.CANCELED).count()).isEqualTo(refused);
    }

    BigDecimal equity() {
        BigDecimal equity = cash;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] != 0) {
                equity = equity.add(mark[k].multiply(BigDecimal.valueOf(shares[k])));
            }
        }
        return equity;
    }

    private static BigDecimal round9(BigDecimal value) {
        return value.setScale(9, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal decimal(long raw) {
        return BigDecimal.valueOf(raw, 9);
    }

    private static int month(long nanos) {
        var date = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)).atZone(ZoneOffset.UTC);
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }
}
