package wave.indicators.trend;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.window.RollingRange;
import wave.indicators.window.TaMath;

/**
 * Ichimoku kinko hyo (Hosoda): conversion line {@code tenkan = (highest high + lowest low) / 2}
 * over {@code tenkan} bars, base line {@code kijun} the same over {@code kijun} bars, leading
 * span A {@code (tenkan + kijun) / 2} and leading span B the midpoint over {@code senkouB} bars,
 * both drawn {@code displacement} bars ahead; the cloud at a bar is therefore the pair of spans
 * computed {@code displacement} bars earlier.
 *
 * <p>Not in TA-Lib; the common defaults are 9, 26, 52 and 26. The streaming form never looks
 * ahead: it reports the leading spans computed at the current bar and the cloud spans that apply
 * to it. The lagging span (chikou) is the close drawn {@code displacement} bars back, so it has
 * no output of its own. Each output is NaN until its window fills; {@link #isReady()} waits
 * for all of them: warm-up {@code max(tenkan, kijun, senkouB) + displacement} bars. Periods must
 * be in [1, 100000] and the displacement in [0, 100000].
 */
public final class Ichimoku implements BarIndicator {
    private final int tenkanPeriod;
    private final int kijunPeriod;
    private final int senkouBPeriod;
    private final int displacement;
    private final RollingRange tenkanRange;
    private final RollingRange kijunRange;
    private final RollingRange senkouRange;
    /** The last {@code displacement} leading spans (NaN while not yet computed). */
    private final double[] pastA;
    private final double[] pastB;
    private int next;
    private long count;
    private double tenkan = Double.NaN;
    private double kijun = Double.NaN;
    private double leadingA = Double.NaN;
    private double leadingB = Double.NaN;
    private double spanA = Double.NaN;
    private double spanB = Double.NaN;

    /** Ichimoku with the common periods 9, 26, 52 and displacement 26. */
    public Ichimoku() {
        this(9, 26, 52, 26);
    }

    /** Ichimoku with the given periods and displacement. */
    public Ichimoku(int tenkan, int kijun, int senkouB, int displacement) {
        check(tenkan, kijun, senkouB, displacement);
        this.tenkanPeriod = tenkan;
        this.kijunPeriod = kijun;
        this.senkouBPeriod = senkouB;
        this.displacement = displacement;
        this.tenkanRange = new RollingRange(tenkan);
        this.kijunRange = new RollingRange(kijun);
        this.senkouRange = new RollingRange(senkouB);
        this.pastA = new double[Math.max(displacement, 1)];
        this.pastB = new double[Math.max(displacement, 1)];
        Arrays.fill(pastA, Double.NaN);
        Arrays.fill(pastB, Double.NaN);
    }

    private static void check(int tenkan, int kijun, int senkouB, int displacement) {
        TaMath.period("tenkan", tenkan, 1);
        TaMath.period("kijun", kijun, 1);
        TaMath.period("senkouB", senkouB, 1);
        TaMath.period("displacement", displacement, 0);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        count++;
        if (tenkanRange.update(high, low)) {
            tenkan = tenkanRange.midpoint();
        }
        if (kijunRange.update(high, low)) {
            kijun = kijunRange.midpoint();
        }
        leadingA = (tenkan + kijun) / 2; // NaN until both lines exist
        if (senkouRange.update(high, low)) {
            leadingB = senkouRange.midpoint();
        }
        if (displacement == 0) {
            spanA = leadingA;
            spanB = leadingB;
            return;
        }
        spanA = pastA[next]; // computed displacement bars ago
        spanB = pastB[next];
        pastA[next] = leadingA;
        pastB[next] = leadingB;
        next = next + 1 == displacement ? 0 : next + 1;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The conversion line, or NaN for the first {@code tenkan - 1} bars. */
    public double tenkan() {
        return tenkan;
    }

    /** The base line, or NaN for the first {@code kijun - 1} bars. */
    public double kijun() {
        return kijun;
    }

    /** Span A computed at this bar, to be drawn {@code displacement} bars ahead. */
    public double leadingSpanA() {
        return leadingA;
    }

    /** Span B computed at this bar, to be drawn {@code displacement} bars ahead. */
    public double leadingSpanB() {
        return leadingB;
    }

    /** The cloud's span A at this bar (computed {@code displacement} bars ago), or NaN. */
    public double spanA() {
        return spanA;
    }

    /** The cloud's span B at this bar (computed {@code displacement} bars ago), or NaN. */
    public double spanB() {
        return spanB;
    }

    @Override
    public boolean isReady() {
        return count >= warmupPeriod();
    }

    @Override
    public int warmupPeriod() {
        return Math.max(Math.max(tenkanPeriod, kijunPeriod), senkouBPeriod) + displacement;
    }

    @Override
    public void reset() {
        tenkanRange.reset();
        kijunRange.reset();
        senkouRange.reset();
        Arrays.fill(pastA, Double.NaN);
        Arrays.fill(pastB, Double.NaN);
        next = 0;
        count = 0;
        tenkan = Double.NaN;
        kijun = Double.NaN;
        leadingA = Double.NaN;
        leadingB = Double.NaN;
        spanA = Double.NaN;
        spanB = Double.NaN;
    }

    /**
     * Ichimoku of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return the six lines, as long as the inputs, each NaN until its window fills
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static IchimokuSeries compute(double[] high, double[] low, int tenkan, int kijun,
            int senkouB, int displacement) {
        check(tenkan, kijun, senkouB, displacement);
        int n = TaMath.sameLength("high and low", high, low);
        double[] tenkanLine = midpoints(high, low, tenkan);
        double[] kijunLine = midpoints(high, low, kijun);
        double[] leadingA = new double[n];
        for (int i = 0; i < n; i++) {
            leadingA[i] = (tenkanLine[i] + kijunLine[i]) / 2;
        }
        double[] leadingB = midpoints(high, low, senkouB);
        double[] spanA = TaMath.nans(n);
        double[] spanB = TaMath.nans(n);
        for (int i = displacement; i < n; i++) {
            spanA[i] = leadingA[i - displacement];
            spanB[i] = leadingB[i - displacement];
        }
        return new IchimokuSeries(tenkanLine, kijunLine, leadingA, leadingB, spanA, spanB);
    }

    /** The midpoint of each window of {@code period} bars, NaN before the first is full. */
    private static double[] midpoints(double[] high, double[] low, int period) {
        double[] out = TaMath.nans(high.length);
        RollingRange range = new RollingRange(period);
        for (int i = 0; i < out.length; i++) {
            if (range.update(high[i], low[i])) {
                out[i] = range.midpoint();
            }
        }
        return out;
    }
}
