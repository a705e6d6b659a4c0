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
public sealed interface InboundEvent permits InboundEvent.BarReceived, InboundEvent.BarReplayed, InboundEvent.QuoteReceived,
        InboundEvent.TradeReceived, InboundEvent.SignalReceived, InboundEvent.ExecutionReportReceived, Command {
    /** A completed bar, delivered at the time it became known. */
    record BarReceived(OhlcvBar bar) implements InboundEvent {
        /** Requires a bar. */
        public BarReceived {
            Objects.requireNonNull(bar, "bar");
        }
    }

    /**
     * A bar of a replayed history (paper trading on recorded data), handled as a backtest handles it: the kernel's
     * clock (a simulated one) moves to {@code availableNanos}, when the bar became known, and events are stamped with
     * the bar's label ({@code bar.tsNanos()}), whatever the wall-clock time at which the replay delivers it.
     *
     * @param bar            the bar
     * @param availableNanos when it became known, nanoseconds since the epoch (UTC), at or after its label
     */
    record BarReplayed(OhlcvBar bar, long availableNanos) implements InboundEvent {
        /** Requires a bar known no earlier than its label. */
        public BarReplayed {
            Objects.requireNonNull(bar, "bar");
            if (availableNanos < bar.tsNanos()) {
                throw new IllegalArgumentException("a bar cannot be known (" + availableNanos + ") before its label ("
                        + bar.tsNanos() + ")");
            }
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
