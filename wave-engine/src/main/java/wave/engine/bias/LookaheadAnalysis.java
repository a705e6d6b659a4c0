package wave.engine.bias;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;

/**
 * Lookahead check by truncation (freqtrade's lookahead-analysis): runs a backtest on the whole history, then on the
 * history cut after each of several bars, and compares what happened up to each cut. A strategy that only uses the
 * past decides the same way whatever comes after the cut, so in every truncated run:
 * <ul>
 *   <li>the orders placed up to the last kept bar are the same (time, side, type, sizing, which for exits and
 *       fixed sizing is the quantity), in the same order;</li>
 *   <li>those placed before the last kept bar filled the same quantity;</li>
 *   <li>the fills up to the last kept bar are equal;</li>
 *   <li>the equity curve equals the full run's over the same steps.</li>
 * </ul>
 * With several instruments the first one's bars choose the cut times and every instrument is cut at the same time.
 */
public final class LookaheadAnalysis {
    private final Function<List<BarSeries>, BacktestResult> backtest;

    /** @param backtest runs the strategy over the given data (a fresh strategy each call) */
    public LookaheadAnalysis(Function<List<BarSeries>, BacktestResult> backtest) {
        this.backtest = Objects.requireNonNull(backtest, "backtest");
    }

    /**
     * {@code count} cut points spread evenly over the bars after the warm-up: the k-th keeps
     * {@code warmupBars + (bars - warmupBars) * k / (count + 1)} bars.
     *
     * @throws IllegalArgumentException when there are too few bars after the warm-up for {@code count} distinct cuts
     */
    public static int[] cuts(int bars, int warmupBars, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of cuts must be at least 1, got " + count);
        }
        int span = bars - Math.max(0, warmupBars);
        if (span <= count) {
            throw new IllegalArgumentException("too little data for " + count + " cuts: " + bars + " bars, of which "
                    + warmupBars + " warm the strategy up");
        }
        int[] cuts = new int[count];
        for (int k = 1; k <= count; k++) {
            cuts[k - 1] = Math.max(0, warmupBars) + (int) ((long) span * k / (count + 1));
        }
        return cuts;
    }

    /**
     * Runs the full history, then each cut (bars of the first instrument kept, increasing), and compares.
     *
     * @param progress told the fraction of runs done, from 0 to 1
     */
    public LookaheadReport run(List<BarSeries> data, int[] cuts, DoubleConsumer progress) {
        BarSeries first = data.getFirst();
        BacktestResult full = backtest.apply(data);
        progress.accept(1.0 / (cuts.length + 1));
        List<CutComparison> out = new ArrayList<>();
        for (int c = 0; c < cuts.length; c++) {
            int cut = cuts[c];
            if (cut < 1 || cut >= first.size()) {
                throw new IllegalArgumentException("cut " + cut + " is outside 1.." + (first.size() - 1));
            }
            long last = first.tsNanos(cut - 1);
            out.add(compare(full, backtest.apply(truncate(data, last)), cut, last));
            progress.accept((c + 2.0) / (cuts.length + 1));
        }
        return new LookaheadReport(full.tickets().size(), out);
    }

    /** Every series' bars up to {@code lastNanos}; a series with none is left out. */
    static List<BarSeries> truncate(List<BarSeries> data, long lastNanos) {
        List<BarSeries> out = new ArrayList<>();
        for (BarSeries series : data) {
            int n = 0;
            while (n < series.size() && series.tsNanos(n) <= lastNanos) {
                n++;
            }
            if (n > 0) {
                out.add(series.head(n));
            }
        }
        return out;
    }

    private static CutComparison compare(BacktestResult full, BacktestResult head, int cut, long last) {
        List<String> differences = new ArrayList<>();
        List<OrderTicket> expected = full.tickets().stream().filter(t -> t.placedNanos() <= last).toList();
        List<OrderTicket> actual = head.tickets();
        if (expected.size() != actual.size()) {
            differences.add("orders placed: " + expected.size() + " in the full run, " + actual.size() + " in the truncated run");
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            Decision e = Decision.of(expected.get(i));
            Decision a = Decision.of(actual.get(i));
            if (!e.equals(a)) {
                differences.add("order " + (i + 1) + ": full run " + e + ", truncated run " + a);
                break;
            }
            long filled = expected.get(i).filledQuantityRaw();
            if (e.placedNanos() < last && filled != actual.get(i).filledQuantityRaw()) {
                differences.add("order " + (i + 1) + " " + e + ": filled " + filled + " (raw) in the full run, "
                        + actual.get(i).filledQuantityRaw() + " in the truncated run");
                break;
            }
        }
        List<OrderFilled> fills = full.fills().stream().filter(f -> f.tsNanos() <= last).toList();
        int firstFill = firstDifference(fills, head.fills());
        if (firstFill >= 0) {
            differences.add("fill " + (firstFill + 1) + ": full run " + describe(fills, firstFill)
                    + ", truncated run " + describe(head.fills(), firstFill));
        }
        long[] equity = head.equityRaw();
        long[] fullEquity = Arrays.copyOf(full.equityRaw(), Math.min(equity.length, full.equityRaw().length));
        int step = Arrays.mismatch(equity, fullEquity);
        if (step >= 0) {
            differences.add("equity differs from step " + (step + 1) + " of " + equity.length);
        }
        return new CutComparison(cut, last, expected.size(), fills.size(), equity.length, differences);
    }

    private static int firstDifference(List<OrderFilled> a, List<OrderFilled> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(List<OrderFilled> fills, int i) {
        return i < fills.size() ? fills.get(i).toString() : "none";
    }

    /** What a strategy decided, without the outcome. */
    private record Decision(long placedNanos, OrderSide side, OrderType type, Sizing sizing) {
        static Decision of(OrderTicket ticket) {
            return new Decision(ticket.placedNanos(), ticket.side(), ticket.type(), ticket.sizing());
        }

        @Override
        public String toString() {
            return side + " " + type + " " + sizing + " at " + Instant.ofEpochSecond(0, placedNanos);
        }
    }
}
