package wave.engine.strategy.sizing;

import java.util.List;
import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.Quantity;

/**
 * Correlation-aware scaling: shrinks a base size by {@code factor = 1 - strength x max(0, rho_max)}, where
 * {@code rho_max} is the largest Pearson correlation of the new instrument's returns with the returns of any current
 * holding.
 *
 * <p>Why the largest correlation and this linear form rather than {@code 1 / sqrt(1 + (n - 1) rho)}: the square-root
 * rule assumes every pair of the book shares one average correlation and sizes the whole book, while here one new
 * position joins a given book; what matters is how much of it duplicates a bet already held, and the closest holding
 * measures that. The linear factor is easy to read and to check by hand ({@code strength = 0.5} halves a position
 * perfectly correlated with a holding, {@code strength = 1} refuses it), and it is monotone in the correlation.
 * Negative correlation (a hedge) is clamped to 0 and never enlarges the base size: scaling only ever reduces risk.
 * An empty book leaves the size unchanged.
 *
 * @param strength how strongly correlation shrinks the size, [0, 1]
 */
public record CorrelationScaling(double strength) {
    /** Requires a strength in [0, 1]. */
    public CorrelationScaling {
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("correlation strength must be in [0, 1], got " + strength);
        }
    }

    /**
     * The Pearson correlation of two return series of the same length (at least 2); 0 when either is constant.
     */
    public static double correlation(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new IllegalArgumentException("correlation needs two return series of the same length >= 2, got "
                    + a.length + " and " + b.length);
        }
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.length;
        meanB /= b.length;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            cov += da * db;
            varA += da * da;
            varB += db * db;
        }
        return varA == 0 || varB == 0 ? 0 : cov / Math.sqrt(varA * varB);
    }

    /**
     * The scale factor in [1 - strength, 1] for a new instrument with returns {@code candidate} joining holdings
     * with returns {@code holdings} (each aligned with the candidate's).
     */
    public double factor(double[] candidate, List<double[]> holdings) {
        double rhoMax = 0;
        for (double[] held : holdings) {
            rhoMax = Math.max(rhoMax, correlation(candidate, held));
        }
        return 1 - strength * rhoMax;
    }

    /** {@code base} scaled by {@link #factor}, rounded down to the instrument's lots. */
    public Quantity scale(Quantity base, double[] candidate, List<double[]> holdings, Instrument instrument) {
        double units = FixedPoint.quantityToDouble(base.raw()) * factor(candidate, holdings);
        return Quantity.ofRaw(instrument.roundDownToLot(FixedPoint.quantityFromDouble(units)));
    }
}
