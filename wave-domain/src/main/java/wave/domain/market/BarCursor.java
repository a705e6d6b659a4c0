package wave.domain.market;

import wave.domain.instrument.InstrumentId;

/**
 * A reusable, allocation-free {@link Bar} view of one row of a {@link BarSeries}. The replay loop moves it
 * from bar to bar; whoever needs to keep a bar calls {@link #snapshot()}.
 */
public final class BarCursor implements Bar {
    private final BarSeries series;
    private int index = -1;

    /** A cursor over a series, positioned before its first bar. */
    public BarCursor(BarSeries series) {
        this.series = series;
    }

    /** Moves to bar {@code index}. */
    public void moveTo(int index) {
        this.index = index;
    }

    /** The current row. */
    public int index() {
        return index;
    }

    /** The series viewed. */
    public BarSeries series() {
        return series;
    }

    @Override
    public InstrumentId instrument() {
        return series.instrument();
    }

    @Override
    public long tsNanos() {
        return series.tsNanos(index);
    }

    @Override
    public long openRaw() {
        return series.openRaw(index);
    }

    @Override
    public long highRaw() {
        return series.highRaw(index);
    }

    @Override
    public long lowRaw() {
        return series.lowRaw(index);
    }

    @Override
    public long closeRaw() {
        return series.closeRaw(index);
    }

    @Override
    public double volume() {
        return series.volume(index);
    }

    @Override
    public double open() {
        return series.open(index);
    }

    @Override
    public double high() {
        return series.high(index);
    }

    @Override
    public double low() {
        return series.low(index);
    }

    @Override
    public double close() {
        return series.close(index);
    }

    @Override
    public long dividendRaw() {
        return series.dividendRaw(index);
    }

    @Override
    public long splitRatioRaw() {
        return series.splitRatioRaw(index);
    }

    @Override
    public boolean hasCorporateAction() {
        return series.hasCorporateAction(index);
    }
}
