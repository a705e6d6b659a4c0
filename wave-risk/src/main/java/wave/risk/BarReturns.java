package wave.risk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;

/**
 * {@link ReturnHistory} from the run's bar series, as {@link BarVolumes} reads volumes: the closes of each series are
 * kept once, and the returns up to a time are the bars labelled at or before it (a bar labelled at the current step is
 * the bar just completed), found by binary search. Nothing is allocated per call. Instruments are taken to share one
 * calendar: the last {@code n} returns of two instruments are paired bar by bar.
 */
public final class BarReturns implements ReturnHistory {
    private final Map<InstrumentId, Series> series = new HashMap<>();

    private record Series(long[] tsNanos, double[] closes) {
    }

    /** Returns of {@code data}. */
    public BarReturns(List<BarSeries> data) {
        for (BarSeries s : data) {
            series.put(s.instrument(), new Series(s.timestamps(), s.closes()));
        }
    }

    @Override
    public boolean returns(InstrumentId instrument, long nowNanos, double[] out, int count) {
        Series s = series.get(instrument);
        if (s == null) {
            return false;
        }
        int found = Arrays.binarySearch(s.tsNanos(), nowNanos);
        int end = found >= 0 ? found + 1 : -found - 1; // closes [0, end) are labelled at or before now
        if (end < count + 1) {
            return false;
        }
        double[] closes = s.closes();
        for (int i = 0; i < count; i++) {
            int t = end - count + i;
            if (!(closes[t - 1] > 0)) {
                return false;
            }
            out[i] = closes[t] / closes[t - 1] - 1;
        }
        return true;
    }

    @Override
    public InstrumentId find(String symbol) {
        for (InstrumentId id : series.keySet()) {
            if (id.symbol().equals(symbol)) {
                return id;
            }
        }
        return null;
    }
}
