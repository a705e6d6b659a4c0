package wave.spec;

import wave.engine.order.Sizing;
import wave.indicators.BarIndicator;

/**
 * A spec's sizing model at run time: the fraction of equity an entry takes, from the engine's sizing models and the
 * current bar, turned into a {@link Sizing.PercentOfEquity} so that the order is resolved like any percent order (at
 * the fill price, fees included, capped by the cash).
 */
final class ModelSizing {
    /** The fraction of equity an entry at a close takes, [0, 1]; 0 when the model's input is not known yet. */
    @FunctionalInterface
    interface Fraction {
        double at(double close);
    }

    private final Fraction fraction;

    ModelSizing(Fraction fraction) {
        this.fraction = fraction;
    }

    /** The fraction of equity an entry at {@code close} takes, [0, 1]; 0 when the model's input is not known yet. */
    double fraction(double close) {
        return fraction.at(close);
    }

    /**
     * The entry's sizing at {@code close}, or null for no entry (a zero fraction).
     *
     * @param scale the correlation scaling's factor, [0, 1]; 1 without it
     */
    Sizing sizing(double close, double scale) {
        double f = Math.min(1, fraction(close)) * scale;
        return f > 0 ? new Sizing.PercentOfEquity(f * 100) : null;
    }

    /**
     * The sample standard deviation of the last {@code period} close-to-close simple returns (n - 1 in the
     * denominator). Ready after {@code period + 1} bars.
     */
    static final class ReturnVolatility implements BarIndicator {
        private final double[] returns;
        private int count;
        private int next;
        private double lastClose = Double.NaN;

        ReturnVolatility(int period) {
            this.returns = new double[period];
        }

        @Override
        public void update(double open, double high, double low, double close, double volume) {
            if (!Double.isNaN(lastClose) && lastClose != 0) {
                returns[next] = close / lastClose - 1;
                next = (next + 1) % returns.length;
                count = Math.min(count + 1, returns.length);
            }
            lastClose = close;
        }

        @Override
        public boolean isReady() {
            return count == returns.length;
        }

        @Override
        public int warmupPeriod() {
            return returns.length + 1;
        }

        @Override
        public void reset() {
            count = 0;
            next = 0;
            lastClose = Double.NaN;
        }

        /** The per-bar volatility. */
        double value() {
            double mean = 0;
            for (double r : returns) {
                mean += r;
            }
            mean /= returns.length;
            double ss = 0;
            for (double r : returns) {
                ss += (r - mean) * (r - mean);
            }
            return Math.sqrt(ss / (returns.length - 1));
        }

        /** The volatility times sqrt(barsPerYear). */
        double annualised(int barsPerYear) {
            return value() * Math.sqrt(barsPerYear);
        }
    }
}
