package wave.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.store.Store;

/** {@code wave runs rm ID...}: deletes runs from the history. */
@Command(name = "rm", mixinStandardHelpOptions = true,
        description = {"Delete runs and everything recorded with them from the store.",
                "Their output directories (--out) are left as they are."})
final class RunsRemoveCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The runs: ids (see 'wave runs list'), or 'last' for the newest.")
    List<String> ids;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Store s = store.openExisting().orElseThrow(() -> RunLookup.noSuchRun(store, ids.getFirst()));
        try (s) {
            List<Long> found = new ArrayList<>();
            for (String text : ids) {
                long id = RunLookup.id(s, text);
                if (!s.runs().exists(id)) {
                    throw RunLookup.noSuchRun(store, Long.toString(id));
                }
                found.add(id);
            }
            for (long id : found) {
                if (s.runs().delete(id)) {
                    out.println("Deleted run " + id + " from " + s.url());
                }
            }
        }
        return 0;
    }
}
