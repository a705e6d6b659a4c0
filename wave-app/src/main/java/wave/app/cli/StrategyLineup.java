package wave.app.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import wave.app.backtest.StrategyAllocation;
import wave.app.backtest.StrategyBooks;
import wave.domain.market.BarSeries;
import wave.domain.order.StrategyId;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;

/**
 * The strategies of a backtest: one, as it always ran, or several sharing one account, each under an id of its own with
 * a capital budget ({@link StrategyAllocation}) and its results recorded apart ({@link StrategyBooks}). A run of one
 * strategy without {@code --budget} is the plain run: no books, outputs as before.
 *
 * <p>With several strategies, {@code --param ID.KEY=VALUE} gives a parameter to the strategy {@code ID} (an entry of
 * {@code [[strategies]]} has its own {@code params}, which the flag overrides); with one, {@code --param KEY=VALUE}.
 */
final class StrategyLineup {
    /** A strategy of the run under its id. */
    record Slot(String id, StrategyEntry entry, PreparedStrategy strategy, String budget) {
    }

    private final List<Slot> slots;

    private StrategyLineup(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    /**
     * Validates the strategies, their parameters and budgets before any data is read.
     *
     * @param params  the {@code --param} values (and the files' {@code strategy.params} for a single strategy)
     * @param budgets the {@code --budget} values by strategy id
     * @throws IllegalArgumentException naming the flag for an id given twice, a parameter or budget of no strategy
     */
    static StrategyLineup of(List<StrategyEntry> entries, Map<String, String> params, Map<String, String> budgets,
                             PluginOptions plugins) throws IOException {
        boolean several = entries.size() > 1;
        Set<String> ids = new LinkedHashSet<>();
        for (StrategyEntry entry : entries) {
            if (entry.id() != null) {
                ids.add(entry.id());
            }
        }
        Map<String, Map<String, String>> byId = new HashMap<>();
        Map<String, String> unprefixed = new LinkedHashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            int dot = param.getKey().indexOf('.');
            if (dot > 0) {
                byId.computeIfAbsent(param.getKey().substring(0, dot), k -> new LinkedHashMap<>())
                        .put(param.getKey().substring(dot + 1), param.getValue());
            } else {
                unprefixed.put(param.getKey(), param.getValue());
            }
        }
        if (several && !unprefixed.isEmpty()) {
            String key = unprefixed.keySet().iterator().next();
            throw new IllegalArgumentException("--param " + key + "=" + unprefixed.get(key) + ": with several strategies, name the "
                    + "strategy it is for: --param ID." + key + "=" + unprefixed.get(key));
        }
        List<Slot> slots = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (StrategyEntry entry : entries) {
            Map<String, String> values = new LinkedHashMap<>(entry.params());
            String declaredId = entry.id();
            if (declaredId != null) {
                values.putAll(byId.getOrDefault(declaredId, Map.of()));
            }
            if (!several) {
                values.putAll(unprefixed);
            }
            PreparedStrategy prepared = prepare(entry, values, plugins);
            String id = declaredId != null ? declaredId : prepared.name();
            if (declaredId == null && byId.containsKey(id)) {
                values.putAll(byId.get(id));
                prepared = prepare(entry, values, plugins);
            }
            if (!used.add(id)) {
                throw new IllegalArgumentException(entry.origin() == null
                        ? "strategy " + id + " is given twice; give each its own id: " + entry.kind().option() + " ID=" + entry.reference()
                        : entry.origin() + ": strategy " + id + " is given twice; give each entry its own id (id = \"...\")");
            }
            slots.add(new Slot(id, entry, prepared, budgets.getOrDefault(id, entry.budget())));
        }
        for (String id : byId.keySet()) {
            if (!used.contains(id)) {
                throw new IllegalArgumentException("--param " + id + "." + byId.get(id).keySet().iterator().next()
                        + "=...: no strategy " + id + " in this run (strategies: "
                        + String.join(", ", used) + ")");
            }
        }
        for (String id : budgets.keySet()) {
            if (!used.contains(id)) {
                throw new IllegalArgumentException("--budget " + id + "=" + budgets.get(id) + ": no strategy " + id
                        + " in this run (strategies: " + String.join(", ", used) + ")");
            }
        }
        return new StrategyLineup(slots);
    }

    /** The entry's strategy with its parameters; a problem of a {@code [[strategies]]} entry names its file and line. */
    private static PreparedStrategy prepare(StrategyEntry entry, Map<String, String> values, PluginOptions plugins)
            throws IOException {
        try {
            return PreparedStrategy.of(entry.kind(), entry.reference(), values, plugins);
        } catch (IllegalArgumentException e) {
            if (entry.origin() == null) {
                throw e;
            }
            throw new IllegalArgumentException(entry.origin() + ": " + e.getMessage(), e);
        }
    }

    /** The strategies in the order given. */
    List<Slot> slots() {
        return slots;
    }

    /** Whether the strategies share the account under budgets (several, or one with a budget). */
    boolean budgeted() {
        return slots.size() > 1 || slots.getFirst().budget() != null;
    }

    /** The run's name: the strategy's, or the ids joined with {@code +}. */
    String name() {
        return slots.size() == 1 ? slots.getFirst().strategy().name()
                : String.join("+", slots.stream().map(Slot::id).toList());
    }

    /** The parameter values: the strategy's, or each strategy's as {@code ID.KEY}. */
    Map<String, Object> params() {
        if (slots.size() == 1) {
            return slots.getFirst().strategy().params();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Slot slot : slots) {
            slot.strategy().params().forEach((key, value) -> params.put(slot.id() + "." + key, value));
        }
        return params;
    }

    /**
     * Checks the budgets before any data is read (as if each strategy ran as one instance): each parses, and together
     * they stay within the initial equity.
     */
    void checkBudgets(long initialCashRaw) {
        if (budgeted()) {
            StrategyAllocation.allocate(slots.stream().map(s -> new StrategyAllocation.Request(s.id(), s.budget(), 1)).toList(),
                    initialCashRaw);
        }
    }

    /** A prepared backtest, and the books of its strategies when they are budgeted (else null). */
    record Prepared(Backtest backtest, StrategyBooks books) {
    }

    /** Builds the backtest: the plain one of a single strategy, or every strategy added under its budget. */
    Prepared backtest(List<BarSeries> data, BacktestConfig config) {
        if (!budgeted()) {
            return new Prepared(slots.getFirst().strategy().backtest(data, config), null);
        }
        Backtest backtest = Backtest.withoutStrategies(config, data, false);
        List<List<StrategyId>> instances = new ArrayList<>();
        List<StrategyAllocation.Request> requests = new ArrayList<>();
        for (Slot slot : slots) {
            List<StrategyId> ids = slot.strategy().adder().addTo(backtest, slot.id(), config);
            instances.add(ids);
            requests.add(new StrategyAllocation.Request(slot.id(), slot.budget(), ids.size()));
        }
        List<StrategyAllocation.Allocation> allocations = StrategyAllocation.allocate(requests, config.initialCash().raw());
        List<StrategyBooks.Member> members = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            for (StrategyId id : instances.get(i)) {
                backtest.kernel().useBudget(id, allocations.get(i).perInstance());
            }
            members.add(new StrategyBooks.Member(slots.get(i).id(), slots.get(i).strategy().name(), allocations.get(i),
                    instances.get(i)));
        }
        StrategyBooks books = new StrategyBooks(backtest.kernel(), members, config.initialCash().raw());
        backtest.listen(books);
        return new Prepared(backtest, books);
    }
}
