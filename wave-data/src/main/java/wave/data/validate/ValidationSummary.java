package wave.data.validate;

import java.util.List;

/** One line for the validation reports of the files a run loaded, so that a clean-enough run prints little. */
public final class ValidationSummary {
    private ValidationSummary() {
    }

    /**
     * {@code data quality: 40 files, 216080 rows read, 188 findings (155 OUTLIER, 33 GAP; reported only, data
     * unchanged); <howToSeeAll>}, or null when no report has a finding.
     *
     * @param howToSeeAll how to list every finding, e.g. {@code see them with: wave data validate DIR}
     */
    public static String line(List<ValidationReport> reports, String howToSeeAll) {
        List<Finding> findings = reports.stream().flatMap(r -> r.findings().stream()).toList();
        if (findings.isEmpty()) {
            return null;
        }
        long rows = reports.stream().mapToLong(ValidationReport::rowsRead).sum();
        return "data quality: " + reports.size() + (reports.size() == 1 ? " file, " : " files, ") + rows + " rows read, "
                + ValidationReport.describe(findings) + "; " + howToSeeAll;
    }
}
