package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.Rsi;
import wave.indicators.volatility.Atr;
import wave.indicators.volatility.Bands;
import wave.indicators.volatility.BollingerBands;

/** Argument validation, warm-up periods, price fields, short inputs and reset. */
class IndicatorContractTest {

    @Test
    void warmupPeriodsFollowTaLibLookbacks() {
        assertThat(Indicators.sma(20).warmupPeriod()).isEqualTo(20);
        assertThat(Indicators.ema(12).warmupPeriod()).isEqualTo(12);
        assertThat(Indicators.rsi(14).warmupPeriod()).isEqualTo(15);
        assertThat(Indicators.macd(12, 26, 9).warmupPeriod()).isEqualTo(34);
        assertThat(Indicators.bollinger(20, 2).warmupPeriod()).isEqualTo(20);
        assertThat(Indicators.atr(14).warmupPeriod()).isEqualTo(15);
    }

    @Test
    void periodsOutsideTaLibsRangeAreRejectedWithTheRangeInTheMessage() {
        assertRejected(() -> new Sma(1), "period must be in [2, 100000], was 1");
        assertRejected(() -> new Ema(0), "period must be in [2, 100000], was 0");
        assertRejected(() -> new Rsi(100_001), "period must be in [2, 100000], was 100001");
        assertRejected(() -> new Atr(0), "period must be in [1, 100000], was 0");
        assertRejected(() -> new BollingerBands(1, 2), "period must be in [2, 100000], was 1");
        assertRejected(() -> new Macd(1, 26, 9), "fast must be in [2, 100000], was 1");
        assertRejected(() -> new Macd(12, 100_001, 9), "slow must be in [2, 100000], was 100001");
        assertRejected(() -> new Macd(12, 26, 1), "signal must be in [2, 100000], was 1");
        assertRejected(() -> new Macd(26, 12, 9), "fast must be < slow, was fast=26, slow=12");
        assertRejected(() -> new Macd(12, 12, 9), "fast must be < slow, was fast=12, slow=12");
        assertRejected(() -> new BollingerBands(20, -1), "k must be finite and >= 0, was -1.0");
        assertRejected(() -> new BollingerBands(20, Double.NaN), "k must be finite and >= 0, was NaN");
    }

    @Test
    void arrayFormsValidateLikeTheirConstructors() {
        double[] x = {1, 2, 3};
        assertRejected(() -> Sma.compute(x, 1), "period must be in [2, 100000], was 1");
        assertRejected(() -> Ema.compute(x, 1), "period must be in [2, 100000], was 1");
        assertRejected(() -> Rsi.compute(x, 1), "period must be in [2, 100000], was 1");
        assertRejected(() -> Macd.compute(x, 3, 2, 2), "fast must be < slow, was fast=3, slow=2");
        assertRejected(() -> BollingerBands.compute(x, 2, Double.POSITIVE_INFINITY),
                "k must be finite and >= 0, was Infinity");
        assertRejected(() -> Atr.compute(x, x, x, 0), "period must be in [1, 100000], was 0");
        assertRejected(() -> Atr.compute(x, new double[2], x, 1),
                "high, low and close must have the same length, were 3, 2, 3");
    }

    @Test
    void inputsShorterThanTheWarmupGiveOnlyNan() {
        double[] x = {1, 2, 3, 4};
        assertThat(Sma.compute(x, 5)).containsOnly(Double.NaN).hasSize(4);
        assertThat(Ema.compute(new double[0], 3)).isEmpty();
        assertThat(Rsi.compute(x, 4)).containsOnly(Double.NaN).hasSize(4);
        assertThat(Macd.compute(x, 2, 3, 3).signal()).containsOnly(Double.NaN).hasSize(4);
        assertThat(BollingerBands.compute(x, 5, 2).upper()).containsOnly(Double.NaN).hasSize(4);
        assertThat(Atr.compute(x, x, x, 4)).containsOnly(Double.NaN).hasSize(4);
    }

