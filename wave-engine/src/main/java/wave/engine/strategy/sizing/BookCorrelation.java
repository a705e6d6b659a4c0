package wave.engine.strategy.sizing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;

/**
 * {@link CorrelationScaling} against the account a strategy sees, for strategies that trade one instrument (specs
 * among them): the kernel marks every instrument of the session at its close each step, and the account's read-only
 * {@link PortfolioView} lists those positions, held or flat. Sampled once a step ({@link #sample}), the marks of the
 * last {@code lookback + 1} samples give each instrument's last {@code lookback} returns {@code mark[t] / mark[t-1] -
 * 1}; {@link #factor} measures the candidate's against those of every position held (a short one's returns negated:
 * it hedges a long candidate).
 *
 * <p>Instruments are sampled together, so their returns pair sample by sample (one calendar; an instrument without a
 * bar at a step keeps its mark, a zero return). A ring per instrument is allocated when it is first seen; sampling
 * allocates nothing afterwards, {@link #factor} allocates the return arrays of one decision.
 */
public final class BookCorrelation {
    private final CorrelationScaling scaling;
    private final int lookback;
    private final Map<InstrumentId, double[]> marks = new HashMap<>();
    private long lastSampleNanos = Long.MIN_VALUE;
    private int next;
    private int samples;

    /**
     * @param scaling  how strongly correlation shrinks a size
     * @param lookback returns the correlation is measured over, at least 2
     */
    public BookCorrelation(CorrelationScaling scaling, int lookback) {
        this.scaling = Objects.requireNonNull(scaling, "scaling");
        if (lookback < 2) {
            throw new IllegalArgumentException("correlation lookback must be at least 2 returns, got " + lookback);
        }
        this.lookback = lookback;
    }

    /** Returns the correlation is measured over. */
    public int lookback() {
        return lookback;
    }

    /** True once {@code lookback} returns of every instrument seen from the first sample are known. */
    public boolean isReady() {
        return samples > lookback;
    }

    /**
     * Records the marks of every position of {@code book} at {@code nowNanos}; a second call at the same time (another
     * instance's bar of the same step) does nothing.
     */
    public void sample(PortfolioView book, long nowNanos) {
        if (nowNanos == lastSampleNanos) {
            return;
        }
        lastSampleNanos = nowNanos;
        List<PositionView> positions = book.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            double[] ring = marks.get(p.instrumentId());
            if (ring == null) {
                ring = new double[lookback + 1];
                marks.put(p.instrumentId(), ring);
            }
            ring[next] = FixedPoint.priceToDouble(p.markRaw());
        }
        next = (next + 1) % (lookback + 1);
        samples = Math.min(samples + 1, lookback + 1);
    }

    /** Forgets every sample. */
    public void reset() {
        marks.clear();
        lastSampleNanos = Long.MIN_VALUE;
        next = 0;
        samples = 0;
    }

    /**
     * The scale factor in [1 - strength, 1] of a new position in {@code candidate}: 1 until {@code lookback} returns of
     * it are known; positions without that history are left out.
     *
     * @param candidateLong true for a purchase, false for a short sale (its returns negated)
     * @param book          the account whose held positions the candidate joins
     */
    public double factor(InstrumentId candidate, boolean candidateLong, PortfolioView book) {
        double[] own = returns(candidate, !candidateLong);
        if (own == null) {
            return 1;
        }
        List<double[]> held = new ArrayList<>();
        for (PositionView p : book.positions()) {
            if (!p.isFlat() && !p.instrumentId().equals(candidate)) {
                double[] r = returns(p.instrumentId(), p.quantityRaw() < 0);
                if (r != null) {
                    held.add(r);
                }
            }
        }
        return scaling.factor(own, held);
    }

    /** The last {@code lookback} returns of an instrument, oldest first (negated when asked), or null when unknown. */
    private double[] returns(InstrumentId instrument, boolean negate) {
        double[] ring = marks.get(instrument);
        if (ring == null || samples <= lookback) {
            return null;
        }
        double[] out = new double[lookback];
        int size = lookback + 1;
        for (int i = 0; i < lookback; i++) {
            double before = ring[(next + i) % size];
            double after = ring[(next + i + 1) % size];
            if (!(before > 0 && after > 0)) {
                return null;
            }
            out[i] = negate ? 1 - after / before : after / before - 1;
        }
        return out;
    }
}
