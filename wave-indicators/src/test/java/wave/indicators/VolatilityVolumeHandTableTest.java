package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static wave.indicators.HandTables.NAN;
import static wave.indicators.HandTables.assertSameBits;
import static wave.indicators.HandTables.assertTable;

import java.util.Random;
import org.junit.jupiter.api.Test;
import wave.indicators.statistics.Hurst;
import wave.indicators.volatility.GarmanKlassVolatility;
import wave.indicators.volatility.HistoricalVolatility;
import wave.indicators.volatility.ParkinsonVolatility;
import wave.indicators.volume.ChaikinMoneyFlow;
import wave.indicators.volume.Vwap;

/**
 * Historical, Parkinson and Garman-Klass volatility, Chaikin money flow, session VWAP and the
 * Hurst exponent (not in TA-Lib) against tables worked from their definitions.
 */
class VolatilityVolumeHandTableTest {
    private static final double LN2 = Math.log(2);

    /**
     * Returns ln 1.1, ln 0.9, ln 1: the sample variance of two returns a, b is (a - b)^2 / 2, so
     * HV(2, 252) = |a - b| * sqrt(126).
     */
    @Test
    void historicalVolatility() {
        double[] prices = {100, 110, 99, 99};
        double[] ours = HistoricalVolatility.compute(prices, 2, 252);
        assertTable(ours, NAN, NAN, Math.log(11.0 / 9) * Math.sqrt(126),
                -Math.log(0.9) * Math.sqrt(126));
        HistoricalVolatility stream = new HistoricalVolatility(2, 252);
        double[] streamed = new double[prices.length];
        for (int i = 0; i < prices.length; i++) {
            stream.update(prices[i]);
            streamed[i] = stream.value();
        }
        assertSameBits(streamed, ours);
        assertThat(stream.warmupPeriod()).isEqualTo(3);
    }

    /** One bar: ln(h/l) * sqrt(252 / (4 ln 2)); two bars: the mean of the squared log ranges. */
    @Test
    void parkinsonVolatility() {
        double[] high = {11, 12, 10};
        double[] low = {10, 10, 10};
        double a = Math.log(1.1);
        double b = Math.log(1.2);
        assertTable(ParkinsonVolatility.compute(high, low, 1, 252), a * Math.sqrt(252 / (4 * LN2)),
                b * Math.sqrt(252 / (4 * LN2)), 0);
        assertTable(ParkinsonVolatility.compute(high, low, 2, 252), NAN,
                Math.sqrt((a * a + b * b) / 2 / (4 * LN2) * 252), Math.sqrt(b * b / 2 / (4 * LN2) * 252));
        ParkinsonVolatility stream = new ParkinsonVolatility(2, 252);
        double[] streamed = new double[3];
        for (int i = 0; i < 3; i++) {
            stream.update(0, high[i], low[i], 0, 0);
            streamed[i] = stream.value();
        }
        assertSameBits(streamed, ParkinsonVolatility.compute(high, low, 2, 252));
    }

    /** sqrt((0.5 ln(h/l)^2 - (2 ln 2 - 1) ln(c/o)^2) * 252); a negative mean counts as 0. */
    @Test
    void garmanKlassVolatility() {
        double[] open = {10, 10, 10};
        double[] high = {12, 11, 10.1};
        double[] low = {9, 10, 9.9};
        double[] close = {11, 10.5, 9.9};
        double hl = Math.log(12.0 / 9);
        double co = Math.log(1.1);
        double hl2 = Math.log(1.1);
        double co2 = Math.log(1.05);
        double[] ours = GarmanKlassVolatility.compute(open, high, low, close, 1, 252);
        assertThat(ours[0]).isCloseTo(Math.sqrt((0.5 * hl * hl - (2 * LN2 - 1) * co * co) * 252),
                within(1e-12));
        assertThat(ours[1]).isCloseTo(Math.sqrt((0.5 * hl2 * hl2 - (2 * LN2 - 1) * co2 * co2) * 252),
                within(1e-12));
        // range ln(10.1/9.9) ~ 0.0200 against a close 1% below the open: still positive
        double hl3 = Math.log(10.1 / 9.9);
        double co3 = Math.log(0.99);
        assertThat(ours[2]).isCloseTo(
                Math.sqrt((0.5 * hl3 * hl3 - (2 * LN2 - 1) * co3 * co3) * 252), within(1e-12));
        // a zero-range bar that moved open to close: negative estimate, reported as 0
        assertThat(GarmanKlassVolatility.compute(new double[] {10}, new double[] {10},
                new double[] {10}, new double[] {10.5}, 1, 252)).containsExactly(0.0);
    }

