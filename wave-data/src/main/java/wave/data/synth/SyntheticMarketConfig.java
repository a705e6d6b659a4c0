package wave.data.synth;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * Configuration of {@link SyntheticMarket}, validated on construction. Start from {@link #defaults} and adjust
 * with the withers. Array components are copied in and out.
 *
 * @param seed        random seed: the same configuration gives the same bars
 * @param instruments instruments to generate, distinct, at least one
 * @param bars        bars per instrument ({@code >= 1})
 * @param spec        bar length (see {@link SyntheticMarket} for the calendar)
 * @param start       time of the first bar (daily and longer bars use its UTC date)
 * @param startPrices price before the first bar, per instrument, in price units ({@code > 0})
 * @param correlation correlation matrix of the instruments' standardised return shocks (symmetric, unit
 *                    diagonal, positive definite); with constant volatility it is the correlation of the returns,
 *                    with GARCH the returns correlate slightly less because each instrument's variance moves
 *                    on its own
 * @param garch       per-bar GARCH(1,1) variance of log returns
 * @param jumps       jumps added to log returns
 * @param regimes     regime chain and per-regime behaviour
 * @param tickRaw     price tick, raw price ({@link #CENT_TICK_RAW} = 0.01); every price is a multiple of it
 * @param meanVolume  mean volume per bar in units of the instrument ({@code > 0})
 */
public record SyntheticMarketConfig(long seed, List<InstrumentId> instruments, int bars, BarSpec spec, Instant start,
                                    double[] startPrices, double[][] correlation, GarchParams garch, JumpParams jumps,
                                    RegimeParams regimes, long tickRaw, double meanVolume) {
    /** Tick of 0.01 as a raw fixed-point value. */
    public static final long CENT_TICK_RAW = Scales.PRICE / 100;

    private static final double DAILY_VOLATILITY = 0.012;
    private static final double DAILY_REGIME_SWITCH = 0.02;
    private static final double DAILY_TREND_DRIFT = 0.0008;
    private static final double DAILY_MEAN_REVERSION = 0.05;
    private static final double DAILY_JUMP_INTENSITY = 0.01;
    private static final double DAILY_VOLUME = 1_000_000;
    private static final double DEFAULT_CORRELATION = 0.3;
    private static final int TRADING_DAYS_PER_WEEK = 5;
    private static final int TRADING_DAYS_PER_MONTH = 21;
    private static final double MINUTES_PER_DAY = 1440;

    /** Validates every component (the correlation matrix by factoring it). */
    public SyntheticMarketConfig {
        instruments = List.copyOf(instruments);
        int n = instruments.size();
        if (n == 0 || new HashSet<>(instruments).size() != n) {
            throw new IllegalArgumentException("need at least one instrument and no duplicates, got " + instruments);
        }
        if (bars < 1) {
            throw new IllegalArgumentException("bars must be >= 1, got " + bars);
        }
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(start, "start");
        startPrices = Objects.requireNonNull(startPrices, "startPrices").clone();
        if (startPrices.length != n || Arrays.stream(startPrices).anyMatch(p -> !(p > 0) || !Double.isFinite(p))) {
            throw new IllegalArgumentException("need " + n + " positive start prices, got " + Arrays.toString(startPrices));
        }
        correlation = copyCorrelation(correlation, n);
        Cholesky.factor(correlation);
        Objects.requireNonNull(garch, "garch");
        Objects.requireNonNull(jumps, "jumps");
        Objects.requireNonNull(regimes, "regimes");
        if (tickRaw <= 0) {
            throw new IllegalArgumentException("tick must be > 0, got raw " + tickRaw);
        }
        if (!(meanVolume > 0) || !Double.isFinite(meanVolume)) {
            throw new IllegalArgumentException("mean volume must be > 0, got " + meanVolume);
        }
    }

    /**
     * Defaults scaled to the bar length (a daily bar is one trading day, a week five, a month 21, an intraday
     * bar its share of a 24-hour day): about 1.2% daily volatility with GARCH alpha 0.08 and beta 0.90,
     * correlation 0.3 between instruments, about 2.5 jumps a year of N(-1%, 4%), sticky regimes switching with
     * 2% chance a day (trend drift 0.08% a day, mean reversion 5% a day, volatile regime at 2x volatility),
     * start price 100, tick 0.01, 1,000,000 units of volume a day, first bar 2020-01-01 UTC.
     */
    public static SyntheticMarketConfig defaults(long seed, List<InstrumentId> instruments, int bars, BarSpec spec) {
        double days = tradingDays(spec);
        int n = instruments.size();
        double[] prices = new double[n];
        Arrays.fill(prices, 100);
        double switchProbability = 1 - Math.pow(1 - DAILY_REGIME_SWITCH, days);
        RegimeParams regimes = RegimeParams.sticky(switchProbability,
                new RegimeBehaviour(DAILY_TREND_DRIFT * days, 0, 0.8),
                new RegimeBehaviour(0, 1 - Math.pow(1 - DAILY_MEAN_REVERSION, days), 0.8),
                new RegimeBehaviour(0, 0, 2.0));
        return new SyntheticMarketConfig(seed, instruments, bars, spec, Instant.parse("2020-01-01T00:00:00Z"), prices,
                pairwise(n, n > 1 ? DEFAULT_CORRELATION : 0), GarchParams.ofVolatility(DAILY_VOLATILITY * Math.sqrt(days), 0.08, 0.90),
                new JumpParams(Math.min(1, DAILY_JUMP_INTENSITY * days), -0.01, 0.04), regimes, CENT_TICK_RAW,
                DAILY_VOLUME * days);
    }

    /** An {@code n x n} correlation matrix with {@code rho} off the diagonal. */
    public static double[][] pairwise(int n, double rho) {
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(matrix[i], rho);
            matrix[i][i] = 1;
        }
        return matrix;
    }

    private static double tradingDays(BarSpec spec) {
        return switch (spec.unit()) {
            case MINUTE, HOUR -> spec.duration().toMinutes() / MINUTES_PER_DAY;
            case DAY -> spec.count();
            case WEEK -> TRADING_DAYS_PER_WEEK * spec.count();
            case MONTH -> TRADING_DAYS_PER_MONTH * spec.count();
        };
    }

    private static double[][] copyCorrelation(double[][] matrix, int n) {
        Objects.requireNonNull(matrix, "correlation");
        if (matrix.length != n) {
            throw new IllegalArgumentException("correlation matrix must be " + n + " x " + n);
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new IllegalArgumentException("correlation matrix must be " + n + " x " + n);
            }
            copy[i] = matrix[i].clone();
        }
        for (int i = 0; i < n; i++) {
            if (copy[i][i] != 1) {
                throw new IllegalArgumentException("correlation diagonal must be 1, got " + copy[i][i] + " at " + i);
            }
            for (int j = 0; j < n; j++) {
                if (!(Math.abs(copy[i][j]) <= 1) || copy[i][j] != copy[j][i]) {
                    throw new IllegalArgumentException("correlation must be symmetric within [-1, 1], got "
                            + copy[i][j] + " at (" + i + ", " + j + ")");
                }
            }
        }
        return copy;
    }

    /** A copy of the start prices. */
    @Override
    public double[] startPrices() {
        return startPrices.clone();
    }

    /** A copy of the correlation matrix. */
    @Override
    public double[][] correlation() {
        double[][] copy = new double[correlation.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = correlation[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyntheticMarketConfig o && seed == o.seed && instruments.equals(o.instruments)
                && bars == o.bars && spec.equals(o.spec) && start.equals(o.start) && Arrays.equals(startPrices, o.startPrices)
                && Arrays.deepEquals(correlation, o.correlation) && garch.equals(o.garch) && jumps.equals(o.jumps)
                && regimes.equals(o.regimes) && tickRaw == o.tickRaw && Double.compare(meanVolume, o.meanVolume) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, instruments, bars, spec, start, Arrays.hashCode(startPrices),
                Arrays.deepHashCode(correlation), garch, jumps, regimes, tickRaw, meanVolume);
    }

    @Override
    public String toString() {
        return "SyntheticMarketConfig[seed=" + seed + ", instruments=" + instruments + ", bars=" + bars + ", spec=" + spec
                + ", start=" + start + ", startPrices=" + Arrays.toString(startPrices) + ", correlation="
                + Arrays.deepToString(correlation) + ", garch=" + garch + ", jumps=" + jumps + ", regimes=" + regimes
                + ", tickRaw=" + tickRaw + ", meanVolume=" + meanVolume + "]";
    }

    /** With another seed. */
    public SyntheticMarketConfig withSeed(long newSeed) {
        return new SyntheticMarketConfig(newSeed, instruments, bars, spec, start, startPrices, correlation, garch, jumps,
                regimes, tickRaw, meanVolume);
    }

    /** With another number of bars. */
    public SyntheticMarketConfig withBars(int newBars) {
        return new SyntheticMarketConfig(seed, instruments, newBars, spec, start, startPrices, correlation, garch, jumps,
                regimes, tickRaw, meanVolume);
    }

    /** With another start time. */
    public SyntheticMarketConfig withStart(Instant newStart) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, newStart, startPrices, correlation, garch, jumps,
                regimes, tickRaw, meanVolume);
    }

    /** With other start prices, one per instrument. */
    public SyntheticMarketConfig withStartPrices(double... prices) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, prices, correlation, garch, jumps,
                regimes, tickRaw, meanVolume);
    }

    /** With one correlation {@code rho} between every pair of instruments. */
    public SyntheticMarketConfig withCorrelation(double rho) {
        return withCorrelation(pairwise(instruments.size(), rho));
    }

    /** With a full correlation matrix. */
    public SyntheticMarketConfig withCorrelation(double[][] matrix) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, startPrices, matrix, garch, jumps,
                regimes, tickRaw, meanVolume);
    }

    /** With other GARCH parameters. */
    public SyntheticMarketConfig withGarch(GarchParams params) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, startPrices, correlation, params, jumps,
                regimes, tickRaw, meanVolume);
    }

    /** With other jump parameters. */
    public SyntheticMarketConfig withJumps(JumpParams params) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, startPrices, correlation, garch, params,
                regimes, tickRaw, meanVolume);
    }

    /** With other regimes. */
    public SyntheticMarketConfig withRegimes(RegimeParams params) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, startPrices, correlation, garch, jumps,
                params, tickRaw, meanVolume);
    }

    /** With another price tick, raw fixed point. */
    public SyntheticMarketConfig withTickRaw(long newTickRaw) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, startPrices, correlation, garch, jumps,
                regimes, newTickRaw, meanVolume);
    }

    /** With another mean volume per bar. */
    public SyntheticMarketConfig withMeanVolume(double volume) {
        return new SyntheticMarketConfig(seed, instruments, bars, spec, start, startPrices, correlation, garch, jumps,
                regimes, tickRaw, volume);
    }
}
