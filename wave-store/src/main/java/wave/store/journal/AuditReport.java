package wave.store.journal;

import java.util.List;

/**
 * The result of verifying one session's audit chain.
 *
 * @param session  the session's name
 * @param records  the records read
 * @param headHash the hash of the last record read (the genesis hash when there is none)
 * @param findings every break found, in record order; empty when the chain is intact
 */
public record AuditReport(String session, long records, String headHash, List<AuditFinding> findings) {
    /** Copies the findings. */
    public AuditReport {
        findings = List.copyOf(findings);
    }

    /** True when no record was edited, removed or moved. */
    public boolean intact() {
        return findings.isEmpty();
    }
}
