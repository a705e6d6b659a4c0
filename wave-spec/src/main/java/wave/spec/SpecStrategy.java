package wave.spec;

import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/**
 * A long-only strategy running a {@link wave.spec.model.StrategySpec}. Everything is evaluated at the close of
 * each bar, after the bar's indicators were updated:
 *
 * <ol>
 *   <li>Every indicator of the spec is fed the bar, then every rule is evaluated (crossings and
 *       {@code for N bars} counts see every bar, warm-up included). {@code onBar} starts, as for a Java strategy,
 *       once every indicator is warmed up.</li>
 *   <li>Flat: when the entry rule holds, a market buy is placed with the spec's sizing, or the run's sizing when
 *       the spec has none.</li>
 *   <li>Long: when the exit rule holds, or the close breaches a risk level, a market order closes the whole
 *       position. Risk levels are measured from the entry fill price (the position's average price): stop-loss
 *       when {@code close <= entry x (1 - stop_loss_pct / 100)}, take-profit when
 *       {@code close >= entry x (1 + take_profit_pct / 100)}, trailing stop when
 *       {@code close <= peak x (1 - trailing_stop_pct / 100)}, the peak being the highest of the entry price and
 *       the closes since the entry (this bar's close included).</li>
 * </ol>
 *
 * <p>Orders placed at bar t's close fill at the open of bar t+1 (the run's fill model), so a stop is an exit at
 * market on the next bar, not an intrabar stop order: a gap can fill it well beyond its level. An instrument that
 * does not match the spec's {@code instruments} patterns is never traded.
 */
public final class SpecStrategy extends Strategy<SpecParams> {
    private final SpecStrategyDefinition definition;
    private final Condition entry;
    private final Condition exit;
    private final StopRules stops;
    private final Sizing sizing;
    private boolean active;

    SpecStrategy(SpecStrategyDefinition definition, SpecParams params, SpecCompiler.Compiled compiled) {
        super(params);
        this.definition = definition;
        this.entry = compiled.entryLong();
        this.exit = compiled.exitLong();
        this.stops = compiled.stops();
        this.sizing = definition.spec().sizing();
        indicator(compiled.engine());
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
        if (isFlat()) {
            if (entry.value()) {
                if (sizing == null) {
                    buy();
                } else {
                    buy(sizing);
                }
            }
        } else if (isLong()) {
            boolean breached = stops.breachedLong(bar.close());
            if (breached || (exit != null && exit.value())) {
                closePosition();
            }
        }
    }

    @Override
    protected void onFill(OrderFilled fill) {
        long held = position().quantityRaw();
        if (held <= 0) {
            stops.onFlat();
        } else if (fill.side() == OrderSide.BUY) {
            stops.onEntry(FixedPoint.priceToDouble(position().averagePriceRaw()), held == fill.quantityRaw());
        }
    }
}
