package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/** The breakers' actions on a real kernel: the daily-loss breaker cancels, closes, and trading resumes the next day. */
class BreakerBacktestTest {
    static final InstrumentId ACME = InstrumentId.of("ACME");

    /** Buys 100 on the first bar with a far limit buy that stays working, then 1 a bar; records every ticket. */
    static final class Buyer extends Strategy<Buyer.Params> {
        record Params() {
        }

        final List<OrderTicket> tickets = new ArrayList<>();

        Buyer() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            if (tickets.isEmpty()) {
                tickets.add(buy(Quantity.of(100)));
                tickets.add(limit(OrderSide.BUY, Quantity.of(10), Price.of("1")));
            } else {
                tickets.add(buy(Quantity.of(1)));
            }
        }
    }

    static BarSeries closes(String... closes) {
        BarSeries.Builder b = BarSeries.builder(ACME, BarSpec.DAY_1, closes.length);
        LocalDate day = LocalDate.of(2024, 1, 8);
        for (String close : closes) {
            long c = FixedPoint.parsePrice(close);
            b.add(day.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L, c, c, c, c, 1000);
            day = day.plusDays(1);
        }
        return b.build();
    }

    @Test
    void dailyLossBreakerCancelsClosesAndResumesTheNextDay() {
        Buyer buyer = new Buyer();
        BacktestConfig config = BacktestConfig.defaults();
        Backtest backtest = new Backtest(config, List.of(closes("100", "100", "40", "40", "40")), "buyer", id -> buyer, true);
        RiskConfig risk = TradingStateTest.breaker("daily_loss", 5, "halted", "close-all", "next-day").build();
        RiskEngine engine = new RiskEngine(risk, backtest.kernel().portfolio(), config.execution().calendar(),
                SectorMap.NONE, AverageVolume.NONE, new KernelRiskActions(backtest.kernel()));
        backtest.addPreTradeCheck(engine).listen(engine);

        BacktestResult result = backtest.run();

        // 01-08: buy 100 and a far limit; 01-09: 100 filled at 100, buy 1; 01-10: opens and closes at 40, 1 filled:
        // equity 94,000 from 100,000, the breaker halts, cancels the working orders and sells all at the next open.
        assertThat(engine.transitions()).extracting(t -> t.from() + " -> " + t.to() + " by " + t.who() + ": " + t.reason())
                .containsExactly("ACTIVE -> HALTED by breaker:daily_loss: the day's loss is 6.00%, threshold 5",
                        "HALTED -> ACTIVE by breaker:daily_loss: resume = next-day: a new trading day began");
        assertThat(buyer.tickets).extracting(t -> t.status() + " " + t.reason()).containsExactly("FILLED ",
                "CANCELED cancel all: breaker:daily_loss: the day's loss is 6.00%, threshold 5", "FILLED ",
                "CANCELED cancel all: breaker:daily_loss: the day's loss is 6.00%, threshold 5",
                "FILLED ",                   // 01-11: trading resumed before the bar, the buy passes
                "CANCELED end of data");
        assertThat(result.fills()).extracting(f -> f.side() + " " + FixedPoint.formatQuantity(f.quantityRaw()) + " at "
                + FixedPoint.formatPrice(f.priceRaw())).containsExactly("BUY 100 at 100", "BUY 1 at 40", "SELL 101 at 40",
                "BUY 1 at 40");
    }
}
