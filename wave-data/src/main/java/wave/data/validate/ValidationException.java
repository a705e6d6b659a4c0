package wave.data.validate;

import java.util.List;

/** Thrown under {@link ValidationPolicy#FAIL} when rows break a rule; carries the whole report. */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_FINDINGS = 10;

    private final transient ValidationReport report;

    /** An exception whose message lists the report's first failed findings. */
    public ValidationException(ValidationReport report) {
        super(message(report));
        this.report = report;
    }

    /** The full report. */
    public ValidationReport report() {
        return report;
    }

    private static String message(ValidationReport report) {
        List<Finding> failed = report.findings().stream().filter(f -> f.action() == Finding.Action.FAILED).toList();
        StringBuilder out = new StringBuilder(report.source()).append(": ").append(failed.size())
                .append(failed.size() == 1 ? " row breaks" : " rows break").append(" validation (policy FAIL)");
        for (int i = 0; i < Math.min(SHOWN_FINDINGS, failed.size()); i++) {
            out.append("\n  ").append(failed.get(i).format(report.source()));
        }
        if (failed.size() > SHOWN_FINDINGS) {
            out.append("\n  ... ").append(failed.size() - SHOWN_FINDINGS).append(" more");
        }
        return out.toString();
    }
}
