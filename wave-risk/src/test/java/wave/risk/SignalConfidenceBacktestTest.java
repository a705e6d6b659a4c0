package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPoint;
import wave.domain.money.Quantity;
import wave.domain.signal.Signal;
import wave.domain.signal.SignalDirection;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.kernel.Kernel;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/**
 * The risk engine's {@code min_confidence} rule on a real kernel: an order a strategy places in {@code onSignal} is
 * judged by the confidence of that very signal, because the kernel hands a signal to its listeners (the risk engine)
 * before the strategies.
 */
class SignalConfidenceBacktestTest {
    /** Buys 10 on every long signal, from {@code onSignal}; records the tickets. */
    static final class SignalBuyer extends Strategy<SignalBuyer.Params> {
        record Params() {
        }

        final List<OrderTicket> tickets = new ArrayList<>();

        SignalBuyer() {
            super(new Params());
        }

        @Override
        protected void onSignal(Signal signal) {
            if (signal.direction() == SignalDirection.LONG) {
                tickets.add(buy(Quantity.of(10)));
            }
        }
    }

    @Test
    void anOrderPlacedOnASignalIsJudgedByThatSignalsConfidence() {
        SignalBuyer buyer = new SignalBuyer();
        BacktestConfig config = BacktestConfig.defaults();
        // daily bars of 2024-01-08 to 01-11 at 100 (24/7 calendar: each known at the end of its UTC day)
        Backtest backtest = new Backtest(config, List.of(BreakerBacktestTest.closes("100", "100", "100", "100")), "buyer",
                id -> buyer, true);
        Kernel kernel = backtest.kernel();
        RiskEngine engine = new RiskEngine(new RiskKeys().set("min_confidence", 0.7).build(), kernel.portfolio(),
                config.execution().calendar(), SectorMap.NONE, AverageVolume.NONE, new KernelRiskActions(kernel));
        backtest.addPreTradeCheck(engine).listen(engine);
        signalAt(kernel, "2024-01-09T12:00:00Z", 0.5);
        signalAt(kernel, "2024-01-10T12:00:00Z", 0.9);

        BacktestResult result = backtest.run();

        // the first buy meets a signal of 0.5 (below 0.7, though no signal came before it); the second one of 0.9
        // (though the latest before it was 0.5), and fills at the next day's open, 100
        assertThat(buyer.tickets).extracting(t -> t.status() + " " + t.reason()).containsExactly(
                "DENIED risk.min_confidence: the latest signal on ACME.SIM has confidence 0.5, at least 0.7 needed",
                "FILLED ");
        assertThat(result.fills()).extracting(f -> FixedPoint.formatQuantity(f.quantityRaw()) + " at "
                + FixedPoint.formatPrice(f.priceRaw())).containsExactly("10 at 100");
    }

    /** Delivers a long signal on ACME with {@code confidence} at {@code isoInstant}, from a timer on the kernel's clock. */
    private static void signalAt(Kernel kernel, String isoInstant, double confidence) {
        Instant at = Instant.parse(isoInstant);
        long nanos = at.getEpochSecond() * 1_000_000_000L;
        kernel.scheduleCallback(nanos, due -> kernel.onSignal(Signal.of("model", BreakerBacktestTest.ACME,
                SignalDirection.LONG, confidence, Duration.ofDays(2), due), due));
    }
}
