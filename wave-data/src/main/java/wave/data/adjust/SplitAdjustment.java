package wave.data.adjust;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * Back-adjusts a series for its splits, so that a split never moves a price, an indicator or a signal.
 *
 * <p>Bar {@code i}'s factor {@code F_i} is the product of the split ratios going ex after it (on bars {@code j > i};
 * an ex-date bar is already quoted after its own split). Its open, high, low and close become {@code p / F_i}
 * (rounded half-even to the fixed-point step), its volume {@code v x F_i} and its cash dividend per share
 * {@code d / F_i} (a dividend is per post-split share of its ex-date). The result carries the dividends and no
 * split, so an account holds the adjusted shares of the last bar's quotation and receives the same cash.
 *
 * <p>The future splits are read from the data: prices before a split are rescaled by a split announced later. This
 * changes price levels only; every ratio of two prices of the data (returns, crossings, channels) is the same as the
 * market showed at the time, up to the rounding of each price. Thread-safe (stateless).
 */
public final class SplitAdjustment {
    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private SplitAdjustment() {
    }

    /** Splits in the series (bars whose split ratio is not 1). */
    public static int splits(BarSeries series) {
        int count = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.splitRatioRaw(i) != Scales.RATIO) {
                count++;
            }
        }
        return count;
    }

    /** The series adjusted for its splits; the series itself when it has none. */
    public static BarSeries apply(BarSeries series) {
        int size = series.size();
        if (splits(series) == 0) {
            return series;
        }
        BigDecimal[] factors = new BigDecimal[size];
        BigDecimal factor = BigDecimal.ONE;
        for (int i = size - 1; i >= 0; i--) {
            factors[i] = factor;
            factor = factor.multiply(FixedPoint.ratioToBigDecimal(series.splitRatioRaw(i)), CONTEXT);
        }
        BarSeries.Builder bars = BarSeries.builder(series.instrument(), series.spec(), size);
        long[] dividends = new long[size];
        long[] noSplits = new long[size];
        boolean anyDividend = false;
        for (int i = 0; i < size; i++) {
            BigDecimal f = factors[i];
            bars.add(series.tsNanos(i), divide(series.openRaw(i), f), divide(series.highRaw(i), f),
                    divide(series.lowRaw(i), f), divide(series.closeRaw(i), f), series.volume(i) * f.doubleValue());
            dividends[i] = divide(series.dividendRaw(i), f);
            noSplits[i] = Scales.RATIO;
            anyDividend |= dividends[i] != 0;
        }
        BarSeries adjusted = bars.build().withLabel(series.label());
        return anyDividend ? adjusted.withCorporateActions(dividends, noSplits) : adjusted;
    }

    /** A price (or a dividend per share, also a price) over the factor, half-even to the price step. */
    private static long divide(long raw, BigDecimal factor) {
        if (raw == 0) {
            return 0;
        }
        return FixedPoint.priceFromBigDecimal(FixedPoint.priceToBigDecimal(raw).divide(factor, Scales.PRICE_DIGITS, RoundingMode.HALF_EVEN));
    }
}
