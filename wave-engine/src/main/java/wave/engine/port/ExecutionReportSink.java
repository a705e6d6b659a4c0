package wave.engine.port;

/**
 * Where an asynchronous execution client hands its reports: in paper and live trading, the kernel's inbound queue
 * ({@code InboundQueue.executionReportSink}), from which the kernel thread applies them in arrival order.
 */
@FunctionalInterface
public interface ExecutionReportSink {
    /** Takes one report. Any thread; it must not be lost, so it may wait for room in a bounded queue. */
    void onReport(ExecutionReport report);
}
