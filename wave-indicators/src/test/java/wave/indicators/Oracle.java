package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import wave.indicators.window.TaMath;

/**
 * TA-Lib's Java port run over one file of shared bars, with the checks every oracle test makes:
 * our first valid index is TA-Lib's {@code outBegIdx}, every later value is TA-Lib's within 1e-9
 * (relative above 1), and the streaming form equals the array form bit for bit after every bar,
 * ready exactly from the first valid index.
 */
final class Oracle {
    static final double TOLERANCE = 1e-9;

    final Core talib = new Core();
    final MInteger begIdx = new MInteger();
    final MInteger nbElement = new MInteger();
    final SharedBars bars;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    Oracle(String file) {
        this.bars = SharedBars.load(file);
        this.open = bars.open();
        this.high = bars.high();
        this.low = bars.low();
        this.close = bars.close();
        this.volume = bars.volume();
    }

    int last() {
        return bars.size() - 1;
    }

    double[] buffer() {
        return new double[bars.size()];
    }

    /** Checks TA-Lib returned success, keeping {@link #begIdx} and {@link #nbElement}. */
    void check(RetCode code) {
        assertThat(code).isEqualTo(RetCode.Success);
        assertThat(begIdx.value + nbElement.value).as("TA-Lib output reaches the last bar")
                .isEqualTo(bars.size());
    }

    /** NaN before TA-Lib's outBegIdx, TA-Lib's value (within 1e-9, relative above 1) after. */
    void assertMatches(String what, double[] ours, double[] talibOut) {
        int first = begIdx.value;
        assertThat(ours).as(what).hasSize(bars.size());
        assertThat(TaMath.firstValid(ours)).as("%s first valid index on %s", what, bars)
                .isEqualTo(first);
        for (int i = first; i < ours.length; i++) {
            double expected = talibOut[i - first];
            if (!(Math.abs(ours[i] - expected) <= TOLERANCE * Math.max(1.0, Math.abs(expected)))) {
                fail(what + " on " + bars + " index " + i + ": expected TA-Lib's " + expected
                        + " but was " + ours[i]);
            }
        }
    }

    /** Runs TA-Lib and checks a single-output indicator against it. */
    void assertMatches(String what, double[] ours, TaLibCall call) {
        double[] out = buffer();
        check(call.run(out));
        assertMatches(what, ours, out);
    }

    /**
     * Feeds every bar to a bar indicator and checks readiness starts at TA-Lib's outBegIdx and
     * each output equals the array form bit for bit (NaN included) after every bar.
     */
    void assertStreams(String what, BarIndicator indicator, List<DoubleSupplier> outputs,
            double[]... arrays) {
        assertStreams(what, i -> bars.feed(indicator, i), indicator::isReady,
                indicator.warmupPeriod(), outputs, arrays);
    }

    /** As {@link #assertStreams(String, BarIndicator, List, double[][])} for any update. */
    void assertStreams(String what, IntConsumer feed, BooleanSupplier ready, int warmupPeriod,
            List<DoubleSupplier> outputs, double[]... arrays) {
        int first = begIdx.value;
        assertThat(warmupPeriod).as("%s warmupPeriod", what).isEqualTo(first + 1);
        for (int i = 0; i < bars.size(); i++) {
            feed.accept(i);
            if (ready.getAsBoolean() != i >= first) {
                fail(what + " on " + bars + ": isReady() was " + ready.getAsBoolean() + " at index "
                        + i + ", first valid " + first);
            }
            for (int j = 0; j < arrays.length; j++) {
                double streamed = outputs.get(j).getAsDouble();
                if (Double.doubleToLongBits(streamed) != Double.doubleToLongBits(arrays[j][i])) {
                    fail(what + " on " + bars + " output " + j + " at index " + i + ": streaming "
                            + streamed + " != array " + arrays[j][i]);
                }
            }
        }
    }

    /** One TA-Lib call writing a single output into {@code out}. */
    @FunctionalInterface
    interface TaLibCall {
        RetCode run(double[] out);
    }
}
