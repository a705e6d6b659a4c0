package wave.data.validate;

import java.util.List;
import java.util.Objects;

/**
 * The findings of one validation run.
 *
 * @param source   name of the validated file or stream
 * @param policy   the policy applied
 * @param rowsRead rows given to the validator
 * @param rowsKept rows left after dropping
 * @param findings the findings, rows checks first, then ordering, then gaps and outliers
 */
public record ValidationReport(String source, ValidationPolicy policy, int rowsRead, int rowsKept, List<Finding> findings) {
    /** Copies the findings. */
    public ValidationReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policy, "policy");
        findings = List.copyOf(findings);
    }

    /** The findings of one kind. */
    public List<Finding> findings(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** True when nothing was found. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** True when a finding failed under {@link ValidationPolicy#FAIL}. */
    public boolean hasFailures() {
        return findings.stream().anyMatch(f -> f.action() == Finding.Action.FAILED);
    }

    /** A summary line followed by every finding, one per line. */
    public String format() {
        return format(Integer.MAX_VALUE);
    }

    /** A summary line followed by at most {@code maxFindings} findings, one per line. */
    public String format(int maxFindings) {
        StringBuilder out = new StringBuilder()
                .append(source).append(": ").append(rowsRead).append(" rows read, ").append(rowsKept)
                .append(" kept, ").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings")
                .append(" (policy ").append(policy).append(')');
        int shown = 0;
        for (Finding finding : findings) {
            if (shown++ == maxFindings) {
                out.append("\n  ... ").append(findings.size() - maxFindings).append(" more");
                break;
            }
            out.append("\n  ").append(finding.format(source));
        }
        return out.toString();
    }
}
