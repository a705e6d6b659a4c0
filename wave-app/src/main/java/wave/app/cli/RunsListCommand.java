package wave.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.runs.RunText;
import wave.store.Store;
import wave.store.runs.RunSummary;

/** {@code wave runs list}: the recorded runs, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List recorded runs, newest first: id, time, strategy, data, bars and key metrics.")
final class RunsListCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Show at most N runs; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 0) {
            throw new IllegalArgumentException("--limit " + limit + " is not valid; expected a number of runs >= 0 (0 for all)");
        }
        Optional<Store> opened = store.openExisting();
        if (opened.isEmpty()) {
            out.println("No runs recorded in " + store.url() + " yet: 'wave backtest' records every run.");
            return 0;
        }
        try (Store s = opened.get()) {
            List<RunSummary> runs = s.runs().list(limit);
            if (runs.isEmpty()) {
                out.println("No runs recorded in " + s.url() + " yet: 'wave backtest' records every run.");
                return 0;
            }
            int total = limit == 0 || runs.size() < limit ? runs.size() : s.runs().count();
            out.println("Runs in " + s.url() + ", newest first" + (total > runs.size()
                    ? " (" + runs.size() + " of " + total + "; --limit 0 shows all)" : "") + ":");
            out.print(RunText.list(runs));
            out.flush();
        }
        return 0;
    }
}
