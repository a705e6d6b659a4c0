package wave.app.cli;

import java.util.Map;
import picocli.CommandLine.Option;
import wave.data.csv.FormatHints;

/** The columns, date pattern and time zone of generic CSV files, for every command that reads bar files. */
final class FormatOptions {
    @Option(names = "--columns", paramLabel = "FIELD=HEADER,...",
            description = "Header names of a generic file's columns, e.g. date=Day,close=Last (fields: date, timestamp, time, open, high, low, close, volume, adj-close, dividend, split).")
    String columns;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = "Pattern of the date or timestamp column, e.g. dd/MM/yyyy (default: detected).")
    String dateFormat;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "Time zone of the file's timestamps, e.g. America/New_York (default: UTC).")
    String timeZone;

    /** The hints these options give the importers. */
    FormatHints hints() {
        return new FormatHints(columns == null ? Map.of() : FormatHints.parseColumns(columns), dateFormat,
                timeZone == null ? null : FormatHints.parseZone(timeZone));
    }
}
