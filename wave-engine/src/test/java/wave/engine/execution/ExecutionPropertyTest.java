package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Instrument;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderSubmitted;
import wave.domain.order.OrderType;
import wave.domain.order.OrderUpdated;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;

/**
 * Over random bars (gaps, bars without volume) and random orders of every type and time in force, with OCO groups,
 * brackets, modifications, cancels, latency and volume caps, and no slippage: every fill is inside its bar's range
 * (gaps fill at the open, which is inside it too), no order fills before the bar on which it reaches the venue, limits
 * and volume caps hold, auction and IOC/FOK orders live one bar, every order ends, the cash reconciles, and the same
 * run twice gives the same events.
 */
class ExecutionPropertyTest {
    static final int RUNS = 200;
    static final int BARS = 150;
    static final Instrument ACME = BacktestConfig.defaults().instruments().apply(Bars.ACME);

    @Test
    void fillsStayInsideTheBarAndNeverPrecedeTheirArrival() {
        Map<String, Integer> seen = new TreeMap<>();
        for (int run = 0; run < RUNS; run++) {
            long seed = 7919L * run + 1;
            Random random = new Random(seed);
            BarSeries series = randomBars(random, BARS);
            int latency = random.nextInt(3);
            double[] caps = {1, 0.5, 0.1, 0.02};
            ExecutionConfig execution = ExecutionConfig.defaults().withLatencyBars(latency)
                    .withMaxVolumeParticipation(caps[random.nextInt(caps.length)]);
            BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USD))
                    .withAllowShort(random.nextBoolean()).withExecution(execution)
                    .withFeeModel(random.nextBoolean() ? FeeModel.none() : PercentFeeModel.ofPercent("0.1"));

            RandomOrders trader = new RandomOrders(seed);
            BacktestResult r = Backtests.run(config, series, trader);
            String context = "seed " + seed + ", latency " + latency + ", cap " + execution.maxVolumeParticipation();
            check(r, series, trader, execution, context);
            count(r, seen);

