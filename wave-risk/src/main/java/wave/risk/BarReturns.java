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

    private record Series(long[] tsNanos, double[] opens, double[] highs, double[] lows, double[] closes) {
        /** Bars [0, end) are labelled at or before {@code nowNanos}. */
        int end(long nowNanos) {
            int found = Arrays.binarySearch(tsNanos, nowNanos);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    /** Returns of {@code data}. */
    public BarReturns(List<BarSeries> data) {
        for (BarSeries s : data) {
            series.put(s.instrument(), new Series(s.timestamps(), s.opens(), s.highs(), s.lows(), s.closes()));
        }
    }

    @Override
    public boolean returns(InstrumentId instrument, long nowNanos, double[] out, int count) {
        Series s = series.get(instrument);
        if (s == null) {
            return false;
        }
        int end = s.end(nowNanos); // closes [0, end) are labelled at or before now
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

    @Override
    public long lastBarNanos(InstrumentId instrument, long nowNanos) {
        Series s = series.get(instrument);
        int end = s == null ? 0 : s.end(nowNanos);
        return end == 0 ? Long.MIN_VALUE : s.tsNanos()[end - 1];
    }

    @Override
    public String lastBarDefect(InstrumentId instrument, long nowNanos) {
        Series s = series.get(instrument);
        int end = s == null ? 0 : s.end(nowNanos);
        if (end == 0) {
            return null;
        }
        int i = end - 1;
        double open = s.opens()[i];
        double high = s.highs()[i];
        double low = s.lows()[i];
        double close = s.closes()[i];
        if (!(open > 0 && high > 0 && low > 0 && close > 0)) {
            return "a price not above zero (open " + Denials.plain(open) + ", high " + Denials.plain(high) + ", low "
                    + Denials.plain(low) + ", close " + Denials.plain(close) + ")";
        }
        if (high < low) {
            return "the high " + Denials.plain(high) + " below the low " + Denials.plain(low);
        }
        return null;
    }
}
