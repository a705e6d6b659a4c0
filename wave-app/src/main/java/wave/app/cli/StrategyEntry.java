package wave.app.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One strategy of a run as given, before it is validated: a name, a class or a spec file, the id it goes by (null:
 * the strategy's own name), and, from a {@code [[strategies]]} entry of {@code wave.toml}, its parameters and budget.
 *
 * @param kind      how {@code reference} names the strategy
 * @param id        the id given with {@code ID=...}, or null
 * @param reference the strategy's name, class name or spec file
 * @param params    parameters given with the entry (the flags' {@code --param ID.KEY=VALUE} are merged over them)
 * @param budget    the entry's budget text ({@code 50000} or {@code 40%}), or null
 * @param origin    where a {@code [[strategies]]} entry was written ({@code FILE:LINE: strategies[1]}), or null for a flag
 */
record StrategyEntry(Kind kind, String id, String reference, Map<String, String> params, String budget, String origin) {
    /** {@code ID=rest}: an id is a letter followed by letters, digits, {@code _} and {@code -}. */
    private static final Pattern WITH_ID = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)=(.+)");

    /** How an entry names its strategy. */
    enum Kind {
        NAME("--strategy"), CLASS("--strategy-class"), SPEC("--spec");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        /** The flag that gives it. */
        String option() {
            return option;
        }
    }

    StrategyEntry {
        params = Map.copyOf(params);
    }

    /** An entry from a flag's value, {@code [ID=]REFERENCE}. */
    static StrategyEntry ofFlag(Kind kind, String value) {
        Matcher m = WITH_ID.matcher(value);
        if (m.matches()) {
            return new StrategyEntry(kind, m.group(1), m.group(2), Map.of(), null, null);
        }
        return new StrategyEntry(kind, null, value, Map.of(), null, null);
    }

    /** Adds an entry for each value of a repeatable flag (none when it was not given). */
    static void addAll(List<StrategyEntry> entries, Kind kind, List<String> values) {
        if (values != null) {
            values.forEach(v -> entries.add(ofFlag(kind, v)));
        }
    }
}
