package wave.engine.market;

import java.util.List;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.market.Bar;
import wave.domain.market.BarCursor;
import wave.domain.market.BarSeries;

/**
 * Replays bar series in the order their bars became known ({@link BarAvailability}), as a live feed would have
 * delivered them: a step holds every series whose next bar has the earliest availability time, so instruments whose
 * bars become known at the same instant are aligned in one step, and a daily bar arrives after the intraday bars of
 * its day. Allocation-free per step.
 *
 * <p>A step's {@link #tsNanos()} is its bars' label (the latest, if they differ) when labels come in the order the bars
 * become known across the whole feed, as they do for series of one bar length. When mixing bar lengths makes labels go
 * back in time (a daily bar labelled 00:00 delivered after that day's intraday bars), every step's {@link #tsNanos()}
 * is its availability time instead, so that what is recorded per step stays in time order.
 */
public final class HistoricalFeed implements MarketFeed {
    private final BarSeries[] series;
    private final BarAvailability[] availability;
    private final BarCursor[] cursors;
    private final int[] next;
    private final int[] updated;
    private final long totalBars;
    private final int steps;
    private final boolean labelsInOrder;
    private long consumed;
    private int updatedCount;
    private long tsNanos = Long.MIN_VALUE;
    private long availableNanos = Long.MIN_VALUE;

    /** A feed over series whose order defines the instrument indexes, on a 24/7 market (one session per UTC day). */
    public HistoricalFeed(List<BarSeries> series) {
        this(series, ExchangeCalendars.crypto());
    }

    /**
     * A feed over series whose order defines the instrument indexes, on a market trading by {@code calendar} (its
     * session closes are when daily bars become known).
     */
    public HistoricalFeed(List<BarSeries> series, TradingCalendar calendar) {
        this.series = series.toArray(BarSeries[]::new);
        this.availability = new BarAvailability[this.series.length];
        this.cursors = new BarCursor[this.series.length];
        this.next = new int[this.series.length];
        this.updated = new int[this.series.length];
        long total = 0;
        for (int k = 0; k < this.series.length; k++) {
            availability[k] = BarAvailability.of(this.series[k], calendar);
            cursors[k] = new BarCursor(this.series[k]);
            total += this.series[k].size();
        }
        this.totalBars = total;
        Scan scan = this.series.length == 1 ? new Scan(this.series[0].size(), true) : scanSteps();
        this.steps = scan.steps();
        this.labelsInOrder = scan.labelsInOrder();
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
                long available = availability[k].nanos(next[k]);
                if (!any || available < earliest) {
                    earliest = available;
                    any = true;
                }
            }
        }
        if (!any) {
            updatedCount = 0;
            return false;
        }
        int count = 0;
        long label = Long.MIN_VALUE;
        for (int k = 0; k < series.length; k++) {
            int index = next[k];
            if (index < series[k].size() && availability[k].nanos(index) == earliest) {
                cursors[k].moveTo(index);
                next[k] = index + 1;
                updated[count++] = k;
                label = Math.max(label, series[k].tsNanos(index));
            }
        }
        updatedCount = count;
        consumed += count;
        tsNanos = labelsInOrder ? label : earliest;
        availableNanos = earliest;
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
        availableNanos = availability[0].nanos(index);
        return true;
    }

    @Override
    public long tsNanos() {
        return tsNanos;
    }

    @Override
    public long availableNanos() {
        return availableNanos;
    }

    @Override
    public long barStartNanos(int instrumentIndex) {
        return availability[instrumentIndex].startNanos(next[instrumentIndex] - 1);
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

    /** Total number of time steps the feed will produce (counts distinct availability times). */
    public int countSteps() {
        return steps;
    }

    /** Replays the merge of several series once, without moving the feed. */
    private Scan scanSteps() {
        int[] position = new int[series.length];
        int count = 0;
        long previousLabel = Long.MIN_VALUE;
        boolean inOrder = true;
        while (true) {
            long earliest = Long.MAX_VALUE;
            boolean any = false;
            for (int k = 0; k < series.length; k++) {
                if (position[k] < series[k].size() && (!any || availability[k].nanos(position[k]) < earliest)) {
                    earliest = availability[k].nanos(position[k]);
                    any = true;
                }
            }
            if (!any) {
                return new Scan(count, inOrder);
            }
            long label = Long.MIN_VALUE;
            for (int k = 0; k < series.length; k++) {
                int index = position[k];
                if (index < series[k].size() && availability[k].nanos(index) == earliest) {
                    label = Math.max(label, series[k].tsNanos(index));
                    position[k] = index + 1;
                }
            }
            inOrder &= count == 0 || label >= previousLabel;
            previousLabel = label;
            count++;
        }
    }

    /**
     * What a replay of the whole feed gives.
     *
     * @param steps         number of steps
     * @param labelsInOrder whether no step's latest label is earlier than the previous step's
     */
    private record Scan(int steps, boolean labelsInOrder) {
    }
}
