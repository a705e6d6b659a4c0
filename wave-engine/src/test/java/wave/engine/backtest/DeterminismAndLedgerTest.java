package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderSide;
import wave.engine.execution.PercentFeeModel;
import wave.engine.order.Sizing;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.RandomTrader;

/** The same run twice gives the same events; cash and equity reconcile exactly with the fills at every step. */
class DeterminismAndLedgerTest {
    static final InstrumentId AAA = InstrumentId.of("AAA");
    static final InstrumentId BBB = InstrumentId.of("BBB");

    private static List<BarSeries> data() {
        // BBB skips every 7th day, so the calendars differ
        return List.of(Bars.randomWalk(AAA, 600, 1, 0), Bars.randomWalk(BBB, 500, 2, 7));
    }

    private static BacktestConfig config() {
        return Backtests.withCash("50000").withFeeModel(PercentFeeModel.ofPercent("0.1")).withAllowShort(true)
                .withSizing(Sizing.parse("percent:20"));
    }

    private static BacktestResult runOnce() {
        return new Backtest(config(), data(), "random", id -> new RandomTrader(new RandomTrader.Params(id.symbol().hashCode())), true)
                .run();
    }

    @Test
    void theSameBacktestTwiceGivesIdenticalEventsAndEquity() {
        BacktestResult first = runOnce();
        BacktestResult second = runOnce();

        // a meaningful run: fills, rejections, cancellations and round trips all happen
        assertThat(first.events()).hasSizeGreaterThan(500);
        assertThat(first.events()).filteredOn(e -> e instanceof OrderFilled).hasSizeGreaterThan(100);
        assertThat(first.events()).anyMatch(e -> e instanceof OrderRejected);
        assertThat(first.events()).anyMatch(e -> e instanceof OrderCanceled);
        assertThat(first.trades()).hasSizeGreaterThan(10);

        assertThat(second.events()).containsExactlyElementsOf(first.events());
        assertThat(second.equityRaw()).containsExactly(first.equityRaw());
        assertThat(second.cashRaw()).containsExactly(first.cashRaw());
        assertThat(second.stepNanos()).containsExactly(first.stepNanos());
        assertThat(second.trades()).containsExactlyElementsOf(first.trades());
        assertThat(second.fills()).containsExactlyElementsOf(first.fills());
        assertThat(second.finalEquityRaw()).isEqualTo(first.finalEquityRaw());
        assertThat(second.events().toString()).isEqualTo(first.events().toString());
    }

    @Test
    void equityIsCashPlusEveryPositionAtItsLastCloseExactlyAtEveryStep() {
        List<BarSeries> data = data();
        BacktestConfig config = config();
        BacktestResult r = new Backtest(config, data, "random",
                id -> new RandomTrader(new RandomTrader.Params(id.symbol().hashCode())), true).run();
        assertThat(r.fills()).hasSizeGreaterThan(100);

        // replay independently: fills (in order) and the bars, step by step
        int n = data.size();
        long[] qty = new long[n];
        long[] lastClose = new long[n];
        int[] nextBar = new int[n];
        Instrument[] instruments = new Instrument[n];
        for (int k = 0; k < n; k++) {
            instruments[k] = config.instruments().apply(data.get(k).instrument());
        }
        long cash = r.initialCashRaw();
        int nextFill = 0;
        for (int i = 0; i < r.steps(); i++) {
            long ts = r.stepNanos()[i];
            for (int k = 0; k < n; k++) {
                BarSeries s = data.get(k);
                while (nextBar[k] < s.size() && s.tsNanos(nextBar[k]) <= ts) {
                    lastClose[k] = s.closeRaw(nextBar[k]++);
                }
            }
            while (nextFill < r.fills().size() && r.fills().get(nextFill).tsNanos() <= ts) {
                OrderFilled f = r.fills().get(nextFill++);
                int k = r.instruments().indexOf(f.instrument());
                long signed = f.side() == OrderSide.BUY ? f.quantityRaw() : -f.quantityRaw();
                qty[k] += signed;
                cash -= instruments[k].notionalRaw(f.priceRaw(), signed) + f.commissionRaw();
            }
            long equity = cash;
            for (int k = 0; k < n; k++) {
                equity += instruments[k].notionalRaw(lastClose[k], qty[k]);
            }
            final int step = i;
            assertThat(r.cashRaw()[i]).as("cash at step %d (%s)", step, FixedPoint.formatMoney(cash)).isEqualTo(cash);
            assertThat(r.equityRaw()[i]).as("equity at step %d", step).isEqualTo(equity);
        }
        assertThat(nextFill).isEqualTo(r.fills().size());
        // and the account at the end agrees with the replay
        for (int k = 0; k < n; k++) {
            assertThat(r.portfolio().position(data.get(k).instrument()).quantityRaw()).isEqualTo(qty[k]);
        }
        assertThat(r.portfolio().cashRaw()).isEqualTo(cash);
        assertThat(r.portfolio().commissionRaw()).isEqualTo(r.fills().stream().mapToLong(OrderFilled::commissionRaw).sum());
        // realised + unrealised - fees = equity - deposits
        assertThat(r.portfolio().realizedPnlRaw() + r.portfolio().unrealizedPnlRaw() - r.portfolio().commissionRaw())
                .isEqualTo(r.finalEquityRaw() - r.initialCashRaw());
    }

    @Test
    void tradedNotionalIsTheSumOfFillNotionals() {
        BacktestResult r = runOnce();
        long sum = 0;
        for (OrderFilled f : r.fills()) {
            sum += FixedPoint.notional(f.priceRaw(), f.quantityRaw());
        }
        assertThat(r.tradedNotionalRaw()).isEqualTo(sum);
    }
}
