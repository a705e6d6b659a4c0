package wave.app.backtest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import wave.domain.money.FixedPoint;
import wave.engine.strategy.Budget;

/**
 * The capital budgets of several strategies sharing one account, from what the user wrote ({@code --budget ID=50000},
 * {@code --budget ID=40%}, or a {@code [[strategies]]} entry's {@code budget}). Strategies without a budget share what
 * the others leave, equally, as fractions of equity. The budgets may not add up to more than the initial equity
 * (amounts count at their share of the initial cash). A single-instrument strategy runs one instance per instrument:
 * its budget is split evenly among them, so that together they stay within it.
 */
public final class StrategyAllocation {
    private StrategyAllocation() {
    }

    /**
     * A strategy to allocate.
     *
     * @param id        the strategy's id (for messages)
     * @param budget    the budget as written, or null for a share of the rest
     * @param instances the number of instances it runs as (1 for a strategy across instruments)
     */
    public record Request(String id, String budget, int instances) {
    }

    /**
     * A strategy's budget.
     *
     * @param id          the strategy's id
     * @param description the budget as shown in the summary ({@code 40% of equity}, {@code 50000})
     * @param total       the strategy's budget
     * @param perInstance the budget of each of its instances
     */
    public record Allocation(String id, String description, Budget total, Budget perInstance) {
        /** The strategy's capital for an account of {@code equityRaw}, raw (its instances' budgets added up). */
        public long capitalRaw(long equityRaw, int instances) {
            return perInstance.amountRaw(equityRaw) * instances;
        }
    }

    /**
     * Allocates the budgets.
     *
     * @param initialCashRaw the account's initial cash, raw
     * @throws IllegalArgumentException naming the strategy for a budget that does not parse, is not positive or takes
     *                                  the total beyond 100% of equity, or when nothing is left for a strategy without one
     */
    public static List<Allocation> allocate(List<Request> requests, long initialCashRaw) {
        BigDecimal used = BigDecimal.ZERO;
        List<Budget> totals = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        int unbudgeted = 0;
        for (Request request : requests) {
            if (request.budget() == null) {
                totals.add(null);
                descriptions.add(null);
                unbudgeted++;
                continue;
            }
            Budget budget = parse(request.id(), request.budget());
            BigDecimal share = budget.fixedRaw() > 0
                    ? BigDecimal.valueOf(budget.fixedRaw()).divide(BigDecimal.valueOf(initialCashRaw), MathContext.DECIMAL64)
                    : BigDecimal.valueOf(budget.fraction());
            used = used.add(share);
            if (used.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("--budget " + request.id() + "=" + request.budget() + " takes the budgets to "
                        + percent(used) + " of the initial equity " + FixedPoint.formatMoney(initialCashRaw)
                        + "; together they may use at most 100%");
            }
            totals.add(budget);
            descriptions.add(budget.fixedRaw() > 0 ? FixedPoint.formatMoney(budget.fixedRaw())
                    : percent(BigDecimal.valueOf(budget.fraction())) + " of equity");
        }
        double rest = BigDecimal.ONE.subtract(used).doubleValue() / Math.max(1, unbudgeted);
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            Budget total = totals.get(i);
            String description = descriptions.get(i);
            if (total == null) {
                if (!(rest > 0)) {
                    throw new IllegalArgumentException("strategy " + request.id() + " has no --budget and the others use "
                            + "all of the equity; give it a budget or lower theirs");
                }
                total = Budget.fractionOfEquity(rest);
                description = percent(BigDecimal.valueOf(rest)) + " of equity (the rest)";
            }
            Budget perInstance = total.fixedRaw() > 0 ? new Budget(total.fixedRaw() / request.instances(), 0)
                    : Budget.fractionOfEquity(total.fraction() / request.instances());
            allocations.add(new Allocation(request.id(), description, total, perInstance));
        }
        return allocations;
    }

    /** A budget as written: an amount ({@code 50000}) or a percentage of equity ({@code 40%}, above 0, at most 100). */
    static Budget parse(String id, String text) {
        String t = text.strip();
        try {
            if (t.endsWith("%")) {
                BigDecimal percent = new BigDecimal(t.substring(0, t.length() - 1).strip());
                if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new NumberFormatException();
                }
                return Budget.fractionOfEquity(percent.movePointLeft(2).doubleValue());
            }
            long raw = FixedPoint.parseMoney(t);
            if (raw <= 0) {
                throw new NumberFormatException();
            }
            return new Budget(raw, 0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--budget " + id + "=" + text + " not understood; expected an amount above 0 "
                    + "(50000) or a percentage of equity above 0 and at most 100 (40%)");
        }
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).round(new MathContext(6)).stripTrailingZeros().toPlainString() + "%";
    }
}
