package wave.data.csv;

import java.util.Objects;
import java.util.Optional;
import wave.data.validate.ValidationReport;
import wave.domain.market.BarSeries;

/**
 * The outcome of importing a CSV file.
 *
 * @param series           the validated bars
 * @param format           the format used (detected or given), or null for a column of a wide panel
 *                         ({@link CsvImporters#loadAll})
 * @param report           the validation findings
 * @param corporateActions dividends and splits aligned with the series, when the file has those columns
 */
public record ImportResult(BarSeries series, CsvFormat format, ValidationReport report,
                           Optional<CorporateActions> corporateActions) {
    /** Requires every component but the format. */
    public ImportResult {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(corporateActions, "corporateActions");
    }
}
