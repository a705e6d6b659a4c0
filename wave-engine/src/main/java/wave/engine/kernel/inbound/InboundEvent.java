package wave.engine.kernel.inbound;

import java.util.Objects;
import wave.domain.market.OhlcvBar;
import wave.domain.market.QuoteTick;
import wave.domain.market.TradeTick;
import wave.domain.signal.Signal;

/**
 * What other threads put on the kernel's inbound queue in paper and live trading: market data, signals and commands.
 * (Execution reports of an asynchronous execution client and timers join this sequence too; in a backtest the feed
 * and the simulated exchange are polled on the kernel thread instead, allocation-free.)
 */
public sealed interface InboundEvent permits InboundEvent.BarReceived, InboundEvent.QuoteReceived,
        InboundEvent.TradeReceived, InboundEvent.SignalReceived, Command {
    /** A completed bar, delivered at the time it became known. */
    record BarReceived(OhlcvBar bar) implements InboundEvent {
        /** Requires a bar. */
        public BarReceived {
            Objects.requireNonNull(bar, "bar");
        }
    }

    /** A quote from a live feed. */
    record QuoteReceived(QuoteTick quote) implements InboundEvent {
        /** Requires a quote. */
        public QuoteReceived {
            Objects.requireNonNull(quote, "quote");
        }
    }

    /** A trade print from a live feed. */
    record TradeReceived(TradeTick trade) implements InboundEvent {
        /** Requires a trade. */
        public TradeReceived {
            Objects.requireNonNull(trade, "trade");
        }
    }

    /** A signal from a model, the LLM analyst or a person. */
    record SignalReceived(Signal signal) implements InboundEvent {
        /** Requires a signal. */
        public SignalReceived {
            Objects.requireNonNull(signal, "signal");
        }
    }
}
