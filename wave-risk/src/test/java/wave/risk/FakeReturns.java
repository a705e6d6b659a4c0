package wave.risk;

import java.util.HashMap;
import java.util.Map;
import wave.domain.instrument.InstrumentId;

/** Returns given by hand per symbol, the last ones the most recent, whatever the time. */
final class FakeReturns implements ReturnHistory {
    final Map<String, double[]> bySymbol = new HashMap<>();

    FakeReturns with(String symbol, double... returns) {
        bySymbol.put(symbol, returns);
        return this;
    }

    @Override
    public boolean returns(InstrumentId instrument, long nowNanos, double[] out, int count) {
        double[] all = bySymbol.get(instrument.symbol());
        if (all == null || all.length < count) {
            return false;
        }
        System.arraycopy(all, all.length - count, out, 0, count);
        return true;
    }

    @Override
    public InstrumentId find(String symbol) {
        return bySymbol.containsKey(symbol) ? InstrumentId.of(symbol) : null;
    }
}
