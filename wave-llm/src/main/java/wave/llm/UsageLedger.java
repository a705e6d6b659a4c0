package wave.llm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.domain.money.FixedPoint;
import wave.llm.config.Budget;

/**
 * Tokens and money spent per provider per UTC day, from the providers' own usage figures, and the daily budgets
 * enforced on them, fail closed: a call is made only after its worst case was reserved within the budget, and a call
 * whose provider reported no usage is charged its worst case. Thread-safe: reservations of calls in flight count.
 */
public final class UsageLedger {
    private final Map<String, Day> days = new LinkedHashMap<>();

    /**
     * Spending of one provider on one day.
     *
     * @param provider         the provider's name
     * @param day              the UTC day
     * @param calls            requests made (a request's repair round included)
     * @param promptTokens     prompt tokens charged
     * @param completionTokens completion tokens charged
     * @param costRaw          amount charged, raw fixed point
     * @param refusals         requests not made because the budget did not allow them
     */
    public record Usage(String provider, LocalDate day, int calls, long promptTokens, long completionTokens, long costRaw,
            int refusals) {
        /** Prompt plus completion tokens. */
        public long tokens() {
            return promptTokens + completionTokens;
        }

        @Override
        public String toString() {
            return provider + " " + day + ": " + calls + " calls, " + tokens() + " tokens (" + promptTokens + " in, "
                    + completionTokens + " out), cost " + FixedPoint.formatMoney(costRaw)
                    + (refusals > 0 ? ", " + refusals + " refused by the budget" : "");
        }
    }

    /** A worst case held against a budget until the call is charged. */
    public record Reservation(String provider, LocalDate day, long tokens, long costRaw) {
    }

    private static final class Day {
        int calls;
        long promptTokens;
        long completionTokens;
        long costRaw;
        long reservedTokens;
        long reservedCostRaw;
        int refusals;
    }

    private static String key(String provider, LocalDate day) {
        return provider + "\u0000" + day;
    }

    /**
     * Reserves a call's worst case within the budget.
     *
     * @return the reservation, or null when it does not fit (the refusal is counted); {@link #refusal} says why
     */
    public synchronized Reservation reserve(String provider, LocalDate day, Budget budget, long worstTokens, long worstCostRaw) {
        Day d = days.computeIfAbsent(key(provider, day), k -> new Day());
        boolean tokensFit = budget.dailyTokens() == 0
                || d.promptTokens + d.completionTokens + d.reservedTokens + worstTokens <= budget.dailyTokens();
        boolean costFits = budget.dailyCostRaw() == 0 || d.costRaw + d.reservedCostRaw + worstCostRaw <= budget.dailyCostRaw();
        if (!tokensFit || !costFits) {
            d.refusals++;
            return null;
        }
        d.reservedTokens += worstTokens;
        d.reservedCostRaw += worstCostRaw;
        return new Reservation(provider, day, worstTokens, worstCostRaw);
    }

    /** Why a call of that worst case does not fit the budget today, in words. */
    public synchronized String refusal(String provider, LocalDate day, Budget budget, long worstTokens, long worstCostRaw) {
        Usage u = usage(provider, day);
        List<String> reasons = new ArrayList<>();
        if (budget.dailyTokens() > 0 && u.tokens() + worstTokens > budget.dailyTokens()) {
            reasons.add("daily token budget: " + u.tokens() + " of " + budget.dailyTokens() + " spent, the call may take "
                    + worstTokens);
        }
        if (budget.dailyCostRaw() > 0 && FixedPoint.addMoney(u.costRaw(), worstCostRaw, "LLM cost") > budget.dailyCostRaw()) {
            reasons.add("daily cost budget: " + FixedPoint.formatMoney(u.costRaw()) + " of "
                    + FixedPoint.formatMoney(budget.dailyCostRaw()) + " spent, the call may cost " + FixedPoint.formatMoney(worstCostRaw));
        }
        return reasons.isEmpty() ? "calls in flight hold the rest of the daily budget" : String.join("; ", reasons);
    }

    /** Releases a reservation and charges what the call used. */
    public synchronized void charge(Reservation reservation, int calls, long promptTokens, long completionTokens, long costRaw) {
        Day d = days.computeIfAbsent(key(reservation.provider(), reservation.day()), k -> new Day());
        d.reservedTokens -= reservation.tokens();
        d.reservedCostRaw -= reservation.costRaw();
        d.calls += calls;
        d.promptTokens += promptTokens;
        d.completionTokens += completionTokens;
        d.costRaw = FixedPoint.addMoney(d.costRaw, costRaw, "LLM cost");
    }

    /** What the provider spent that day. */
    public synchronized Usage usage(String provider, LocalDate day) {
        Day d = days.get(key(provider, day));
        return d == null ? new Usage(provider, day, 0, 0, 0, 0, 0)
                : new Usage(provider, day, d.calls, d.promptTokens, d.completionTokens, d.costRaw, d.refusals);
    }

    /** Every provider's spending, by day, in the order first seen. */
    public synchronized List<Usage> all() {
        List<Usage> all = new ArrayList<>();
        for (String key : days.keySet()) {
            String[] parts = key.split("\u0000");
            all.add(usage(parts[0], LocalDate.parse(parts[1])));
        }
        return all;
    }
}
