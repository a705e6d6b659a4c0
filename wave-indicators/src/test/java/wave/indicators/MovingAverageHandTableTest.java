package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.indicators.HandTables.NAN;
import static wave.indicators.HandTables.assertSameBits;
import static wave.indicators.HandTables.assertTable;

import org.junit.jupiter.api.Test;
import wave.indicators.average.Alma;
import wave.indicators.average.Hma;
import wave.indicators.average.Vwma;

/** HMA, VWMA and ALMA (not in TA-Lib) against small tables worked from their definitions. */
class MovingAverageHandTableTest {
    private static final double[] X = {2, 4, 3, 5, 7, 6, 8, 9, 7, 10};

    /**
     * HMA(4) = WMA2(2 * WMA2 - WMA4). At index 3: WMA2 = (3 + 2*5)/3, WMA4 = (2 + 2*4 + 3*3 +
     * 4*5)/10 = 3.9, raw = 26/3 - 3.9; at index 4: WMA2 = 19/3, WMA4 = 5.3, raw = 38/3 - 5.3;
     * HMA = (raw3 + 2 * raw4)/3 = 6.5.
     */
    @Test
    void hma() {
        double[] expected = {NAN, NAN, NAN, NAN, 6.5, 7.033333333333333, 7.466666666666667,
                8.877777777777778, 8.233333333333333, 8.744444444444444};
        double[] ours = Hma.compute(X, 4);
        assertTable(ours, expected);
        Hma hma = new Hma(4);
        assertSameBits(stream(X, hma), ours);
        assertThat(hma.warmupPeriod()).isEqualTo(5);
        // HMA(5): WMA2 of (2 * WMA2 - WMA5), first valid index 5 + 2 - 2
        assertTable(Hma.compute(X, 5), NAN, NAN, NAN, NAN, NAN, 7.333333333333333, 7.8, 9.2, 8.4,
                8.933333333333334);
        // HMA(2) = 2x - WMA2(x): period / 2 and floor(sqrt(2)) are 1
        assertTable(Hma.compute(new double[] {1, 4, 7}, 2), NAN, 5, 8);
    }

    /** VWMA(3): (10*100 + 11*200 + 12*0)/300, (11*200 + 12*0 + 11*100)/300, (12*0 + 11*100 + 13*300)/400. */
    @Test
    void vwma() {
        double[] price = {10, 11, 12, 11, 13, 14, 15};
        double[] volume = {100, 200, 0, 100, 300, 0, 0};
        double[] ours = Vwma.compute(price, volume, 3);
        // the last window has volumes 300, 0, 0: 13; a window of zero volume would be an SMA
        assertTable(ours, NAN, NAN, 3200.0 / 300, 11, 12.5, 12.5, 13);
        assertTable(Vwma.compute(new double[] {1, 2, 3}, new double[] {0, 0, 0}, 2), NAN, 1.5, 2.5);
        Vwma vwma = new Vwma(3);
        double[] streamed = new double[price.length];
        for (int i = 0; i < price.length; i++) {
            vwma.update(0, 0, 0, price[i], volume[i]);
            streamed[i] = vwma.value();
        }
        assertSameBits(streamed, ours);
    }

    /**
     * ALMA(3, 0.5, 2): m = 1, s = 1.5, weights e^(-1/4.5), 1, e^(-1/4.5); at index 2
     * (2w + 4 + 3w)/(1 + 2w) with w = e^(-1/4.5).
     */
    @Test
    void alma() {
        double w = Math.exp(-1 / 4.5);
        assertThat((2 * w + 4 + 3 * w) / (1 + 2 * w)).isCloseTo(3.0765960126295897, org.assertj.core.api.Assertions.within(1e-15));
        double[] ours = Alma.compute(X, 3, 0.5, 2);
        assertTable(ours, NAN, NAN, 3.0765960126295897, 3.92340398737041, 5.0, 6.076596012629589,
                6.92340398737041, 7.69219867087653, 8.07659601262959, 8.539006645617349);
        Alma alma = new Alma(3, 0.5, 2);
        assertSameBits(stream(X, alma), ours);
        // the common defaults (here period 4): weights lean to the newest value
        double[] defaults = Alma.compute(X, 4, 0.85, 6);
        assertTable(defaults, NAN, NAN, NAN, 4.052932329512531, 5.925322148537907,
                6.407828571130542, 7.052932329512531, 8.419913216874537, 7.945378627264465,
                8.601722509778945);
        assertSameBits(stream(X, new Alma(4, 0.85, 6)), defaults);
    }

    private static double[] stream(double[] x, BarIndicator indicator) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            indicator.update(x[i] - 1, x[i] + 1, x[i] - 2, x[i], 1000);
            out[i] = switch (indicator) {
                case Hma h -> h.value();
                case Alma a -> a.value();
                default -> throw new IllegalArgumentException(indicator.toString());
            };
        }
        return out;
    }
}
