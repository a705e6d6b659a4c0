package wave.engine.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import wave.domain.market.Bar;
import wave.domain.market.OhlcvBar;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.TrailingOffset;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/**
 * A test strategy that does what the scenario tells it on given dates ({@code on("2024-01-02", s -> s.marketBuy(10))})
 * and records everything it sees: bars, order events, fills, the position at each bar, start/stop calls.
 */
public class ScriptedStrategy extends Strategy<ScriptedStrategy.Params> {
    /** No parameters. */
    public record Params() {
    }

    private final Map<Long, List<Consumer<ScriptedStrategy>>> actions = new HashMap<>();
    private final List<Consumer<ScriptedStrategy>> everyBar = new ArrayList<>();
    /** Every bar handed to {@code onBar}, as snapshots. */
    public final List<OhlcvBar> bars = new ArrayList<>();
    /** Signed position quantity (raw) when each bar was handed to {@code onBar}. */
    public final List<Long> positionAtBar = new ArrayList<>();
    /** Every event of this strategy's orders, as delivered to {@code onOrderEvent}. */
    public final List<OrderEvent> events = new ArrayList<>();
    /** Every fill, as delivered to {@code onFill}. */
    public final List<OrderFilled> fills = new ArrayList<>();
    /** Tickets of the orders placed, in order. */
    public final List<OrderTicket> tickets = new ArrayList<>();
    /** Number of {@code onStart} / {@code onStop} calls. */
    public int starts;
    public int stops;
    private Bar current;

    public ScriptedStrategy() {
        super(new Params());
    }

    /** Runs {@code action} when the bar of {@code isoDate} (or UTC date-time) is handed to the strategy. */
    public ScriptedStrategy on(String isoDate, Consumer<ScriptedStrategy> action) {
        actions.computeIfAbsent(Bars.ts(isoDate), k -> new ArrayList<>()).add(action);
        return this;
    }

    /** Runs {@code action} on every bar (after the dated actions). */
    public ScriptedStrategy onEveryBar(Consumer<ScriptedStrategy> action) {
        everyBar.add(action);
        return this;
    }

    @Override
    protected void onStart() {
        starts++;
    }

    @Override
    protected void onBar(Bar bar) {
        current = bar;
        bars.add(bar.snapshot());
        positionAtBar.add(position().quantityRaw());
        for (Consumer<ScriptedStrategy> action : actions.getOrDefault(bar.tsNanos(), List.of())) {
            action.accept(this);
        }
        for (Consumer<ScriptedStrategy> action : everyBar) {
            action.accept(this);
        }
    }

    @Override
    protected void onOrderEvent(OrderEvent event) {
        events.add(event);
    }

    @Override
    protected void onFill(OrderFilled fill) {
        fills.add(fill);
    }

    @Override
    protected void onStop() {
        stops++;
    }

    /** The bar being handled (valid inside an action only). */
    public Bar bar() {
        return current;
    }

    /** The ticket placed {@code i}-th (0-based). */
    public OrderTicket ticket(int i) {
        return tickets.get(i);
    }

    private OrderTicket keep(OrderTicket ticket) {
        if (ticket != null) {
            tickets.add(ticket);
        }
        return ticket;
    }

    // ---- order helpers, public for the scenarios -------------------------------------------------------

    public OrderTicket marketBuy(long units) {
        return keep(buy(Quantity.of(units)));
    }

    public OrderTicket marketBuy(Sizing sizing) {
        return keep(buy(sizing));
    }

    public OrderTicket marketBuyDefaultSize() {
        return keep(buy());
    }

    public OrderTicket marketBuyAllIn() {
        return keep(buyAllIn());
    }

    public OrderTicket marketSell(long units) {
        return keep(sell(Quantity.of(units)));
    }

    public OrderTicket shortSale() {
        return keep(sellShort());
    }

    public OrderTicket limitOrder(OrderSide side, long units, String limitPrice) {
        return keep(limit(side, Quantity.of(units), Price.of(limitPrice)));
    }

    public OrderTicket stopOrder(OrderSide side, long units, String stopPrice) {
        return keep(stop(side, Quantity.of(units), Price.of(stopPrice)));
    }

    public OrderTicket stopLimitOrder(OrderSide side, long units, String stopPrice, String limitPrice) {
        return keep(stopLimit(side, Quantity.of(units), Price.of(stopPrice), Price.of(limitPrice)));
    }

    public OrderTicket trailingStopOrder(OrderSide side, long units, TrailingOffset offset) {
        return keep(trailingStop(side, Quantity.of(units), offset));
    }

    public OrderTicket marketOnOpenOrder(OrderSide side, long units) {
        return keep(marketOnOpen(side, Quantity.of(units)));
    }

    public OrderTicket marketOnCloseOrder(OrderSide side, long units) {
        return keep(marketOnClose(side, Quantity.of(units)));
    }

    public OrderTicket place(OrderRequest request) {
        return keep(submit(request));
    }

    /** A bracket; its three tickets are kept in order (entry, stop-loss, take-profit). */
    public BracketTicket bracketOrder(OrderSide side, long units, String entryLimitOrNull, String stopLoss, String takeProfit) {
        return keep(bracket(side, Quantity.of(units), entryLimitOrNull == null ? null : Price.of(entryLimitOrNull),
                Price.of(stopLoss), Price.of(takeProfit)));
    }

    public BracketTicket bracketOrder(OrderRequest entry, String stopLoss, String takeProfit) {
        return keep(bracket(entry, Price.of(stopLoss), Price.of(takeProfit)));
    }

    private BracketTicket keep(BracketTicket bracket) {
        tickets.add(bracket.entry());
        tickets.add(bracket.stopLoss());
        tickets.add(bracket.takeProfit());
        return bracket;
    }

    public void link(OrderTicket... group) {
        oco(group);
    }

    /** Modifies a ticket; null arguments keep the current values. */
    public void modifyOrder(OrderTicket ticket, Long units, String limit, String stop) {
        modify(ticket, units == null ? null : Quantity.of(units), limit == null ? null : Price.of(limit),
                stop == null ? null : Price.of(stop));
    }

    public OrderTicket flatten() {
        return keep(closePosition());
    }

    public void cancelOrder(OrderTicket ticket) {
        cancel(ticket);
    }

    public long positionRaw() {
        return position().quantityRaw();
    }

    public long cashRaw() {
        return portfolio().cashRaw();
    }

    public long equityRaw() {
        return portfolio().equityRaw();
    }
}
