package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;

/**
 * Square-root market impact: {@code slippage = price x k x sigma x sqrt(quantity / barVolume)}, where
 * {@code sigma} is the sample standard deviation of the instrument's last {@code windowBars} close-to-close simple
 * returns ({@code close_t / close_t-1 - 1}), measured on the bars before the fill's bar (no look-ahead), and
 * {@code barVolume} is the volume of the fill's bar. The participation {@code quantity / barVolume} is capped at 1
 * (a bar without volume counts as 1); with fewer than two returns seen, sigma is 0 and there is no impact.
 * Example: k = 1, sigma = 2%, 100 of a 10,000 volume bar at 50: {@code 50 x 0.02 x 0.1 = 0.10} per unit.
 *
 * <p>This instance is a configuration; each run gets its own state from {@link #forRun(int)}.
 *
 * @param k          impact coefficient (dimensionless, typically 0.1 to 1), >= 0
 * @param windowBars number of returns in the volatility window, >= 2
 */
public record SquareRootImpactSlippage(double k, int windowBars) implements SlippageModel {
    /** Validates the coefficient and the window. */
    public SquareRootImpactSlippage {
        if (!(k >= 0 && k < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("impact coefficient k must be >= 0 and finite, got " + k);
        }
        if (windowBars < 2) {
            throw new IllegalArgumentException("volatility window must be >= 2 bars, got " + windowBars);
        }
    }

    /**
     * Not callable on the configuration: the model needs the state of a run.
     *
     * @throws IllegalStateException always; use {@link #forRun(int)}
     */
    @Override
    public long slippageRaw(int instrumentIndex, OrderSide side, long priceRaw, long quantityRaw, Bar bar) {
        throw new IllegalStateException("square-root impact keeps a volatility per run: call forRun(instruments) first");
    }

    @Override
    public SlippageModel forRun(int instruments) {
        return new Run(this, instruments);
    }

    @Override
    public String toString() {
        return "square-root impact k=" + k + " over " + windowBars + " bars";
    }

    /** The state of one run: per instrument, the last close and a ring of the latest returns. */
    private static final class Run implements SlippageModel {
        private final SquareRootImpactSlippage config;
        private final double[][] returns;
        private final double[] lastClose;
        private final int[] count;
        private final int[] next;

        Run(SquareRootImpactSlippage config, int instruments) {
            this.config = config;
            this.returns = new double[instruments][config.windowBars()];
            this.lastClose = new double[instruments];
            this.count = new int[instruments];
            this.next = new int[instruments];
        }

        @Override
        public void afterBar(int instrumentIndex, Bar bar) {
            double close = bar.close();
            double previous = lastClose[instrumentIndex];
            lastClose[instrumentIndex] = close;
            if (previous <= 0) {
                return;
            }
            double[] ring = returns[instrumentIndex];
            ring[next[instrumentIndex]] = close / previous - 1;
            next[instrumentIndex] = (next[instrumentIndex] + 1) % ring.length;
            count[instrumentIndex] = Math.min(count[instrumentIndex] + 1, ring.length);
        }

        @Override
        public long slippageRaw(int instrumentIndex, OrderSide side, long priceRaw, long quantityRaw, Bar bar) {
            double sigma = sigma(instrumentIndex);
            double volume = bar.volume();
            double participation = volume > 0 ? Math.min(1, FixedPoint.quantityToDouble(quantityRaw) / volume) : 1;
            return FixedPoint.priceFromDouble(FixedPoint.priceToDouble(priceRaw) * config.k() * sigma * Math.sqrt(participation));
        }

        /** Sample standard deviation of the returns in the window; 0 with fewer than two. */
        double sigma(int instrumentIndex) {
            int n = count[instrumentIndex];
            if (n < 2) {
                return 0;
            }
            double[] ring = returns[instrumentIndex];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += ring[i];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double d = ring[i] - mean;
                squares += d * d;
            }
            return Math.sqrt(squares / (n - 1));
        }

        @Override
        public String toString() {
            return config.toString();
        }
    }
}
