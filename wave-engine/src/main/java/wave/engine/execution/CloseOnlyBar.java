package wave.engine.execution;

import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;

/** A reusable view of a bar reduced to its close: open, high, low and close all equal the close. */
final class CloseOnlyBar implements Bar {
    private Bar bar;

    /** Views {@code source} as a bar that trades only at its close. */
    CloseOnlyBar of(Bar source) {
        this.bar = source;
        return this;
    }

    @Override
    public InstrumentId instrument() {
        return bar.instrument();
    }

    @Override
    public long tsNanos() {
        return bar.tsNanos();
    }

    @Override
    public long openRaw() {
        return bar.closeRaw();
    }

    @Override
    public long highRaw() {
        return bar.closeRaw();
    }

    @Override
    public long lowRaw() {
        return bar.closeRaw();
    }

    @Override
    public long closeRaw() {
        return bar.closeRaw();
    }

    @Override
    public double volume() {
        return bar.volume();
    }
}
