package wave.spec;

import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.sizing.BookCorrelation;
import wave.indicators.BarIndicator;

/**
 * A strategy running a {@link wave.spec.model.StrategySpec}, long, short or both. Everything is evaluated at the
 * close of each bar, after the bar's indicators were updated:
 *
 * <ol>
 *   <li>Every indicator of the spec is fed the bar, then every rule is evaluated (crossings and
 *       {@code for N bars} counts see every bar, warm-up included). {@code onBar} starts, as for a Java strategy,
 *       once every indicator is warmed up.</li>
 *   <li>Flat: when {@code entry.long} holds, a market buy is placed; else when {@code entry.short} holds, a market
 *       short sale; with the spec's sizing, or the run's sizing when the spec has none. A sizing model turns the
 *       signal bar's close and its volatility or ATR into a percentage of equity (see {@link ModelSizing}), scaled
 *       down by its correlation with the positions the account holds when the spec asks (see
 *       {@link BookCorrelation}); a zero size (no Kelly edge, volatility or ATR not known yet) places no order.</li>
 *   <li>Long: when {@code exit.long} holds, the close breaches a risk level, or {@code entry.short} holds, a market
 *       order closes the whole position. In the last case the short sale follows once the position is flat: it is
 *       placed at the close of the bar on which the closing order filled, unless an entry rule holds there (its
 *       side wins); two orders of one bar could not both be sized from the cash. Short: the mirror, with
 *       {@code exit.short} and {@code entry.long}.</li>
 * </ol>
 *
 * <p>Risk levels are measured from the entry fill price (see {@link StopRules}). Orders placed at bar t's close
 * fill at the open of bar t+1 (the run's fill model), so a stop is an exit at market on the next bar, not an
 * intrabar stop order: a gap can fill it well beyond its level. An instrument that does not match the spec's
 * {@code instruments} patterns is never traded.
 */
public final class SpecStrategy extends Strategy<SpecParams> {
    private final SpecStrategyDefinition definition;
    private final Condition entryLong;
    private final Condition exitLong;
    private final Condition entryShort;
    private final Condition exitShort;
    private final StopRules stops;
    private final Sizing sizing;
    private final ModelSizing model;
    private final BookCorrelation correlation;
    private boolean active;
    /** The side to enter once flat after a reversal: 1 long, -1 short, 0 none. */
    private int pending;

    SpecStrategy(SpecStrategyDefinition definition, SpecParams params, SpecCompiler.Compiled compiled) {
        super(params);
        this.definition = definition;
        this.entryLong = compiled.entryLong();
        this.exitLong = compiled.exitLong();
        this.entryShort = compiled.entryShort();
        this.exitShort = compiled.exitShort();
        this.stops = compiled.stops();
        this.sizing = definition.spec().sizing();
        this.model = compiled.sizing();
        this.correlation = compiled.correlation();
        indicator(compiled.engine());
        if (correlation != null) {
            indicator(new BookSampler());
        }
    }

    /** The definition this strategy was created from. */
    public SpecStrategyDefinition definition() {
        return definition;
    }

    @Override
    protected void onStart() {
        active = definition.appliesTo(instrument());
    }

    @Override
    protected void onBar(Bar bar) {
        if (!active) {
            return;
        }
        if (isLong()) {
            boolean reverse = holds(entryShort);
            if (stops.breachedLong(bar.close()) || holds(exitLong) || reverse) {
                closePosition();
                pending = reverse ? -1 : 0;
            }
        } else if (isShort()) {
            boolean reverse = holds(entryLong);
            if (stops.breachedShort(bar.close()) || holds(exitShort) || reverse) {
                closePosition();
                pending = reverse ? 1 : 0;
            }
        } else {
            int side = holds(entryLong) ? 1 : holds(entryShort) ? -1 : pending;
            pending = 0;
            if (side != 0) {
                enter(side > 0, bar);
            }
        }
        stops.barClosed();
    }

    private static boolean holds(Condition rule) {
        return rule != null && rule.value();
    }

    private void enter(boolean isLong, Bar bar) {
        if (model != null) {
            double scale = correlation == null ? 1 : correlation.factor(instrument(), isLong, portfolio());
            Sizing sized = model.sizing(bar.close(), scale);
            if (sized != null) {
                if (isLong) {
                    buy(sized);
                } else {
                    sellShort(sized);
                }
            }
            return;
        }
        if (isLong) {
            if (sizing == null) {
                buy();
            } else {
                buy(sizing);
            }
        } else if (sizing == null) {
            sellShort();
        } else {
            sellShort(sizing);
        }
    }

    /**
     * Samples the marks of the account's positions at each bar for the correlation scaling (every bar, warm-up
     * included); the strategy's first bar waits for {@code lookback} returns, as for the volatility of a model.
     */
    private final class BookSampler implements BarIndicator {
        @Override
        public void update(double open, double high, double low, double close, double volume) {
            correlation.sample(portfolio(), nowNanos());
        }

        @Override
        public boolean isReady() {
            return correlation.isReady();
        }

        @Override
        public int warmupPeriod() {
            return correlation.lookback() + 1;
        }

        @Override
        public void reset() {
            correlation.reset();
        }
    }

    @Override
    protected void onFill(OrderFilled fill) {
        long held = position().quantityRaw();
        if (held == 0) {
            stops.onFlat();
        } else if ((held > 0) == (fill.side() == OrderSide.BUY)) {
            stops.onEntry(FixedPoint.priceToDouble(position().averagePriceRaw()), Math.abs(held) == fill.quantityRaw(), held > 0);
        }
    }
}
