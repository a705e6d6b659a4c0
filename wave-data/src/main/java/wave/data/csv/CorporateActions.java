package wave.data.csv;

import java.time.Instant;
import java.util.Arrays;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Scales;

/**
 * Per-bar corporate actions read with a series (Alpha Vantage's {@code dividend_amount} and
 * {@code split_coefficient}), aligned with the series: index {@code i} belongs to bar {@code i}.
 */
public final class CorporateActions {
    private final double[] dividend;
    private final double[] splitCoefficient;

    /** Copies the columns, which must have the same length. */
    public CorporateActions(double[] dividend, double[] splitCoefficient) {
        if (dividend.length != splitCoefficient.length) {
            throw new IllegalArgumentException("dividend and split columns differ in length: "
                    + dividend.length + " vs " + splitCoefficient.length);
        }
        this.dividend = dividend.clone();
        this.splitCoefficient = splitCoefficient.clone();
    }

    /** Number of bars. */
    public int size() {
        return dividend.length;
    }

    /** Cash dividend per share with ex-date on bar {@code i}, in the price currency; 0 when none. */
    public double dividend(int i) {
        return dividend[i];
    }

    /** Split coefficient on bar {@code i} (new shares per old share, e.g. 4 for a 4-for-1 split); 1 when none. */
    public double splitCoefficient(int i) {
        return splitCoefficient[i];
    }

    /**
     * {@code series} (the bars these actions are aligned with) carrying them, as raw fixed point
     * ({@link BarSeries#withCorporateActions}); a split coefficient of 0 (how some sources write "none") counts as
     * 1. Use it only when the series' prices are raw (as traded).
     *
     * @throws IllegalArgumentException    if the sizes differ
     * @throws FixedPointOverflowException naming the bar if a dividend or split factor is beyond the fixed-point range
     */
    public BarSeries attachTo(BarSeries series) {
        long[] dividendRaw = new long[dividend.length];
        long[] splitRatioRaw = new long[dividend.length];
        for (int i = 0; i < dividend.length; i++) {
            try {
                dividendRaw[i] = FixedPoint.priceFromDouble(dividend[i]);
                splitRatioRaw[i] = splitCoefficient[i] == 0 ? Scales.RATIO : FixedPoint.ratioFromDouble(splitCoefficient[i]);
            } catch (FixedPointOverflowException e) {
                throw new FixedPointOverflowException("corporate action of " + series.instrument() + " on "
                        + Instant.ofEpochSecond(0, series.tsNanos(i)) + ": " + e.getMessage(), e);
            }
        }
        return series.withCorporateActions(dividendRaw, splitRatioRaw);
    }

    /** A copy of the dividends. */
    public double[] dividends() {
        return dividend.clone();
    }

    /** A copy of the split coefficients. */
    public double[] splitCoefficients() {
        return splitCoefficient.clone();
    }

    /** Growable columns filled while reading; {@link #select} aligns them with the validated bars. */
    static final class Builder {
        private double[] dividend = new double[1024];
        private double[] split = new double[1024];
        private int size;

        void add(double dividendAmount, double splitCoefficient) {
            if (size == dividend.length) {
                dividend = Arrays.copyOf(dividend, size * 2);
                split = Arrays.copyOf(split, size * 2);
            }
            dividend[size] = dividendAmount;
            split[size] = splitCoefficient;
            size++;
        }

        /** The split coefficient of each row read (shared, not copied). */
        double[] splitsByRow() {
            return split;
        }

        /** The actions of {@code rows}, in that order, or of every row when {@code rows} is null. */
        CorporateActions select(int[] rows) {
            if (rows == null) {
                return new CorporateActions(Arrays.copyOf(dividend, size), Arrays.copyOf(split, size));
            }
            double[] d = new double[rows.length];
            double[] s = new double[rows.length];
            for (int j = 0; j < rows.length; j++) {
                d[j] = dividend[rows[j]];
                s[j] = split[rows[j]];
            }
            return new CorporateActions(d, s);
        }
    }

    @Override
    public String toString() {
        return "CorporateActions[" + dividend.length + " bars]";
    }
}
