package wave.engine.kernel.inbound;

import java.util.Objects;
import wave.domain.market.OhlcvBar;
import wave.domain.market.QuoteTick;
import wave.domain.market.TradeTick;
import wave.domain.signal.Signal;
import wave.engine.port.ExecutionReport;

/**
 * What other threads put on the kernel's inbound queue in paper and live trading: market data, signals, the reports
 * of an asynchronous execution client and commands. (Timers fire on the kernel thread between these events; in a
 * backtest the feed and the simulated exchange are polled on the kernel thread instead, allocation-free.)
 */
public sealed interface InboundEvent permits InboundEvent.BarReceived, InboundEvent.QuoteReceived,
        InboundEvent.TradeReceived, InboundEvent.SignalReceived, InboundEvent.ExecutionReportReceived, Command {
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

    /** A report of an asynchronous execution client (accepted, rejected, filled, canceled, updated). */
    record ExecutionReportReceived(ExecutionReport report) implements InboundEvent {
        /** Requires a report. */
        public ExecutionReportReceived {
            Objects.requireNonNull(report, "report");
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
