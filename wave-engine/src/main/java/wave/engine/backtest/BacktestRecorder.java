package wave.engine.backtest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wave.domain.money.FixedPoint;
import wave.domain.money.WideSum;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.Position;
import wave.engine.account.MarginCall;
import wave.engine.kernel.CorporateActionApplied;
import wave.engine.kernel.KernelListener;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.StrategyNote;

/** Records the equity curve, fills, events and failures of a backtest into preallocated arrays and lists. */
final class BacktestRecorder implements KernelListener {
    private final Portfolio portfolio;
    private final long[] stepNanos;
    private final long[] equityRaw;
    private final long[] cashRaw;
    private final Position[] positions;
    private final long[][] quantityRaw;
    private final long[][] marketValueRaw;
    private final List<OrderFilled> fills = new ArrayList<>();
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<StrategyFailure> failures = new ArrayList<>();
    private final List<StrategyId> halted = new ArrayList<>();
    private final List<MarginCall> marginCalls = new ArrayList<>();
    private final List<StrategyNote> notes = new ArrayList<>();
    private final List<CorporateActionApplied> corporateActions = new ArrayList<>();
    private final boolean recordEvents;
    private int steps;
    private int stepsInMarket;
    private final WideSum tradedNotional = new WideSum();

    BacktestRecorder(Portfolio portfolio, Position[] positions, int expectedSteps, boolean recordEvents) {
        this.portfolio = portfolio;
        this.positions = positions;
        this.quantityRaw = new long[positions.length][expectedSteps];
        this.marketValueRaw = new long[positions.length][expectedSteps];
        this.stepNanos = new long[expectedSteps];
        this.equityRaw = new long[expectedSteps];
        this.cashRaw = new long[expectedSteps];
        this.recordEvents = recordEvents;
    }

    @Override
    public void onStep(long tsNanos) {
        stepNanos[steps] = tsNanos;
        equityRaw[steps] = portfolio.equityRaw();
        cashRaw[steps] = portfolio.cashRaw();
        if (holdings(steps)) {
            stepsInMarket++;
        }
        steps++;
    }

    /** The end-of-data settlement (e.g. closing positions) belongs to the last step: its values are updated. */
    @Override
    public void onEnd(long tsNanos) {
        if (steps > 0) {
            equityRaw[steps - 1] = portfolio.equityRaw();
            cashRaw[steps - 1] = portfolio.cashRaw();
            holdings(steps - 1);
        }
    }

    /** Records what each position holds at {@code step}; true when any is open (one walk for both). */
    private boolean holdings(int step) {
        boolean held = false;
        for (int k = 0; k < positions.length; k++) {
            long quantity = positions[k].quantityRaw();
            quantityRaw[k][step] = quantity;
            marketValueRaw[k][step] = positions[k].marketValueRaw();
            held |= quantity != 0;
        }
        return held;
    }

    /** Only when the result keeps every event: else this recorder reads fills alone. */
    @Override
    public boolean readsOrderAcknowledgements() {
        return recordEvents;
    }

    @Override
    public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
        if (event instanceof OrderFilled fill) {
            fills.add(fill);
            long notional = Math.abs(FixedPoint.notional(fill.priceRaw(), fill.quantityRaw()));
            if (portfolio.fxRates() != null) {
                // multi-currency: traded notional in the base currency at the fill's step rate
                notional = portfolio.toBaseRaw(portfolio.position(fill.instrument()).instrument().quoteCurrency(), notional);
            }
            tradedNotional.add(notional);
        }
        if (recordEvents) {
            events.add(event);
        }
    }

    @Override
    public void onNote(StrategyNote note) {
        notes.add(note);
    }

    @Override
    public void onCorporateAction(CorporateActionApplied action) {
        corporateActions.add(action);
    }

    @Override
    public void onMarginCall(MarginCall call) {
        marginCalls.add(call);
    }

    @Override
    public void onStrategyError(StrategyId strategy, String callback, long tsNanos, RuntimeException error) {
        failures.add(new StrategyFailure(strategy, callback, tsNanos, error));
    }

    @Override
    public void onStrategyHalted(StrategyId strategy, long tsNanos) {
        halted.add(strategy);
    }

    int steps() {
        return steps;
    }

    int stepsInMarket() {
        return stepsInMarket;
    }

    BigDecimal tradedNotional() {
        return tradedNotional.toBigDecimal();
    }

    long[] stepNanos() {
        return trimmed(stepNanos);
    }

    long[] equityRaw() {
        return trimmed(equityRaw);
    }

    long[] cashRaw() {
        return trimmed(cashRaw);
    }

    Holdings holdings() {
        long[][] quantities = new long[positions.length][];
        long[][] values = new long[positions.length][];
        for (int k = 0; k < positions.length; k++) {
            quantities[k] = trimmed(quantityRaw[k]);
            values[k] = trimmed(marketValueRaw[k]);
        }
        return new Holdings(quantities, values);
    }

    /** The array itself when every expected step ran (the usual case), else a copy of the steps that ran. */
    private long[] trimmed(long[] values) {
        return steps == values.length ? values : Arrays.copyOf(values, steps);
    }

    List<OrderFilled> fills() {
        return fills;
    }

    List<OrderEvent> events() {
        return events;
    }

    List<StrategyFailure> failures() {
        return failures;
    }

    List<StrategyId> halted() {
        return halted;
    }

    List<StrategyNote> notes() {
        return notes;
    }

    List<CorporateActionApplied> corporateActions() {
        return corporateActions;
    }

    List<MarginCall> marginCalls() {
        return marginCalls;
    }
}
