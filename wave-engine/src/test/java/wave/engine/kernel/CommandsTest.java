package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.money.Quantity;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderStatus;
import wave.domain.order.StrategyId;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/** Commands change the kernel's trading state on its thread, in arrival order. */
class CommandsTest {
    static final StrategyId ID = new StrategyId("cmd");

    /** Buys 10 on every bar, sells 5 on every third; records tickets, events and parameters. */
    static final class Trader extends Strategy<Trader.Params> {
        record Params() {
        }

        final List<OrderTicket> tickets = new ArrayList<>();
        final List<OrderEvent> events = new ArrayList<>();
        final List<String> parameters = new ArrayList<>();
        int bars;

        Trader() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            bars++;
            tickets.add(bars % 3 == 0 ? sell(Quantity.of(5)) : buy(Quantity.of(10)));
        }

        @Override
        protected void onOrderEvent(OrderEvent event) {
            events.add(event);
        }

        @Override
        protected void onParameter(String name, String value) {
            if (!name.equals("threshold")) {
                throw new IllegalArgumentException("unknown parameter " + name);
            }
            parameters.add(name + "=" + value);
        }
    }

    @Test
    void reduceOnlyDeniesOrdersThatWouldIncreaseAPositionAndHaltStopsTheStrategy() {
        Trader trader = new Trader();
        Kernel kernel = LiveKernels.paper(ID, trader);
        InboundQueue inbound = new InboundQueue(64);
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(0)));   // buy 10 (O-1)
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(1)));   // O-1 fills; buy 10 (O-2)
        inbound.offer(new Command.ReduceOnly(ID, true));
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(2)));   // O-2 fills (20 held); sell 5 passes (O-3)
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(3)));   // O-3 fills (15); buy 10 denied (O-4)
        inbound.offer(new Command.SetParameter(ID, "threshold", "0.5"));
        inbound.offer(new Command.SetParameter(ID, "nonsense", "1"));
        inbound.offer(new Command.ReduceOnly(ID, false));
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(4)));   // buy 10 passes (O-5)
        inbound.offer(new Command.HaltStrategy(ID, "operator"));                 // O-5 canceled, no more bars
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(5)));
        inbound.offer(new Command.Shutdown("done"));

        kernel.runLive(inbound);

        assertThat(trader.bars).isEqualTo(5);
        assertThat(trader.tickets).extracting(OrderTicket::status).containsExactly(OrderStatus.FILLED, OrderStatus.FILLED,
                OrderStatus.FILLED, OrderStatus.DENIED, OrderStatus.CANCELED);
        OrderDenied denied = (OrderDenied) trader.events.stream().filter(OrderDenied.class::isInstance).findFirst().orElseThrow();
        assertThat(denied.reason()).isEqualTo(DenyReason.REDUCE_ONLY);
        assertThat(denied.message()).isEqualTo("strategy cmd is reduce-only: BUY 10 ACME.SIM with 15 held would not reduce the position");
        assertThat(trader.tickets.get(4).reason()).isEqualTo("strategy halted");
        assertThat(trader.parameters).containsExactly("threshold=0.5");
        assertThat(kernel.portfolio().position(LiveKernels.ACME).quantityRaw()).isEqualTo(Quantity.of(15).raw());
    }

    @Test
    void haltTradingDeniesEveryOrderOfAStrategyUntilTradingResumes() {
        Trader trader = new Trader();
        Kernel kernel = LiveKernels.paper(ID, trader);
        InboundQueue inbound = new InboundQueue(64);
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(0)));   // buy 10 (O-1)
        inbound.offer(new Command.HaltTrading("ops", "kill switch test"));
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(1)));   // O-1 fills; buy 10 denied (O-2)
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(2)));   // sell 5 denied too (O-3)
        inbound.offer(new Command.ResumeTrading("ops", "checked"));
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(3)));   // buy 10 passes (O-4)
        inbound.offer(new Command.Shutdown("done"));                            // O-4 canceled at the end

        kernel.runLive(inbound);

        assertThat(trader.tickets).extracting(OrderTicket::status).containsExactly(OrderStatus.FILLED, OrderStatus.DENIED,
                OrderStatus.DENIED, OrderStatus.CANCELED);
        List<OrderDenied> denied = trader.events.stream().filter(OrderDenied.class::isInstance).map(OrderDenied.class::cast).toList();
        assertThat(denied).extracting(OrderDenied::reason).containsOnly(DenyReason.TRADING_HALTED);
        assertThat(denied.get(1).message()).isEqualTo("trading is halted: SELL 5 ACME.SIM by cmd is not a liquidation");
    }
}
