package wave.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code wave audit}: the audit trail of journaled sessions. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit trail: every paper or live session's journal is a SHA-256 hash chain in the store.",
                "The store is wave.db in the home (--home, $WAVE_HOME, ~/.wave) or --store-url/$WAVE_STORE_URL."},
        subcommands = {AuditVerifyCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
