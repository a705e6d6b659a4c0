package wave.engine.kernel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderFilled;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.PortfolioView;
import wave.engine.market.InstrumentTable;
import wave.engine.order.OrderTicket;
import wave.engine.pretrade.Denial;
import wave.engine.strategy.Budget;

/**
 * Capital budgets of the strategies sharing an account, and each budgeted strategy's own book: a portfolio with no
 * cash of its own that books only that strategy's fills and is marked with the account, so its equity is the
 * strategy's result (realised and unrealised P&amp;L net of fees) and the books of all strategies add up to the
 * account's result. A budget caps the strategy's gross exposure in its book: notional orders are capped at what is
 * left, and an order that would go beyond it is denied ({@code BUDGET_EXCEEDED}).
 */
final class StrategyBudgets {
    private final InstrumentTable instruments;
    private final Portfolio account;
    private final Map<StrategyId, Budget> budgets = new HashMap<>();
    private final Map<StrategyId, Portfolio> books = new LinkedHashMap<>();
    private Portfolio[] bookArray = new Portfolio[0];

    StrategyBudgets(InstrumentTable instruments, Portfolio account) {
        this.instruments = instruments;
        this.account = account;
    }

    void use(StrategyId strategy, Budget budget) {
        budgets.put(strategy, budget);
        Portfolio book = new Portfolio(account.baseCurrency(), 0);
        for (int k = 0; k < instruments.size(); k++) {
            book.position(instruments.get(k));
        }
        books.put(strategy, book);
        bookArray = books.values().toArray(Portfolio[]::new);
    }

    boolean isEmpty() {
        return bookArray.length == 0;
    }

    /** The strategy's own book, or null when it has no budget. */
    PortfolioView book(StrategyId strategy) {
        return books.get(strategy);
    }

    /** The strategy's capital: its budget for the account's equity now, or the account's equity without a budget. */
    long capitalRaw(StrategyId strategy) {
        Budget budget = budgets.get(strategy);
        return budget == null ? account.equityRaw() : budget.amountRaw(account.equityRaw());
    }

    void onFill(StrategyId strategy, OrderFilled fill) {
        Portfolio book = books.get(strategy);
        if (book != null) {
            book.apply(fill);
        }
    }

    void mark(InstrumentId instrument, long closeRaw) {
        for (Portfolio book : bookArray) {
            book.position(instrument).mark(closeRaw);
        }
    }

    /**
     * Checks an order of a budgeted strategy (others pass): a notional order is capped at the budget left (denied
     * when none is), a quantity order that increases the book's position may not take its exposure beyond the budget.
     *
     * @param estimateRaw the order's estimated cost, raw (a notional order's cash amount)
     */
    Denial check(OrderTicket ticket, long quantityRaw, long estimateRaw, OrderCapper capper) {
        Budget budget = budgets.get(ticket.strategyId());
        if (budget == null) {
            return null;
        }
        Portfolio book = books.get(ticket.strategyId());
        long capital = budget.amountRaw(account.equityRaw());
        long left = capital - book.grossExposureRaw();
        if (quantityRaw == 0) {
            if (left <= 0) {
                return exceeded(ticket, capital, book, 0);
            }
            capper.cap(ticket, left);
            return null;
        }
        long held = book.position(ticket.instrument()).quantityRaw();
        long after = held + ticket.side().sign() * quantityRaw;
        boolean increases = Math.abs(after) > Math.abs(held);
        return increases && estimateRaw > left ? exceeded(ticket, capital, book, estimateRaw) : null;
    }

    private static Denial exceeded(OrderTicket ticket, long capital, Portfolio book, long estimateRaw) {
        return new Denial(DenyReason.BUDGET_EXCEEDED, "strategy " + ticket.strategyId() + ": exposure "
                + FixedPoint.formatMoney(book.grossExposureRaw()) + (estimateRaw > 0 ? " + order " + FixedPoint.formatMoney(estimateRaw) : "")
                + " would exceed its budget " + FixedPoint.formatMoney(capital));
    }

    /** Caps a notional order (the order manager's mutator, passed in). */
    interface OrderCapper {
        void cap(OrderTicket ticket, long capRaw);
    }
}
