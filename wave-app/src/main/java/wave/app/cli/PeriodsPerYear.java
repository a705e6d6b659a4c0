package wave.app.cli;

import picocli.CommandLine.Option;

/** The {@code --periods-per-year} option of the commands that annualise metrics. */
final class PeriodsPerYear {
    @Option(names = "--periods-per-year", paramLabel = "N",
            description = "Periods a year for annualised metrics, e.g. 252 or 365 (default: read from the data's dates: 252 sessions, or 365 when it trades on weekends, times the bars of a session for intraday bars).")
    String text;

    /**
     * A positive, finite number of periods a year, or NaN when the option is absent (the data decides).
     *
     * @throws IllegalArgumentException naming the option and the value for anything else
     */
    double value() {
        if (text == null) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("--periods-per-year '" + text
                    + "' is not a positive number; expected e.g. 252 (exchange sessions) or 365 (every day)");
        }
        return value;
    }

    /** The option as given, or {@code from the data}, for the settings echoed into summary.json. */
    String describe() {
        return text == null ? "from the data" : text;
    }
}