    @Test
    void knownValuesOnASmallSeries() {
        double[] x = {1, 2, 3, 4, 5, 6};
        assertThat(Sma.compute(x, 3)).containsExactly(Double.NaN, Double.NaN, 2, 3, 4, 5);
        // EMA(3): seed mean(1,2,3) = 2, k = 0.5: 3, 4, 5
        assertThat(Ema.compute(x, 3)).containsExactly(Double.NaN, Double.NaN, 2, 3, 4, 5);
        // only gains: RSI 100; a flat series: 0, as in TA-Lib
        assertThat(Rsi.compute(x, 2)).containsExactly(Double.NaN, Double.NaN, 100, 100, 100, 100);
        assertThat(Rsi.compute(new double[] {7, 7, 7}, 2)).containsExactly(Double.NaN, Double.NaN, 0);
        // population standard deviation of (1, 2, 3) is sqrt(2/3)
        Bands bands = BollingerBands.compute(x, 3, 2);
        assertThat(bands.upper()[2]).isCloseTo(2 + 2 * Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(bands.middle()[2]).isEqualTo(2);
        assertThat(bands.lower()[2]).isCloseTo(2 - 2 * Math.sqrt(2.0 / 3), within(1e-12));
        // true ranges from bar 1: max(2-0, |1-2|, |1-0|) = 2, then 4; ATR(2) first = 3 at index 2
        double[] high = {1, 2, 5, 5};
        double[] low = {0, 0, 1, 5};
        double[] close = {1, 1, 4, 5};
        assertThat(Atr.compute(high, low, close, 2)).containsExactly(Double.NaN, Double.NaN, 3, 2);
    }

    @ParameterizedTest
    @EnumSource(PriceField.class)
    void priceFieldsSelectTheirPart(PriceField field) {
        double expected = switch (field) {
            case OPEN -> 1;
            case HIGH -> 4;
            case LOW -> 0.5;
            case CLOSE -> 2;
            case HL2 -> 2.25;
            case HLC3 -> 6.5 / 3;
            case OHLC4 -> 1.875;
            case VOLUME -> 1000;
        };
        assertThat(field.select(1, 4, 0.5, 2, 1000)).isEqualTo(expected);
    }

    @Test
    void singleInputIndicatorsReadTheirPriceField() {
        Sma highs = new Sma(2, PriceField.HIGH);
        Ema closes = new Ema(2);
        for (int i = 0; i < 2; i++) {
            highs.update(1, 10 + i, 0, 5 + i, 100);
            closes.update(1, 10 + i, 0, 5 + i, 100);
        }
        assertThat(highs.value()).isEqualTo(10.5);
        assertThat(closes.value()).isEqualTo(5.5);
    }

    /** After reset an indicator reproduces exactly what a fresh one computes. */
    @Test
    void resetReturnsToTheFreshState() {
        List<Supplier<BarIndicator>> factories = List.of(
                () -> new Sma(5), () -> new Ema(5), () -> new Rsi(5), () -> new Macd(3, 6, 4),
                () -> new BollingerBands(5, 2), () -> new Atr(5));
        for (Supplier<BarIndicator> factory : factories) {
            BarIndicator used = factory.get();
            feed(used, 0.0, 37);
            used.reset();
            assertThat(used.isReady()).isFalse();
            BarIndicator fresh = factory.get();
            feed(used, 1.0, 20);
            feed(fresh, 1.0, 20);
            assertThat(used).usingRecursiveComparison().isEqualTo(fresh);
        }
    }

    private static void feed(BarIndicator indicator, double phase, int bars) {
        for (int i = 0; i < bars; i++) {
            double close = 100 + 10 * Math.sin(phase + i * 0.7);
            indicator.update(close - 1, close + 2, close - 2, close, 1000);
        }
    }

    private static void assertRejected(Runnable construction, String message) {
        assertThatIllegalArgumentException().isThrownBy(construction::run).withMessage(message);
    }
}
