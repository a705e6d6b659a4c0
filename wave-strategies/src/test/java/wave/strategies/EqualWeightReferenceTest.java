package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.domain.money.Currency;
import wave.domain.money.Money;

/**
 * Equal weight, monthly, on the 40 Alpha Vantage stocks (adjusted prices, no fees) equals a plain loop written here:
 * on the first bar of each month, every listed name gets 1/N of 99.75% of equity at that close in whole shares; the
 * differences trade at the next open, sales first; a purchase the cash cannot pay for at the open is refused.
 */
class EqualWeightReferenceTest {
    private static final BigDecimal BUFFERED = new BigDecimal("0.9975");

    /** One fill of the reference: instrument index, side, shares, price. */
    record Fill(int instrument, OrderSide side, long shares, BigDecimal price) {
    }

    /** An order of the reference waiting for its instrument's next open. */
    record Pending(int instrument, OrderSide side, long shares) {
    }

    @Test
    void equalWeightMonthlyEqualsAPlainLoopFillByFill() {
        List<BarSeries> data = AlphaVantage40.adjusted();
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USD));
        BacktestResult result = Backtest.ofPortfolio(config, data, "equal-weight", new EqualWeightMonthly(
                new EqualWeightMonthly.Params()), false).run();

        Reference reference = new Reference(data);
        reference.run(new BigDecimal("1000000"));

        List<OrderFilled> fills = result.fills();
        assertThat(fills).hasSize(reference.fills.size()).hasSizeGreaterThan(5_000);
        for (int i = 0; i < fills.size(); i++) {
            OrderFilled actual = fills.get(i);
            Fill expected = reference.fills.get(i);
            assertThat(actual.instrument()).as("fill %d", i).isEqualTo(data.get(expected.instrument()).instrument());
            assertThat(actual.side()).as("fill %d side", i).isEqualTo(expected.side());
            assertThat(actual.quantityRaw()).as("fill %d shares", i).isEqualTo(FixedPoint.ofUnits(expected.shares()));
            assertThat(actual.priceRaw()).as("fill %d price", i).isEqualTo(FixedPoint.fromBigDecimal(expected.price()));
        }
        assertThat(result.finalEquityRaw()).isEqualTo(FixedPoint.fromBigDecimal(reference.equity()));
        // the purchases the cash could not pay for at the open are the orders the venue refused
        assertThat(result.tickets().stream().filter(t -> t.status() == OrderStatus.REJECTED
                || t.status() == OrderStatus.CANCELED).count()).isEqualTo(reference.refused);
    }

    /** The plain loop. */
    static final class Reference {
        final List<BarSeries> data;
        final List<Fill> fills = new ArrayList<>();
        final long[] shares;
        final BigDecimal[] mark;
        BigDecimal cash;
        int refused;

        Reference(List<BarSeries> data) {
            this.data = data;
            this.shares = new long[data.size()];
            this.mark = new BigDecimal[data.size()];
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
                for (int k = 0; k < data.size(); k++) {
                    if (bar[k] >= 0) {
                        mark[k] = decimal(data.get(k).closeRaw(bar[k]));
                    }
                }
                int month = month(date);
                if (month != lastMonth) {
                    lastMonth = month;
                    pending.addAll(rebalance());
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

        private List<Pending> rebalance() {
            int listed = 0;
            for (BigDecimal m : mark) {
                listed += m == null ? 0 : 1;
            }
            BigDecimal weight = round9(BigDecimal.valueOf(1.0 / listed));
            BigDecimal budget = round9(equity().multiply(BUFFERED));
            List<Pending> sells = new ArrayList<>();
            List<Pending> buys = new ArrayList<>();
            for (int k = 0; k < data.size(); k++) {
                if (mark[k] == null) {
                    continue;
                }
                BigDecimal targetValue = round9(budget.multiply(weight));
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
}
