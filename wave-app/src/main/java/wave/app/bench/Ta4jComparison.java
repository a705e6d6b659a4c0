package wave.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The same SMA fast/slow crossover run by ta4j (the common Java TA library; {@code DoubleNum}, its fastest number
 * type): enter when the fast SMA crosses above the slow one, exit when it crosses below, through ta4j's own backtest
 * loop ({@code BarSeriesManager}). The bars are converted before timing; only the backtest is timed.
 */
public final class Ta4jComparison {
    private final BarSeries series;

    /** Converts Wave's bars to a ta4j series (not timed). */
    public Ta4jComparison(wave.domain.market.BarSeries bars) {
        this.series = new BaseBarSeriesBuilder().withName(bars.instrument().toString())
                .withNumFactory(DoubleNumFactory.getInstance()).build();
        Duration length = bars.spec().duration();
        for (int i = 0; i < bars.size(); i++) {
            Instant start = Instant.ofEpochSecond(0, bars.tsNanos(i));
            series.barBuilder().timePeriod(length).endTime(start.plus(length)).openPrice(bars.open(i)).highPrice(bars.high(i))
                    .lowPrice(bars.low(i)).closePrice(bars.close(i)).volume(bars.volume(i)).add();
        }
    }

    /**
     * One measurement: median bars per second and the positions ta4j opened.
     *
     * @param medianBarsPerSecond median over the measured runs
     * @param positions           positions (entry and exit pairs) in the trading record
     */
    public record Measurement(double medianBarsPerSecond, int positions) {
    }

    /** Median bars per second of {@code runs} backtests after {@code warmups}. */
    public Measurement measure(int fast, int slow, int warmups, int runs) {
        int positions = 0;
        for (int i = 0; i < warmups; i++) {
            positions = run(fast, slow).getPositionCount();
        }
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            positions = run(fast, slow).getPositionCount();
            rates[i] = series.getBarCount() / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        return new Measurement(rates[runs / 2], positions);
    }

    private TradingRecord run(int fast, int slow) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fastSma = new SMAIndicator(close, fast);
        SMAIndicator slowSma = new SMAIndicator(close, slow);
        Strategy strategy = new BaseStrategy(new CrossedUpIndicatorRule(fastSma, slowSma),
                new CrossedDownIndicatorRule(fastSma, slowSma), slow);
        return new BarSeriesManager(series).run(strategy);
    }
}
