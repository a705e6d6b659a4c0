package wave.data.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one validation run.
 *
 * @param source   name of the validated file or stream
 * @param policy   the policy applied
 * @param rowsRead rows given to the validator
 * @param rowsKept rows left after dropping
 * @param findings the findings, rows checks first, then ordering, then gaps and outliers
 * @param unlisted reported-only findings counted but not listed, by kind (a file of millions of outliers would
 *                 otherwise hold millions of findings); empty when every finding is listed
 */
public record ValidationReport(String source, ValidationPolicy policy, int rowsRead, int rowsKept, List<Finding> findings,
                               Map<Finding.Kind, Long> unlisted) {
    /** Copies the findings. */
    public ValidationReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policy, "policy");
        findings = List.copyOf(findings);
        unlisted = Map.copyOf(unlisted);
    }

    /** A report listing every finding. */
    public ValidationReport(String source, ValidationPolicy policy, int rowsRead, int rowsKept, List<Finding> findings) {
        this(source, policy, rowsRead, rowsKept, findings, Map.of());
    }

    /** The findings of one kind. */
    public List<Finding> findings(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** True when nothing was found. */
    public boolean isClean() {
        return findings.isEmpty() && unlisted.isEmpty();
    }

    /** True when a finding failed under {@link ValidationPolicy#FAIL}. */
    public boolean hasFailures() {
        return findings.stream().anyMatch(f -> f.action() == Finding.Action.FAILED);
    }

    /** A summary line followed by every finding, one per line. */
    public String format() {
        return format(Integer.MAX_VALUE);
    }

    /**
     * A summary line ({@code source: R rows read, K kept, N findings (counts by kind; what was done)}) followed by at
     * most {@code maxFindings} findings, one per line.
     */
    public String format(int maxFindings) {
        StringBuilder out = new StringBuilder()
                .append(source).append(": ").append(rowsRead).append(" rows read, ").append(rowsKept)
                .append(" kept, ").append(describe(findings, unlisted));
        int shown = 0;
        for (Finding finding : findings) {
            if (shown == maxFindings) {
                break;
            }
            out.append("\n  ").append(finding.format(source));
            shown++;
        }
        long more = findings.size() - shown + unlisted.values().stream().mapToLong(Long::longValue).sum();
        if (more > 0) {
            out.append("\n  ... ").append(more).append(" more");
        }
        return out.toString();
    }

    /**
     * {@code no findings}, or {@code N findings (7 OUTLIER, 1 GAP; reported only, data unchanged)}: the count by kind,
     * then by what was done (failed, dropped, repaired, reported), counting the reported-only findings not listed.
     */
    public static String describe(List<Finding> findings, Map<Finding.Kind, Long> unlisted) {
        Map<Finding.Kind, Long> kinds = new EnumMap<>(Finding.Kind.class);
        Map<Finding.Action, Long> actions = new EnumMap<>(Finding.Action.class);
        for (Finding finding : findings) {
            kinds.merge(finding.kind(), 1L, Long::sum);
            actions.merge(finding.action(), 1L, Long::sum);
        }
        unlisted.forEach((kind, count) -> {
            kinds.merge(kind, count, Long::sum);
            actions.merge(Finding.Action.REPORTED, count, Long::sum);
        });
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "no findings";
        }
        List<String> byKind = new ArrayList<>();
        kinds.entrySet().stream().sorted(Map.Entry.<Finding.Kind, Long>comparingByValue().reversed())
                .forEach(e -> byKind.add(e.getValue() + " " + e.getKey()));
        String done = actions.size() == 1 && actions.containsKey(Finding.Action.REPORTED) ? "reported only, data unchanged"
                : String.join(", ", actions.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).toList());
        return total + (total == 1 ? " finding (" : " findings (") + String.join(", ", byKind) + "; " + done + ")";
    }
}
