package wave.engine.pretrade;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.engine.account.AccountConfig;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** Every order, whatever placed it, crosses the one pre-trade path. */
class PreTradePathScenarioTest {
    /** A margin account buys 2,000 at 10 on 01-03; the close of 6 on 01-04 calls for margin; 01-08 ends the data. */
    static final String BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=10 H=10 L=10 C=10
            2024-01-04 O=8 H=8 L=6 C=6
            2024-01-05 O=6.5 H=7 L=6 C=7
            2024-01-08 O=7 H=7.5 L=7 C=7.5
            """;

    /** Records what each order looked like at the check, and lets it through (or denies everything). */
    static final class RecordingCheck implements PreTradeCheck {
        final List<String> seen = new ArrayList<>();
        final boolean denyAll;

        RecordingCheck(boolean denyAll) {
            this.denyAll = denyAll;
        }

        @Override
        public Denial check(PreTradeRequest request) {
            OrderTicket t = request.ticket();
            seen.add(t.id() + " " + t.strategyId() + " " + t.side() + " " + t.type() + " qty "
                    + (request.isNotional() ? "notional" : wave.domain.money.FixedPoint.formatQuantity(request.quantityRaw()))
                    + " est " + wave.domain.money.FixedPoint.formatMoney(request.notionalRaw()));
            return denyAll ? new Denial(DenyReason.RISK_LIMIT, "deny-all test rule") : null;
        }
    }

    static BacktestConfig marginClosingAtEnd() {
        return Backtests.withCash("10000").withAccount(AccountConfig.margin("0.5", "0.25")).withCloseAtEnd(true);
    }

    /** Helper orders, a bracket and an OCO pair on 01-02; a small buy after the liquidation, closed at the end. */
    static ScriptedStrategy everyRoute() {
        return new ScriptedStrategy()
                .on("2024-01-02", x -> {
                    x.marketBuy(1900);
                    x.bracketOrder(OrderSide.BUY, 100, null, "5", "20");
                    x.link(x.limitOrder(OrderSide.BUY, 10, "1"), x.limitOrder(OrderSide.BUY, 10, "2"));
                })
                .on("2024-01-05", x -> x.marketBuy(10));
    }

    @Test
    void aRecordingCheckSeesEveryRouteWithTheOrdersTerms() {
        RecordingCheck check = new RecordingCheck(false);
        ScriptedStrategy s = everyRoute();
        BacktestResult r = new Backtest(marginClosingAtEnd(), List.of(Bars.table(BARS)), "test", id -> s, true)
                .addPreTradeCheck(check).run();

        assertThat(check.seen).containsExactly(
                "O-1 test:ACME BUY MARKET qty 1900 est 19000",                             // strategy helper
                "O-2 test:ACME BUY MARKET qty 100 est 1000",                              // bracket entry
                "O-5 test:ACME BUY LIMIT qty 10 est 10",                                  // OCO legs
                "O-6 test:ACME BUY LIMIT qty 10 est 20",
                "O-3 test:ACME SELL STOP qty 100 est 500",                                // bracket exits, when the entry fills
                "O-4 test:ACME SELL LIMIT qty 100 est 2000",
                "O-7 margin-call SELL MARKET qty 2000 est 12000",                         // margin liquidation
                "O-8 test:ACME BUY MARKET qty 10 est 70",                                  // at the close of 7
                "O-9 end-of-data SELL MARKET qty 10 est 75");                             // close at end
        assertThat(r.marginCalls()).hasSize(1);
        assertThat(r.fills()).extracting(f -> f.orderId().toString()).containsExactly("O-1", "O-2", "O-7", "O-8", "O-9");
    }

    @Test
    void aDenyAllCheckGivesNoFillAndOneDenialPerOrderSent() {
        RecordingCheck check = new RecordingCheck(true);
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
            x.marketBuy(100);
            x.marketBuyAllIn();
            x.bracketOrder(OrderSide.BUY, 100, null, "5", "20");
            x.limitOrder(OrderSide.BUY, 10, "9");
        }).on("2024-01-03", x -> x.marketBuy(5));
        BacktestResult r = new Backtest(marginClosingAtEnd(), List.of(Bars.table(BARS)), "test", id -> s, true)
                .addPreTradeCheck(check).run();

        assertThat(r.fills()).isEmpty();
        List<OrderDenied> denials = r.events().stream().filter(OrderDenied.class::isInstance).map(OrderDenied.class::cast)
                .toList();
        assertThat(denials).hasSize(check.seen.size()).hasSize(5)
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo(DenyReason.RISK_LIMIT))
                .extracting(d -> d.orderId().toString()).containsExactly("O-1", "O-2", "O-3", "O-6", "O-7");
        // the bracket's exits never reach the check: they are canceled with their denied entry
        assertThat(EventText.of(r.events())).contains("2024-01-02 O-4 canceled: bracket: entry O-3 denied",
                "2024-01-02 O-5 canceled: bracket: entry O-3 denied");
        assertThat(s.tickets).extracting(OrderTicket::status).containsOnly(OrderStatus.DENIED, OrderStatus.CANCELED);
        assertThat(r.finalEquityRaw()).isEqualTo(raw("10000"));
        // the strategy heard each denial of its orders
        assertThat(s.events).filteredOn(OrderDenied.class::isInstance).hasSize(5);
    }
}
