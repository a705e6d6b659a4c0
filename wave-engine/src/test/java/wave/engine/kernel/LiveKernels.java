package wave.engine.kernel;

import java.util.List;
import wave.domain.instrument.Equity;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.Portfolio;
import wave.engine.clock.SystemClock;
import wave.engine.execution.SimulatedVenue;
import wave.engine.market.HistoricalFeed;
import wave.engine.market.InstrumentTable;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/** A kernel on the system clock with the simulated exchange, as paper trading runs it, for one instrument. */
final class LiveKernels {
    static final InstrumentId ACME = InstrumentId.of("ACME");

    private LiveKernels() {
    }

    static Kernel paper(StrategyId id, Strategy<?> strategy) {
        InstrumentTable instruments = new InstrumentTable();
        instruments.add(Equity.usd(ACME));
        Portfolio portfolio = new Portfolio(Currency.USD, FixedPoint.moneyOfUnits(100_000));
        Kernel kernel = new Kernel(new SystemClock(), new HistoricalFeed(List.of()), instruments, portfolio,
                orders -> SimulatedVenue.builder(instruments, portfolio, orders).build(), Sizing.fixed(10), 3);
        kernel.addStrategy(id, ACME, strategy);
        return kernel;
    }
}
