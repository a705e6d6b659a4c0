package wave.app.cli;

import java.util.Optional;
import wave.store.Store;
import wave.store.runs.RunSummary;
import wave.store.runs.StoredRun;

/** Finds runs named on the command line: a run id, or {@code last} for the newest run. */
final class RunLookup {
    /** The name of the newest run. */
    static final String LAST = "last";
    /** How run parameters are described in help texts. */
    static final String ID_HELP = "A run id (see 'wave runs list'), or 'last' for the newest run.";

    private RunLookup() {
    }

    /** The id named by {@code text}. */
    static long id(Store store, String text) {
        if (text.equalsIgnoreCase(LAST)) {
            return store.runs().list(1).stream().findFirst().map(RunSummary::id)
                    .orElseThrow(() -> new IllegalArgumentException("no run recorded in " + store.url() + " yet: 'wave backtest' records every run"));
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("run '" + text + "' not understood; expected a run id (a number, see 'wave runs list') or 'last'");
        }
    }

    /** The run named by {@code text}, or a usage error naming the store when there is none. */
    static StoredRun find(StoreOptions options, String text) {
        Optional<Store> opened = options.openExisting();
        if (opened.isEmpty()) {
            throw noSuchRun(options, text);
        }
        try (Store store = opened.get()) {
            long id = id(store, text);
            return store.runs().find(id).orElseThrow(() -> noSuchRun(options, Long.toString(id)));
        }
    }

    static IllegalArgumentException noSuchRun(StoreOptions options, String id) {
        return new IllegalArgumentException("no run " + id + " in " + options.url() + "; 'wave runs list' shows the recorded runs");
    }
}
