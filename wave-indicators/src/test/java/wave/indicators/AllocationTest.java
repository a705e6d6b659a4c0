package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Streaming updates allocate nothing: measured in bytes on this thread, not in time. */
class AllocationTest {
    private static final int UPDATES = 1_000_000;

    private final Sma sma = new Sma(20);
    private final Ema ema = new Ema(20, PriceField.HLC3);
    private final Rsi rsi = new Rsi(14);
    private final Macd macd = new Macd(12, 26, 9);
    private final BollingerBands bollinger = new BollingerBands(20, 2);
    private final Atr atr = new Atr(14);
    private final Crossover crossover = new Crossover();
    private double sink;

    @Test
    void streamingUpdatesDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        run(UPDATES); // warm up every indicator and let the JIT compile the update paths
        sink = 0.0;
        long before = threads.getCurrentThreadAllocatedBytes();
        run(UPDATES);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(sink).isFinite();
        assertThat(allocated).as("bytes allocated by %d updates", UPDATES).isLessThan(1024);
    }

    private void run(int updates) {
        for (int i = 0; i < updates; i++) {
            double close = 100 + (i % 97) * 0.25 - (i % 13) * 0.5;
            double high = close + (i % 5) * 0.1;
            double low = close - (i % 7) * 0.1;
            sma.update(close - 0.1, high, low, close, 1000);
            ema.update(close - 0.1, high, low, close, 1000);
            rsi.update(close - 0.1, high, low, close, 1000);
            macd.update(close - 0.1, high, low, close, 1000);
            bollinger.update(close - 0.1, high, low, close, 1000);
            atr.update(close - 0.1, high, low, close, 1000);
            crossover.update(sma.value(), ema.value());
            sink += rsi.value() + macd.histogram() + bollinger.upper() + atr.value()
                    + (crossover.crossedAbove() ? 1 : 0);
        }
    }
}
