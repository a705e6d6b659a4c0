package wave.indicators.registry;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import wave.indicators.BarIndicator;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;

/**
 * How a definition builds its streaming form and computes its arrays: for single-input ({@link Field}),
 * whole-bar ({@link Bar}) and two-series ({@link Pair}) indicators.
 */
abstract sealed class Recipe permits Recipe.Field, Recipe.Bar, Recipe.Pair {

    /** The output names in order. */
    abstract List<String> outputs();

    /** A fresh streaming form. */
    abstract IndicatorStream stream(Params params);

    /** Every output over whole bar arrays. */
    abstract double[][] compute(Params params, Bars bars);

    /** The array form of a single-input indicator over one series. */
    @FunctionalInterface
    interface SeriesFunction {
        double[][] apply(double[] values, Params params);
    }

    /** The array form of a whole-bar indicator. */
    @FunctionalInterface
    interface BarsFunction {
        double[][] apply(Bars bars, Params params);
    }

    /** The array form of a two-series indicator. */
    @FunctionalInterface
    interface PairFunction {
        double[][] apply(double[] x, double[] y, Params params);
    }

    /** The operations of a two-series indicator, which is not a {@link BarIndicator}. */
    interface PairOps<T> {
        void update(T indicator, double x, double y);

        double value(T indicator);

        boolean isReady(T indicator);

        int warmupPeriod(T indicator);

        void reset(T indicator);
    }

    private static <T> List<String> names(List<Output<T>> outputs) {
        return outputs.stream().map(Output::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Output.Reader<T>[] readers(List<Output<T>> outputs) {
        Output.Reader<T>[] readers = new Output.Reader[outputs.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = outputs.get(i).reader();
        }
        return readers;
    }

    /** A single-input indicator: a {@link ValueIndicator} of the {@code field} parameter or of any series. */
    static final class Field<T extends ValueIndicator> extends Recipe {
        private final BiFunction<Params, PriceField, T> factory;
        private final List<Output<T>> outputs;
        private final SeriesFunction arrays;

        Field(BiFunction<Params, PriceField, T> factory, List<Output<T>> outputs, SeriesFunction arrays) {
            this.factory = factory;
            this.outputs = List.copyOf(outputs);
            this.arrays = arrays;
        }

        @Override
        List<String> outputs() {
            return names(outputs);
        }

        @Override
        FieldStream<T> stream(Params params) {
            return new FieldStream<>(factory.apply(params, params.field()), readers(outputs));
        }

        @Override
        double[][] compute(Params params, Bars bars) {
            return arrays.apply(bars.select(params.field()), params);
        }

        /** The array form over any series. */
        double[][] computeSeries(Params params, double[] values) {
            return arrays.apply(values, params);
        }
    }

    /** The streaming form of a single-input indicator: also fed plain values (a composition's inner output). */
    static final class FieldStream<T extends ValueIndicator> implements IndicatorStream {
        private final T indicator;
        private final PriceField field;
        private final Output.Reader<T>[] readers;
        private double last = Double.NaN;

        FieldStream(T indicator, Output.Reader<T>[] readers) {
            this.indicator = indicator;
            this.field = indicator.field();
            this.readers = readers;
        }

        /** Feeds the next input value. */
        void update(double value) {
            last = value;
            indicator.update(value);
        }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            update(field.select(open, high, low, close, volume));
        }

        @Override
        public int outputCount() {
            return readers.length;
        }

        @Override
        public double value(int output) {
            return readers[output].read(indicator, last);
        }

        @Override
        public Object indicator() {
            return indicator;
        }

        @Override
        public boolean isReady() {
            return indicator.isReady();
        }

        @Override
        public int warmupPeriod() {
            return indicator.warmupPeriod();
        }

        @Override
        public void reset() {
            indicator.reset();
            last = Double.NaN;
        }
    }

    /** An indicator of whole bars. */
    static final class Bar<T extends BarIndicator> extends Recipe {
        private final Function<Params, T> factory;
        private final List<Output<T>> outputs;
        private final BarsFunction arrays;

        Bar(Function<Params, T> factory, List<Output<T>> outputs, BarsFunction arrays) {
            this.factory = factory;
            this.outputs = List.copyOf(outputs);
            this.arrays = arrays;
        }

        @Override
        List<String> outputs() {
            return names(outputs);
        }

        @Override
        IndicatorStream stream(Params params) {
            return new BarStream<>(factory.apply(params), readers(outputs));
        }

        @Override
        double[][] compute(Params params, Bars bars) {
            return arrays.apply(bars, params);
        }
    }

    private static final class BarStream<T extends BarIndicator> implements IndicatorStream {
        private final T indicator;
        private final Output.Reader<T>[] readers;

        BarStream(T indicator, Output.Reader<T>[] readers) {
            this.indicator = indicator;
            this.readers = readers;
        }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            indicator.update(open, high, low, close, volume);
        }

        @Override
        public int outputCount() {
            return readers.length;
        }

        @Override
        public double value(int output) {
            return readers[output].read(indicator, Double.NaN);
        }

        @Override
        public Object indicator() {
            return indicator;
        }

        @Override
        public boolean isReady() {
            return indicator.isReady();
        }

        @Override
        public int warmupPeriod() {
            return indicator.warmupPeriod();
        }

        @Override
        public void reset() {
            indicator.reset();
        }
    }

    /** An indicator of two series, the price fields named by {@code field} and {@code field2}. */
    static final class Pair<T> extends Recipe {
        private final String output;
        private final Function<Params, T> factory;
        private final PairOps<T> ops;
        private final PairFunction arrays;

        Pair(String output, Function<Params, T> factory, PairOps<T> ops, PairFunction arrays) {
            this.output = output;
            this.factory = factory;
            this.ops = ops;
            this.arrays = arrays;
        }

        @Override
        List<String> outputs() {
            return List.of(output);
        }

        @Override
        IndicatorStream stream(Params params) {
            return new PairStream<>(factory.apply(params), ops, params.field("field"), params.field("field2"));
        }

        @Override
        double[][] compute(Params params, Bars bars) {
            return arrays.apply(bars.select(params.field("field")), bars.select(params.field("field2")), params);
        }

        /** The array form over two given series. */
        double[][] computePair(Params params, double[] x, double[] y) {
            return arrays.apply(x, y, params);
        }
    }

    private static final class PairStream<T> implements IndicatorStream {
        private final T indicator;
        private final PairOps<T> ops;
        private final PriceField x;
        private final PriceField y;

        PairStream(T indicator, PairOps<T> ops, PriceField x, PriceField y) {
            this.indicator = indicator;
            this.ops = ops;
            this.x = x;
            this.y = y;
        }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            ops.update(indicator, x.select(open, high, low, close, volume), y.select(open, high, low, close, volume));
        }

        @Override
        public int outputCount() {
            return 1;
        }

        @Override
        public double value(int output) {
            if (output != 0) {
                throw new IndexOutOfBoundsException(output);
            }
            return ops.value(indicator);
        }

        @Override
        public Object indicator() {
            return indicator;
        }

        @Override
        public boolean isReady() {
            return ops.isReady(indicator);
        }

        @Override
        public int warmupPeriod() {
            return ops.warmupPeriod(indicator);
        }

        @Override
        public void reset() {
            ops.reset(indicator);
        }
    }
}