            RandomOrders again = new RandomOrders(seed);
            assertThat(EventText.of(Backtests.run(config, series, again).events())).as("determinism, %s", context)
                    .isEqualTo(EventText.of(r.events()));
        }
        // the generator reaches every case the properties are about
        List<String> cases = new ArrayList<>(List.of("partial fill", "updated", "rejected", "expired (DAY)", "expired (GTD",
                "OCO:", "bracket:", "IOC:", "FOK:", "MARKET_ON_OPEN:", "MARKET_ON_CLOSE:", "STOP filled at an open"));
        for (OrderType type : OrderType.values()) {
            cases.add("fill of a " + type);
        }
        for (String c : cases) {
            assertThat(seen.getOrDefault(c, 0)).as("%s seen in %s", c, seen).isGreaterThan(20);
        }
    }

    private static void count(BacktestResult r, Map<String, Integer> seen) {
        Map<ClientOrderId, OrderTicket> tickets = new HashMap<>();
        r.tickets().forEach(t -> tickets.put(t.id(), t));
        for (OrderEvent event : r.events()) {
            OrderTicket t = tickets.get(event.orderId());
            String text = EventText.of(event);
            for (String c : List.of("updated", "rejected", "expired (DAY)", "expired (GTD", "OCO:", "bracket:", "IOC:", "FOK:",
                    "MARKET_ON_OPEN:", "MARKET_ON_CLOSE:")) {
                if (text.contains(c)) {
                    seen.merge(c, 1, Integer::sum);
                }
            }
            if (event instanceof OrderFilled fill) {
                seen.merge("fill of a " + t.type(), 1, Integer::sum);
                if (fill.quantityRaw() < t.order().quantityRaw()) {
                    seen.merge("partial fill", 1, Integer::sum);
                }
                if (t.type().hasTrigger() && fill.priceRaw() != t.order().stopPriceRaw() && t.type() == OrderType.STOP) {
                    seen.merge("STOP filled at an open", 1, Integer::sum);
                }
            }
        }
    }

    private static void check(BacktestResult r, BarSeries series, RandomOrders trader, ExecutionConfig execution, String context) {
        assertThat(r.failures()).as("the generator only makes valid requests, %s", context).isEmpty();
        Map<Long, Integer> barAt = new HashMap<>();
        for (int i = 0; i < series.size(); i++) {
            barAt.put(series.tsNanos(i), i);
        }
        Map<ClientOrderId, OrderTicket> tickets = new HashMap<>();
        for (OrderTicket t : r.tickets()) {
            tickets.put(t.id(), t);
            assertThat(t.isOpen()).as("%s ended, %s", t, context).isFalse();
        }
        Map<ClientOrderId, Integer> sentBar = new HashMap<>();
        Map<ClientOrderId, Long> limitInEffect = new HashMap<>();
        Map<ClientOrderId, Integer> fillBar = new HashMap<>();
        Map<Integer, Long> filledOnBar = new HashMap<>();
        long cash = r.initialCashRaw();
        for (OrderEvent event : r.events()) {
            OrderTicket ticket = tickets.get(event.orderId());
            if (event instanceof OrderSubmitted && !sentBar.containsKey(event.orderId())) {
                // a bracket's exits are sent when their entry fills; other orders when the strategy places them
                Integer placed = trader.placedBar.get(ticket);
                sentBar.put(event.orderId(), ticket.bracket() != null && ticket.bracket().entry() != ticket
                        ? barAt.get(event.tsNanos()) : placed);
                limitInEffect.put(event.orderId(), trader.initialLimit.getOrDefault(ticket, 0L));
            } else if (event instanceof OrderUpdated u) {
                limitInEffect.put(u.orderId(), u.limitPriceRaw());
            } else if (event instanceof OrderFilled fill) {
                int b = barAt.get(fill.tsNanos());
                Bar bar = series.bar(b);
                String what = fill + " of " + ticket + " on bar " + b + " " + bar.snapshot() + ", " + context;
                assertThat(fill.priceRaw()).as("inside the bar: %s", what).isBetween(bar.lowRaw(), bar.highRaw());
                assertThat(fill.slippageRaw()).as(what).isZero();
                Integer sent = sentBar.get(fill.orderId());
                int arrival = (sent == null ? trader.placedBar.get(ticket) : sent) + 1 + execution.latencyBars();
                assertThat(b).as("not before arrival (bar %d): %s", arrival, what).isGreaterThanOrEqualTo(arrival);
                long limit = limitInEffect.getOrDefault(fill.orderId(), 0L);
                if (ticket.type().hasLimitPrice()) {
                    assertThat(fill.side() == OrderSide.BUY ? fill.priceRaw() <= limit : fill.priceRaw() >= limit)
                            .as("within the limit %s: %s", FixedPoint.formatPrice(limit), what).isTrue();
                }
                if (ticket.type() == OrderType.MARKET_ON_OPEN) {
                    assertThat(fill.priceRaw()).as(what).isEqualTo(bar.openRaw());
                }
                if (ticket.type() == OrderType.MARKET_ON_CLOSE) {
                    assertThat(fill.priceRaw()).as(what).isEqualTo(bar.closeRaw());
                }
                Integer first = fillBar.putIfAbsent(fill.orderId(), b);
                if (ticket.type().isAuction() || ticket.timeInForce().isImmediate()) {
                    assertThat(first == null || first == b).as("one bar only: %s", what).isTrue();
                }
                if (ticket.timeInForce() == TimeInForce.FOK) {
                    assertThat(fill.quantityRaw()).as("all or nothing: %s", what).isEqualTo(ticket.order().quantityRaw());
                }
                long total = filledOnBar.merge(b, fill.quantityRaw(), Long::sum);
                if (execution.capsVolume()) {
                    assertThat(total).as("volume cap: %s", what).isLessThanOrEqualTo(
                            FillExecutor.capacityRaw(ACME, bar.volume(), execution.maxVolumeParticipation()));
                }
                cash -= fill.side().sign() * FixedPoint.notional(fill.priceRaw(), fill.quantityRaw()) + fill.commissionRaw();
            }
        }
        assertThat(r.portfolio().cashRaw()).as("cash reconciles, %s", context).isEqualTo(cash);
    }


    /** Daily bars around 50 with 4 decimals; one in ten opens far from the previous close; one in twenty has no volume. */
    static BarSeries randomBars(Random random, int n) {
        BarSeries.Builder b = BarSeries.builder(Bars.ACME, BarSpec.DAY_1, n);
        long tick = 100_000;
        long close = FixedPoint.priceOfUnits(50);
        long ts = Bars.ts("2024-01-01");
        for (int i = 0; i < n; i++) {
            int gap = random.nextInt(10) == 0 ? 40_000 : 2_000;
            long open = Math.max(FixedPoint.quantityOfUnits(5), close + (random.nextInt(2 * gap + 1) - gap) * tick);
            close = Math.max(FixedPoint.quantityOfUnits(5), open + (random.nextInt(30_001) - 15_000) * tick);
            long high = Math.max(open, close) + random.nextInt(10_000) * tick;
            long low = Math.max(tick, Math.min(open, close) - random.nextInt(10_000) * tick);
            double volume = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(3000);
            b.add(ts + i * 86_400_000_000_000L, open, high, low, close, volume);
        }
        return b.build();
    }

    /** Places, links, modifies and cancels random valid orders; records the bar index each ticket was placed on. */
    static final class RandomOrders extends Strategy<RandomOrders.Params> {
        record Params(long seed) {
        }

        final Map<OrderTicket, Integer> placedBar = new IdentityHashMap<>();
        final Map<OrderTicket, Long> initialLimit = new IdentityHashMap<>();
        private final List<OrderTicket> open = new ArrayList<>();
        private final Random random;
        private int bar = -1;

        RandomOrders(long seed) {
            super(new Params(seed));
            this.random = new Random(seed);
        }

        @Override
        protected void onBar(Bar current) {
            bar++;
            open.removeIf(t -> !t.isOpen());
            int actions = random.nextInt(3);
            for (int i = 0; i < actions; i++) {
                act(current.closeRaw());
            }
        }

        private void act(long close) {
            int action = random.nextInt(10);
            if (action < 5) {
                keep(submit(randomRequest(close)));
            } else if (action == 5) {
                OrderTicket a = keep(submit(randomRequest(close)));
                OrderTicket b = keep(submit(randomRequest(close)));
                oco(a, b);
            } else if (action == 6) {
                OrderSide side = random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL;
                long stopLoss = close - side.sign() * (1 + random.nextInt(50)) * 100_000_000L;
                long takeProfit = close + side.sign() * (1 + random.nextInt(50)) * 100_000_000L;
                OrderRequest entry = random.nextBoolean() ? OrderRequest.market(side, quantity())
                        : OrderRequest.limit(side, quantity(), Price.ofRaw(close));
                BracketTicket bracket = bracket(withRandomTimeInForce(entry), Price.ofRaw(Math.max(1, stopLoss)),
                        Price.ofRaw(Math.max(1, takeProfit)));
                keep(bracket.entry());
                keep(bracket.stopLoss());
                keep(bracket.takeProfit());
            } else if (action == 7 && !open.isEmpty()) {
                cancel(open.get(random.nextInt(open.size())));
            } else if (action == 8 && !open.isEmpty()) {
                OrderTicket t = open.get(random.nextInt(open.size()));
                if (t.isOpen() && t.order() != null) {
                    modify(t, Quantity.ofRaw(t.filledQuantityRaw() + FixedPoint.quantityOfUnits(1 + random.nextInt(100))),
                            t.type().hasLimitPrice() ? Price.ofRaw(near(close)) : null,
                            t.type().hasStopPrice() ? Price.ofRaw(near(close)) : null);
                }
            } else if (action == 9) {
                keep(isLong() ? sell(Quantity.ofRaw(position().quantityRaw())) : buy(new Sizing.PercentOfEquity(5)));
            }
        }

        private OrderTicket keep(OrderTicket ticket) {
            placedBar.put(ticket, bar);
            initialLimit.put(ticket, ticket.limitPriceRaw());
            open.add(ticket);
            return ticket;
        }

        private OrderRequest randomRequest(long close) {
            OrderSide side = random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL;
            Quantity q = quantity();
            OrderRequest request = switch (OrderType.values()[random.nextInt(OrderType.values().length)]) {
                case MARKET -> OrderRequest.market(side, q);
                case LIMIT -> OrderRequest.limit(side, q, Price.ofRaw(near(close)));
                case STOP -> OrderRequest.stop(side, q, Price.ofRaw(near(close)));
                case STOP_LIMIT -> OrderRequest.stopLimit(side, q, Price.ofRaw(near(close)), Price.ofRaw(near(close)));
                case MARKET_ON_OPEN -> OrderRequest.marketOnOpen(side, q);
                case MARKET_ON_CLOSE -> OrderRequest.marketOnClose(side, q);
                case TRAILING_STOP -> OrderRequest.trailingStop(side, q, random.nextBoolean()
                        ? TrailingOffset.amount(Price.ofRaw((1 + random.nextInt(300)) * 10_000_000L))
                        : TrailingOffset.percent(Integer.toString(1 + random.nextInt(10))));
            };
            return withRandomTimeInForce(request);
        }

        /** GTC twice as often as DAY, IOC, FOK or GTD (good for 0 to 5.5 days). */
        private OrderRequest withRandomTimeInForce(OrderRequest request) {
            TimeInForce[] values = {TimeInForce.GTC, TimeInForce.GTC, TimeInForce.DAY, TimeInForce.IOC, TimeInForce.FOK,
                    TimeInForce.GTD};
            TimeInForce tif = values[random.nextInt(values.length)];
            return tif == TimeInForce.GTD ? request.goodTill(nowNanos() + random.nextInt(6) * 86_400_000_000_000L
                    + random.nextInt(2) * 43_200_000_000_000L) : request.withTimeInForce(tif);
        }

        private Quantity quantity() {
            return Quantity.of(1 + random.nextInt(200));
        }

        /** The close plus or minus up to 5 (prices around 50), at least 0.01. */
        private long near(long close) {
            return Math.max(10_000_000L, close + (random.nextInt(10_001) - 5_000) * 1_000_000L);
        }
    }
}
