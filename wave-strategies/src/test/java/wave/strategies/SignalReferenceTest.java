package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.BacktestResult;
import wave.indicators.Crossover;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Rsi;
import wave.indicators.volatility.Bands;
import wave.indicators.volatility.BollingerBands;

/**
 * Each bundled strategy (default parameters, fixed:100) against a vectorised re-statement of its rules: entry and
 * exit signals from the indicators' whole-array forms, then a plain loop that buys when flat and sells when long at
 * the next bar's open. The engine's fills must be exactly those bars and sides. A long/short variant ({@code -ls},
 * run with short sales allowed) uses its long-only twin's signals: the entry signal is long, the exit signal short;
 * flat, a signal enters its side; in a position, the opposite signal closes it and the new side is entered at the
 * close of the next bar (once flat).
 */
class SignalReferenceTest {
    /** Entry and exit signal per bar. */
    private record Signals(boolean[] entry, boolean[] exit) {
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : BundledStrategies.names()) {
            out.add(Arguments.of(name, SharedData.ORCL));
            out.add(Arguments.of(name, SharedData.NVDA));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void engineFillsFollowTheVectorisedSignals(String name, String file) {
        BarSeries data = SharedData.yahoo(file, file.contains("orcl") ? "ORCL" : "NVDA");
        BacktestResult result = Backtests.run(name, data, "fixed:100");
        boolean longShort = name.endsWith("-ls");
        Signals signals = signals(longShort ? name.substring(0, name.length() - 3) : name, data);
        List<String> expected = longShort ? longShortFills(signals, data) : longOnlyFills(signals, data);
        List<String> actual = new ArrayList<>();
        for (OrderFilled fill : result.fills()) {
            assertThat(fill.quantityRaw()).isEqualTo(100_000_000_000L);
            actual.add(fill.tsNanos() + " " + (fill.side() == OrderSide.BUY ? "BUY" : "SELL") + " " + fill.priceRaw());
        }
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
        if (longShort) {
            assertThat(expected).filteredOn(f -> f.contains(" SELL ")).hasSizeGreaterThan(longOnlyFills(signals, data).size() / 2);
        }
    }

    private static List<String> longOnlyFills(Signals signals, BarSeries data) {
        List<String> expected = new ArrayList<>();
        boolean flat = true;
        for (int t = 0; t + 1 < data.size(); t++) {
            if (signals.entry()[t] && flat) {
                expected.add(fill(data, t + 1, 1));
                flat = false;
            } else if (signals.exit()[t] && !flat) {
                expected.add(fill(data, t + 1, -1));
                flat = true;
            }
        }
        return expected;
    }

    /** Position and pending side at each bar's close: the close of bar t fills at bar t+1's open. */
    private static List<String> longShortFills(Signals signals, BarSeries data) {
        List<String> expected = new ArrayList<>();
        int held = 0;
        int pending = 0;
        for (int t = 0; t + 1 < data.size(); t++) {
            int signal = signals.entry()[t] ? 1 : signals.exit()[t] ? -1 : 0;
            if (held != 0) {
                if (signal == -held) {
                    expected.add(fill(data, t + 1, signal));
                    held = 0;
                    pending = signal;
                }
                continue;
            }
            int side = signal != 0 ? signal : pending;
            pending = 0;
            if (side != 0) {
                expected.add(fill(data, t + 1, side));
                held = side;
            }
        }
        return expected;
    }

    private static String fill(BarSeries data, int bar, int side) {
        return data.tsNanos(bar) + (side > 0 ? " BUY " : " SELL ") + data.openRaw(bar);
    }

    private static Signals signals(String name, BarSeries data) {
        double[] close = data.closes();
        int n = close.length;
        return switch (name) {
            case "buy-and-hold" -> {
                boolean[] first = new boolean[n];
                first[0] = true;
                yield new Signals(first, new boolean[n]);
            }
            case "sma-cross" -> crossSignals(Sma.compute(close, 10), Sma.compute(close, 30));
            case "ema-cross" -> crossSignals(Ema.compute(close, 12), Ema.compute(close, 26));
            case "rsi-reversion" -> {
                double[] rsi = Rsi.compute(close, 14);
                yield new Signals(crosses(rsi, constant(n, 30), -1), crosses(rsi, constant(n, 70), 1));
            }
            case "bollinger-reversion" -> {
                Bands bands = BollingerBands.compute(close, 20, 2.0);
                yield new Signals(crosses(close, bands.lower(), -1), crosses(close, bands.middle(), 1));
            }
            case "donchian-breakout" -> {
                boolean[] entry = new boolean[n];
                boolean[] exit = new boolean[n];
                for (int t = 20; t < n; t++) { // the strategy runs once both channels have their 20 / 10 previous bars
                    entry[t] = close[t] > max(data.highs(), t - 20, t);
                    exit[t] = close[t] < min(data.lows(), t - 10, t);
                }
                yield new Signals(entry, exit);
            }
            case "macd-trend" -> {
                MacdSeries macd = Macd.compute(close, 12, 26, 9);
                yield crossSignals(macd.macd(), macd.signal());
            }
            default -> throw new AssertionError("no reference for " + name);
        };
    }

    /** Enter on up-crosses of a over b, exit on down-crosses. */
    private static Signals crossSignals(double[] a, double[] b) {
        return new Signals(crosses(a, b, 1), crosses(a, b, -1));
    }

    /** Bars where a crosses b in a direction (+1 above, -1 below), by the array form of {@link Crossover}. */
    private static boolean[] crosses(double[] a, double[] b, int direction) {
        byte[] cross = Crossover.signals(a, b);
        boolean[] out = new boolean[cross.length];
        for (int t = 0; t < cross.length; t++) {
            out[t] = cross[t] == direction;
        }
        return out;
    }

    private static double[] constant(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }

    private static double max(double[] values, int from, int to) {
        double out = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            out = Math.max(out, values[i]);
        }
        return out;
    }

    private static double min(double[] values, int from, int to) {
        double out = Double.POSITIVE_INFINITY;
        for (int i = from; i < to; i++) {
            out = Math.min(out, values[i]);
        }
        return out;
    }
}
