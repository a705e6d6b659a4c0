package wave.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.store.Store;
import wave.store.journal.AuditFinding;
import wave.store.journal.AuditReport;
import wave.store.journal.JournalSession;

/** {@code wave audit verify}: rehashes journaled sessions and names every edited, removed or reordered record. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the hash chain of journaled sessions (all, or --session NAME): every record is rehashed and",
                "its link to the one before followed. Prints each edited, removed or reordered record; exit status 1 if any."})
final class AuditVerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--session", paramLabel = "NAME", description = "Verify only this session (default: every session).")
    String session;

    @Mixin
    StoreOptions store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Store> opened = store.openExisting();
        if (opened.isEmpty()) {
            if (session != null) {
                throw new IllegalArgumentException("no journal session " + session + ": the store " + store.url() + " does not exist");
            }
            out.println("No journal sessions in " + store.url() + ": 'wave paper' journals each session.");
            return 0;
        }
        try (Store s = opened.get()) {
            List<String> names = session != null ? List.of(session)
                    : s.journal().sessions().stream().map(JournalSession::name).toList();
            if (names.isEmpty()) {
                out.println("No journal sessions in " + s.url() + ": 'wave paper' journals each session.");
                return 0;
            }
            int broken = 0;
            for (String name : names) {
                AuditReport report = s.journal().verify(name);
                if (report.intact()) {
                    out.println("session " + name + ": " + report.records() + " records, chain intact (last hash " + report.headHash() + ")");
                } else {
                    broken++;
                    for (AuditFinding finding : report.findings()) {
                        out.println(finding.message());
                    }
                    out.println("session " + name + ": " + report.findings().size() + (report.findings().size() == 1 ? " problem" : " problems")
                            + " in " + report.records() + " records: the journal was altered after it was written");
                }
            }
            out.flush();
            return broken == 0 ? 0 : ErrorHandler.FAILED;
        }
    }
}
