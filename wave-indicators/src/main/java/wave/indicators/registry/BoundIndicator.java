package wave.indicators.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered indicator with validated parameters, possibly applied to another indicator's output: makes
 * streaming instances and computes every output over whole arrays, the two agreeing bit for bit.
 *
 * <p>A composition ({@link IndicatorRegistry#compose}) feeds the outer single-input indicator the inner
 * indicator's chosen output from its first valid (non-NaN) value on, bar by bar; its array form applies the
 * outer array form to the inner output from that index and leaves NaN before.
 */
public final class BoundIndicator {
    private final IndicatorDefinition definition;
    private final Params params;
    private final BoundIndicator inner;
    private final int innerOutput;

    BoundIndicator(IndicatorDefinition definition, Params params, BoundIndicator inner, int innerOutput) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.params = Objects.requireNonNull(params, "params");
        this.inner = inner;
        this.innerOutput = innerOutput;
        if (inner != null && !(definition.recipe() instanceof Recipe.Field)) {
            throw new IllegalArgumentException(definition.name() + " reads " + definition.reads()
                    + ", not one series, so it cannot be applied to another indicator's output");
        }
    }

    /** The (outer) indicator's definition. */
    public IndicatorDefinition definition() {
        return definition;
    }

    /** The (outer) indicator's parameters, defaults filled in. */
    public Params params() {
        return params;
    }

    /** The indicator whose output this one reads, for a composition. */
    public Optional<BoundIndicator> inner() {
        return Optional.ofNullable(inner);
    }

    /** The name of the inner output read, for a composition. */
    public Optional<String> innerOutput() {
        return inner == null ? Optional.empty() : Optional.of(inner.outputs().get(innerOutput));
    }

    /** The output names in order. */
    public List<String> outputs() {
        return definition.outputs();
    }

    /** What the whole reads from each bar: the inner indicator's input for a composition. */
    public InputKind input() {
        return inner == null ? definition.input() : inner.input();
    }

    /**
     * A readable name with the parameters: {@code rsi(period=14, field=close)}, {@code ema(period=5) of
     * rsi(period=14, field=close)}, {@code ema(period=9) of macd(fast=12, slow=26, signal=9, field=close):hist}.
     */
    public String label() {
        StringBuilder b = new StringBuilder(definition.name());
        StringBuilder list = new StringBuilder();
        for (Map.Entry<String, String> e : params.asText().entrySet()) {
            if (inner == null || !e.getKey().equals("field")) {
                list.append(list.isEmpty() ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
            }
        }
        if (!list.isEmpty()) {
            b.append('(').append(list).append(')');
        }
        if (inner != null) {
            b.append(" of ").append(inner.label());
            if (inner.outputs().size() > 1) {
                b.append(':').append(inner.outputs().get(innerOutput));
            }
        }
        return b.toString();
    }

    /** A fresh streaming instance. */
    public IndicatorStream stream() {
        if (inner == null) {
            return definition.recipe().stream(params);
        }
        Recipe.FieldStream<?> outer = field().stream(params);
        return new ComposedStream(inner.stream(), innerOutput, outer);
    }

    /**
     * Every output over whole series of bars, one array per output in {@link #outputs()} order, each as long as
     * the input with NaN before its first valid value.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public double[][] compute(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        Bars bars = new Bars(open, high, low, close, volume);
        if (inner == null) {
            return definition.recipe().compute(params, bars);
        }
        return applyOuter(inner.compute(open, high, low, close, volume)[innerOutput]);
    }

    /**
     * Every output over one series (the {@code field} parameter is ignored): for single-input indicators, and
     * compositions whose innermost indicator is single-input.
     *
     * @throws IllegalStateException if the indicator reads more than one series
     */
    public double[][] computeSeries(double[] values) {
        if (inner != null) {
            return applyOuter(inner.computeSeries(values)[innerOutput]);
        }
        if (!(definition.recipe() instanceof Recipe.Field<?> f)) {
            throw new IllegalStateException(definition.name() + " reads " + definition.reads() + ", not one series");
        }
        return f.computeSeries(params, values);
    }

    /**
     * The output of a two-series indicator ({@code correl}, {@code beta}) over two given series, e.g. a
     * benchmark's and an asset's closes for {@code beta}.
     *
     * @throws IllegalStateException if the indicator does not read two series
     */
    public double[][] computePair(double[] x, double[] y) {
        if (inner != null || !(definition.recipe() instanceof Recipe.Pair<?> p)) {
            throw new IllegalStateException(label() + " does not read two series");
        }
        return p.computePair(params, x, y);
    }

    private Recipe.Field<?> field() {
        return (Recipe.Field<?>) definition.recipe();
    }

    private double[][] applyOuter(double[] in) {
        int n = in.length;
        int first = 0;
        while (first < n && Double.isNaN(in[first])) {
            first++;
        }
        double[][] out = new double[outputs().size()][n];
        for (double[] o : out) {
            Arrays.fill(o, Double.NaN);
        }
        if (first < n) {
            double[][] tail = field().computeSeries(params, Arrays.copyOfRange(in, first, n));
            for (int k = 0; k < out.length; k++) {
                System.arraycopy(tail[k], 0, out[k], first, n - first);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return label();
    }

    /** The streaming form of a composition. */
    private static final class ComposedStream implements IndicatorStream {
        private final IndicatorStream inner;
        private final int innerOutput;
        private final Recipe.FieldStream<?> outer;
        private boolean started;

        ComposedStream(IndicatorStream inner, int innerOutput, Recipe.FieldStream<?> outer) {
            this.inner = inner;
            this.innerOutput = innerOutput;
            this.outer = outer;
        }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            inner.update(open, high, low, close, volume);
            double v = inner.value(innerOutput);
            if (!started) {
                if (Double.isNaN(v)) {
                    return;
                }
                started = true;
            }
            outer.update(v);
        }

        @Override
        public int outputCount() {
            return outer.outputCount();
        }

        @Override
        public double value(int output) {
            return outer.value(output);
        }

        @Override
        public Object indicator() {
            return outer.indicator();
        }

        @Override
        public boolean isReady() {
            return outer.isReady();
        }

        /** The inner warm-up (its first valid bar) plus the outer's, less the bar they share. */
        @Override
        public int warmupPeriod() {
            return inner.warmupPeriod() - 1 + outer.warmupPeriod();
        }

        @Override
        public void reset() {
            inner.reset();
            outer.reset();
            started = false;
        }
    }
}