    /**
     * Money flow volumes: ((9.5-8)-(10-9.5))/2*100 = 50, ((10-10)-(12-10))/2*200 = -200, and 0 for
     * a bar without range; CMF(2) = (50 - 200) / 300, (-200 + 0) / 250.
     */
    @Test
    void chaikinMoneyFlow() {
        double[] high = {10, 12, 11};
        double[] low = {8, 10, 11};
        double[] close = {9.5, 10, 11};
        double[] volume = {100, 200, 50};
        double[] ours = ChaikinMoneyFlow.compute(high, low, close, volume, 2);
        assertTable(ours, NAN, -0.5, -0.8);
        ChaikinMoneyFlow stream = new ChaikinMoneyFlow(2);
        double[] streamed = new double[3];
        for (int i = 0; i < 3; i++) {
            stream.update(0, high[i], low[i], close[i], volume[i]);
            streamed[i] = stream.value();
        }
        assertSameBits(streamed, ours);
        assertTable(ChaikinMoneyFlow.compute(high, low, close, new double[3], 2), NAN, 0, 0);
    }

    /** Typical prices 10, 12 in session 1: 10, (1000 + 3600) / 400; session 2 restarts at 5. */
    @Test
    void sessionVwap() {
        long[] session = {1, 1, 2, 2};
        double[] high = {11, 13, 6, 7};
        double[] low = {9, 11, 4, 5};
        double[] close = {10, 12, 5, 6};
        double[] volume = {100, 300, 10, 0};
        double[] ours = Vwap.compute(session, high, low, close, volume);
        assertTable(ours, 10, 11.5, 5, 5);
        Vwap stream = new Vwap();
        double[] streamed = new double[4];
        for (int i = 0; i < 4; i++) {
            stream.update(session[i], high[i], low[i], close[i], volume[i]);
            streamed[i] = stream.value();
        }
        assertSameBits(streamed, ours);
        // bars without a key continue the session until startSession()
        Vwap manual = new Vwap();
        manual.update(0, 11, 9, 10, 100);
        manual.update(0, 13, 11, 12, 300);
        assertThat(manual.value()).isEqualTo(11.5);
        manual.startSession();
        manual.update(0, 6, 4, 5, 0);
        assertThat(manual.value()).isEqualTo(5);
    }

    /**
     * Increments 1, 3, 2, 6: n = 4, mean 3, cumulative deviations -2, -2, -3, 0 so R = 3,
     * S = sqrt(14 / 4); n = 2: chunks (1, 3) and (2, 6) each have R = S, R/S = 1. The slope of
     * ln(R/S) on ln(n) through two points is ln(3 / sqrt(3.5)) / ln 2.
     */
    @Test
    void hurstExponent() {
        double h = Hurst.exponent(new double[] {1, 3, 2, 6}, 0, 4, 2);
        assertThat(h).isCloseTo(Math.log(3 / Math.sqrt(3.5)) / Math.log(2), within(1e-12));
        assertThat(Hurst.exponent(new double[] {5, 5, 5, 5}, 0, 4, 2)).isNaN();
        // prices whose log returns are 1, 3, 2, 6: the streaming form finds the same exponent
        double[] prices = {1, Math.exp(1), Math.exp(4), Math.exp(6), Math.exp(12)};
        double[] ours = Hurst.compute(prices, 4, 2);
        assertThat(ours[3]).isNaN();
        assertThat(ours[4]).isCloseTo(h, within(1e-12));
        Hurst stream = new Hurst(4, 2, PriceField.CLOSE);
        double[] streamed = new double[prices.length];
        for (int i = 0; i < prices.length; i++) {
            stream.update(prices[i]);
            streamed[i] = stream.value();
        }
        assertSameBits(streamed, ours);
    }

    /** White-noise returns read near 0.5 (R/S is biased a little upward on short windows). */
    @Test
    void hurstOfARandomWalkIsNearOneHalf() {
        Random random = new Random(11);
        double[] prices = new double[2049];
        prices[0] = 100;
        for (int i = 1; i < prices.length; i++) {
            prices[i] = prices[i - 1] * Math.exp(0.01 * random.nextGaussian());
        }
        double[] h = Hurst.compute(prices, 2048, 8);
        assertThat(h[2048]).isBetween(0.45, 0.65);
    }
}
