package wave.app.arch;

import wave.domain.market.Bar;
import wave.domain.money.Currency;
import wave.domain.money.Quantity;
import wave.domain.order.Order;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.Position;
import wave.domain.portfolio.PositionView;
import wave.engine.kernel.Kernel;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.Strategy;

/**
 * Test-only classes for {@link ReadOnlyViewRuleTest}: strategies that reach past their read-only views to a mutator
 * (and one that keeps to the views). They live in the test sources, so the production import of {@link LayeringTest}
 * never sees them.
 */
final class ReadOnlyViewFixtures {
    private ReadOnlyViewFixtures() {
    }

    /** No parameters. */
    record NoParams() {
    }

    /** Casts the portfolio view back to the account and books a dividend and a deposit on it. */
    static final class PortfolioCastStrategy extends Strategy<NoParams> {
        PortfolioCastStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            Portfolio account = (Portfolio) portfolio();
            account.applyDividend(instrument(), bar.closeRaw());
            account.deposit(Currency.USD, bar.closeRaw());
        }
    }

    /** Casts the position view back to the position and marks it at a price of its own. */
    static final class PositionMarkStrategy extends Strategy<NoParams> {
        PositionMarkStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            ((Position) position()).mark(bar.highRaw());
        }
    }

    /**
     * Casts its ticket's order view back to the order to reach the mutable type (its {@code apply} is protected, so
     * the order manager alone can move it; the cast itself is what the rule flags).
     */
    static final class OrderCastStrategy extends Strategy<NoParams> {
        private OrderTicket entry;

        OrderCastStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            if (entry == null) {
                entry = buy(Quantity.of(1));
            } else if (entry.order() != null) {
                ((Order) entry.order()).checkUpdate(entry.quantityRaw() * 2, entry.limitPriceRaw(), entry.stopPriceRaw());
            }
        }
    }

    /** Is handed the order manager and the kernel, and uses them from a nested helper. */
    static final class EngineHandleStrategy extends Strategy<NoParams> {
        private final OrderManager orders;
        private final Kernel kernel;

        EngineHandleStrategy(OrderManager orders, Kernel kernel) {
            super(new NoParams());
            this.orders = orders;
            this.kernel = kernel;
        }

        @Override
        protected void onBar(Bar bar) {
            Helper.cancelAll(orders, nowNanos());
            Helper.topUp(kernel);
        }

        static final class Helper {
            static void cancelAll(OrderManager orders, long nowNanos) {
                for (OrderTicket ticket : orders.tickets()) {
                    orders.cancel(ticket, nowNanos, "by hand");
                }
            }

            static void topUp(Kernel kernel) {
                kernel.portfolio().deposit(Currency.USD, 1);
            }
        }
    }

    /** Reads the account, its position and its order through the views only: allowed. */
    static final class ViewsOnlyStrategy extends Strategy<NoParams> {
        private OrderTicket entry;
        long seen;

        ViewsOnlyStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            PortfolioView account = portfolio();
            long total = account.equityRaw() + account.cashRaw() + account.grossExposureRaw() + account.closedTrades().size();
            for (PositionView p : account.positions()) {
                total += p.marketValueRaw();
            }
            total += position().markRaw() + position().unrealizedPnlRaw();
            if (entry == null) {
                entry = buy(Quantity.of(1));
            } else if (entry.order() != null) {
                total += entry.order().filledQuantityRaw();
            }
            seen = total;
        }
    }
}
