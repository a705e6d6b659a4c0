package wave.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.Portfolio;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderManager;
import wave.engine.order.Sizing;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeRequest;
import wave.risk.AverageVolume;
import wave.risk.ReturnHistory;
import wave.risk.RiskActions;
import wave.risk.RiskEngine;
import wave.risk.RiskKeys;
import wave.risk.SectorMap;

/**
 * One pre-trade check of the risk engine with every rule on (order size, volume, price band, rates, losses,
 * drawdown, confidence, restricted list, trading hours, position, instrument and sector concentration, gross and net
 * exposure, leverage) against a book of 50 positions in 5 sectors, for an order every rule accepts: the accept path,
 * which must allocate nothing ({@code -prof gc}). The daily order and trade limits are set high enough never to refuse.
 * The per-minute limit is left off: every accepted order fills its ring of recent order times, so any limit is reached
 * within a benchmark whose clock stands still (the check itself is one array read, {@code RiskBook.isMinuteFull}).
 *
 * <p>With {@code bookLimits = on}, the correlation limit (60 returns) and the historical VaR limit (250 returns at
 * 0.95) are on too, over synthetic returns of every instrument: each check sums the 50 positions' returns over both
 * windows. Both limits are set loose enough never to refuse.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class RiskEngineBenchmark {
    /** Positions in the book. */
    static final int POSITIONS = 50;
    /** Monday 2024-01-08 15:00 UTC: the NYSE is open. */
    static final long NOW = 1_704_726_000_000_000_000L;

    /** {@code on}: the correlation and VaR limits too. */
    @Param({"off", "on"})
    public String bookLimits;

    private RiskEngine engine;
    private PreTradeRequest request;

    /** Builds the book, the engine and the order. */
    @Setup(Level.Trial)
    public void setUp() {
        Portfolio book = new Portfolio(Currency.USD, FixedPoint.moneyOfUnits(1_000_000));
        Map<String, String> sectors = new java.util.HashMap<>();
        Instrument first = null;
        for (int i = 0; i < POSITIONS; i++) {
            Instrument instrument = Equity.usd(InstrumentId.of("S" + i));
            first = first == null ? instrument : first;
            book.position(instrument);
            book.apply(new OrderFilled(new ClientOrderId(i + 1), NOW, instrument.id(), OrderSide.BUY, FixedPoint.quantityOfUnits(100),
                    FixedPoint.priceOfUnits(100), 0, Currency.USD));
            book.position(instrument.id()).mark(FixedPoint.priceOfUnits(100));
            sectors.put("S" + i, "sector " + (i % 5));
        }
        RiskKeys keys = new RiskKeys().set("max_position_pct", 10).set("max_position_value", 100_000)
                .set("max_gross_exposure_pct", 100).set("max_net_exposure_pct", 100).set("max_order_pct", 2)
                .set("max_order_notional", 20_000).set("max_order_quantity", 1_000).set("max_adv_pct", 5)
                .set("price_band_pct", 5).set("max_orders_per_day", Integer.MAX_VALUE)
                .set("max_trades_per_day", 1_000).set("daily_loss_pct", 5).set("weekly_loss_pct", 10)
                .set("drawdown_warning_pct", 10).set("drawdown_halt_pct", 20).set("min_confidence", 0.7)
                .set("restricted", java.util.List.of("GME", "AMC")).set("trading_hours_only", true)
                .set("max_instrument_pct_of_gross", 50).set("max_sector_pct", 30).set("max_leverage", 2);
        AverageVolume volume = (instrument, now) -> 1_000_000;
        ReturnHistory returns = ReturnHistory.NONE;
        if (bookLimits.equals("on")) {
            keys.set("max_correlation", 0.99).set("correlation_window", 60).set("max_var_pct", 50).set("var_window", 250)
                    .set("var_confidence", 0.95);
            returns = syntheticReturns(book);
        }
        engine = new RiskEngine(keys.build(), book, ExchangeCalendars.nyse(), SectorMap.of(sectors), volume, returns, new RiskActions() {
            @Override
            public void apply(Command command) {
            }

            @Override
            public Runnable schedule(long atNanos, Command command) {
                return () -> { };
            }

            @Override
            public void reducePositions(double fraction) {
            }
        });
        OrderManager orders = new OrderManager((ticket, event) -> { });
        long quantity = FixedPoint.quantityOfUnits(10);
        var ticket = orders.initialize(new StrategyId("bench"), first.id(), OrderSide.BUY, OrderType.LIMIT,
                new Sizing.Fixed(quantity), FixedPoint.priceOfUnits(101), 0, TimeInForce.DAY, 0, NOW);
        request = new PreTradeRequest(ticket, first, quantity, FixedPoint.moneyOfUnits(1010), FixedPoint.priceOfUnits(101), book, NOW);
        if (engine.check(request) != null) {
            throw new IllegalStateException("the benchmark's order must pass: " + engine.check(request));
        }
    }

    /** 300 deterministic pseudo-random daily returns (about 1% a day) of each instrument of {@code book}. */
    private static ReturnHistory syntheticReturns(Portfolio book) {
        Map<InstrumentId, double[]> byInstrument = new java.util.HashMap<>();
        java.util.Random random = new java.util.Random(42);
        for (var position : book.positions()) {
            double[] r = new double[300];
            for (int t = 0; t < r.length; t++) {
                r[t] = 0.01 * random.nextGaussian();
            }
            byInstrument.put(position.instrumentId(), r);
        }
        return new ReturnHistory() {
            @Override
            public boolean returns(InstrumentId instrument, long nowNanos, double[] out, int count) {
                double[] r = byInstrument.get(instrument);
                if (r == null || r.length < count) {
                    return false;
                }
                System.arraycopy(r, r.length - count, out, 0, count);
                return true;
            }

            @Override
            public InstrumentId find(String symbol) {
                return null;
            }
        };
    }

    /** One check of an order every rule accepts. */
    @Benchmark
    public Denial acceptedOrder() {
        return engine.check(request);
    }
}
