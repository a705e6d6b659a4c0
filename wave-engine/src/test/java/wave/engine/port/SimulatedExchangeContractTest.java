package wave.engine.port;

import wave.domain.market.OhlcvBar;
import wave.domain.order.OrderSide;
import wave.domain.order.RejectReason;
import wave.domain.portfolio.Portfolio;
import wave.engine.execution.ExecutionConfig;
import wave.engine.execution.SimulatedVenue;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.market.InstrumentTable;
import wave.engine.order.OrderManager;

/**
 * The bar-matching simulated exchange passes the execution client contract. It matches on the kernel's bars, reports
 * synchronously, takes at most half of each bar's volume (so orders of more than 6 fill in parts) and allows no short
 * sales (which is how it refuses an order here).
 */
class SimulatedExchangeContractTest extends ExecutionClientContract {
    @Override
    Venue venue(InstrumentTable instruments, Portfolio portfolio, InboundQueue inbound) {
        return new Venue() {
            @Override
            public ExecutionClient client(OrderManager orders) {
                return SimulatedVenue.builder(instruments, portfolio, orders)
                        .execution(ExecutionConfig.defaults().withMaxVolumeParticipation(0.5)).barNanos(new long[] {MINUTE})
                        .build();
            }

            @Override
            public void traded(OhlcvBar bar) {
            }

            @Override
            public void settle() {
            }

            @Override
            public Refusal refusal() {
                return new Refusal(OrderSide.SELL, 5, RejectReason.SHORT_NOT_ALLOWED,
                        "selling 5 of ACME.SIM while holding 0 would open a short position; short sales are disabled");
            }

            @Override
            public void close() {
            }
        };
    }
}
