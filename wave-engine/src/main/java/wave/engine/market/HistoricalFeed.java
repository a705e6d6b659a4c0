package wave.engine.market;

import java.util.List;
import wave.domain.market.Bar;
import wave.domain.market.BarCursor;
import wave.domain.market.BarSeries;

/**
 * Replays bar series in time order, aligning instruments on equal timestamps: a step holds every series
 * whose next bar has the earliest timestamp. Allocation-free per step.
 */
public final class HistoricalFeed implements MarketFeed {
    private final BarSeries[] series;
    private final BarCursor[] cursors;
    private final int[] next;
    private final int[] updated;
    private final long totalBars;
    private long consumed;
    private int updatedCount;
    private long tsNanos = Long.MIN_VALUE;

    /** A feed over series whose order defines the instrument indexes. */
    public HistoricalFeed(List<BarSeries> series) {
        this.series = series.toArray(BarSeries[]::new);
        this.cursors = new BarCursor[this.series.length];
        this.next = new int[this.series.length];
        this.updated = new int[this.series.length];
        long total = 0;
        for (int k = 0; k < this.series.length; k++) {
            cursors[k] = new BarCursor(this.series[k]);
            total += this.series[k].size();
        }
        this.totalBars = total;
    }

    @Override
    public boolean advance() {
        if (series.length == 1) {
            return advanceSingle();
        }
        long earliest = Long.MAX_VALUE;
        boolean any = false;
        for (int k = 0; k < series.length; k++) {
            if (next[k] < series[k].size()) {
                long ts = series[k].tsNanos(next[k]);
                if (!any || ts < earliest) {
                    earliest = ts;
                    any = true;
                }
            }
        }
        if (!any) {
            updatedCount = 0;
            return false;
        }
        int count = 0;
        for (int k = 0; k < series.length; k++) {
            if (next[k] < series[k].size() && series[k].tsNanos(next[k]) == earliest) {
                cursors[k].moveTo(next[k]++);
                updated[count++] = k;
            }
        }
        updatedCount = count;
        consumed += count;
        tsNanos = earliest;
        return true;
    }

    private boolean advanceSingle() {
        BarSeries only = series[0];
        int index = next[0];
        if (index >= only.size()) {
            updatedCount = 0;
            return false;
        }
        cursors[0].moveTo(index);
        next[0] = index + 1;
        updatedCount = 1;
        consumed++;
        tsNanos = only.tsNanos(index);
        return true;
    }

    @Override
    public long tsNanos() {
        return tsNanos;
    }

    @Override
    public int updatedCount() {
        return updatedCount;
    }

    @Override
    public int updatedInstrument(int i) {
        return updated[i];
    }

    @Override
    public Bar bar(int instrumentIndex) {
        return cursors[instrumentIndex];
    }

    @Override
    public double progress() {
        return totalBars == 0 ? 1 : consumed / (double) totalBars;
    }

    /** Total number of time steps the feed will produce (counts distinct timestamps). */
    public int countSteps() {
        if (series.length == 1) {
            return series[0].size();
        }
        int[] position = new int[series.length];
        int steps = 0;
        while (true) {
            long earliest = Long.MAX_VALUE;
            boolean any = false;
            for (int k = 0; k < series.length; k++) {
                if (position[k] < series[k].size() && (!any || series[k].tsNanos(position[k]) < earliest)) {
                    earliest = series[k].tsNanos(position[k]);
                    any = true;
                }
            }
            if (!any) {
                return steps;
            }
            for (int k = 0; k < series.length; k++) {
                if (position[k] < series[k].size() && series[k].tsNanos(position[k]) == earliest) {
                    position[k]++;
                }
            }
            steps++;
        }
    }
}
