package wave.app.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.domain.order.OrderFilled;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.Position;
import wave.domain.portfolio.PositionView;
import wave.engine.backtest.BacktestResult;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.KernelListener;
import wave.engine.order.OrderTicket;

/**
 * The results of several strategies sharing one account, each with a budget and its books in the kernel
 * ({@link Kernel#strategyBook}): records each strategy's equity (its capital at the start plus the P&amp;L of its books,
 * net of fees) and gross exposure at every step, and totals them at the end. A single-instrument strategy's instances
 * (one per instrument) count as one strategy.
 */
public final class StrategyBooks implements KernelListener {
    /** A strategy: its id, name, budget and the ids of its instances in the kernel. */
    public record Member(String id, String strategy, StrategyAllocation.Allocation allocation, List<StrategyId> instances) {
    }

    private final Kernel kernel;
    private final List<Member> members;
    private final long initialCashRaw;
    private final PortfolioView[][] books;
    private long[] stepNanos = new long[1024];
    private long[][] equityRaw;
    private long[][] exposureRaw;
    private int steps;

    /**
     * Records the books of {@code members}, whose budgets must already be given to the kernel.
     *
     * @param initialCashRaw the account's initial cash, raw: each strategy's capital is its budget of it
     */
    public StrategyBooks(Kernel kernel, List<Member> members, long initialCashRaw) {
        this.kernel = kernel;
        this.members = List.copyOf(members);
        this.initialCashRaw = initialCashRaw;
        this.books = new PortfolioView[members.size()][];
        for (int s = 0; s < books.length; s++) {
            List<StrategyId> instances = members.get(s).instances();
            books[s] = new PortfolioView[instances.size()];
            for (int i = 0; i < instances.size(); i++) {
                books[s][i] = kernel.strategyBook(instances.get(i));
                if (books[s][i] == null) {
                    throw new IllegalStateException("strategy " + instances.get(i) + " has no budget");
                }
            }
        }
        this.equityRaw = new long[members.size()][stepNanos.length];
        this.exposureRaw = new long[members.size()][stepNanos.length];
    }

    @Override
    public void onStep(long tsNanos) {
        if (steps == stepNanos.length) {
            int capacity = steps + (steps >> 1);
            stepNanos = Arrays.copyOf(stepNanos, capacity);
            for (int s = 0; s < books.length; s++) {
                equityRaw[s] = Arrays.copyOf(equityRaw[s], capacity);
                exposureRaw[s] = Arrays.copyOf(exposureRaw[s], capacity);
            }
        }
        stepNanos[steps] = tsNanos;
        for (int s = 0; s < books.length; s++) {
            long pnl = 0;
            long exposure = 0;
            for (PortfolioView book : books[s]) {
                pnl += book.equityRaw();
                exposure += book.grossExposureRaw();
            }
            equityRaw[s][steps] = capitalRaw(s) + pnl;
            exposureRaw[s][steps] = exposure;
        }
        steps++;
    }

    private long capitalRaw(int s) {
        return members.get(s).allocation().capitalRaw(initialCashRaw, books[s].length);
    }

    /**
     * Each strategy's result at the end of a run, over the steps the result keeps (those of {@code --from} on).
     *
     * @param result the run's result, already cut to the reported period
     */
    public List<StrategyOutcome> outcomes(BacktestResult result) {
        Map<StrategyId, Integer> memberOf = new HashMap<>();
        for (int s = 0; s < members.size(); s++) {
            for (StrategyId id : members.get(s).instances()) {
                memberOf.put(id, s);
            }
        }
        Map<String, Integer> ticketMember = new HashMap<>();
        for (OrderTicket ticket : result.tickets()) {
            Integer s = memberOf.get(ticket.strategyId());
            if (s != null) {
                ticketMember.put(ticket.id().toString(), s);
            }
        }
        int[] fills = new int[members.size()];
        for (OrderFilled fill : result.fills()) {
            Integer s = ticketMember.get(fill.orderId().toString());
            if (s != null) {
                fills[s]++;
            }
        }
        int kept = result.steps();
        int from = steps - kept;
        long end = kept == 0 ? 0 : result.stepNanos()[kept - 1];
        List<StrategyOutcome> outcomes = new ArrayList<>();
        for (int s = 0; s < members.size(); s++) {
            long pnl = 0;
            long fees = 0;
            List<ClosedTrade> closed = new ArrayList<>();
            List<ClosedTrade> open = new ArrayList<>();
            for (PortfolioView book : books[s]) {
                pnl += book.equityRaw();
                fees += book.commissionRaw();
                closed.addAll(book.closedTrades());
                for (PositionView position : book.positions()) {
                    ClosedTrade trade = position instanceof Position p ? p.openTrade(end) : null;
                    if (trade != null) {
                        open.add(trade);
                    }
                }
            }
            Member member = members.get(s);
            outcomes.add(new StrategyOutcome(member.id(), member.strategy(), member.allocation().description(), capitalRaw(s),
                    capitalRaw(s) + pnl, pnl, fees, fills[s], closed, open,
                    Arrays.copyOfRange(equityRaw[s], from, steps), Arrays.copyOfRange(exposureRaw[s], from, steps)));
        }
        return outcomes;
    }
}
