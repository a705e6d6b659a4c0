package wave.data.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One line for the validation reports of the files a run loaded, so that a clean-enough run prints little. */
public final class ValidationSummary {
    private ValidationSummary() {
    }

    /**
     * {@code data quality: 40 files, 216080 rows read, 188 findings (155 OUTLIER, 33 GAP; reported only, data
     * unchanged); <howToSeeAll>}, or null when no report has a finding. A file holding several series (a wide panel)
     * has a report per series: {@code 1 file (20 series)}.
     *
     * @param files       the number of files the reports come from
     * @param howToSeeAll how to list every finding, e.g. {@code see them with: wave data validate DIR}
     */
    public static String line(int files, List<ValidationReport> reports, String howToSeeAll) {
        List<Finding> findings = reports.stream().flatMap(r -> r.findings().stream()).toList();
        Map<Finding.Kind, Long> unlisted = new EnumMap<>(Finding.Kind.class);
        reports.forEach(r -> r.unlisted().forEach((kind, count) -> unlisted.merge(kind, count, Long::sum)));
        if (findings.isEmpty() && unlisted.isEmpty()) {
            return null;
        }
        long rows = reports.stream().mapToLong(ValidationReport::rowsRead).sum();
        String series = reports.size() == files ? "" : " (" + reports.size() + " series)";
        return "data quality: " + files + (files == 1 ? " file" : " files") + series + ", " + rows + " rows read, "
                + ValidationReport.describe(findings, unlisted) + "; " + howToSeeAll;
    }
}
