package wave.app.cli;

/** The {@code --periods-per-year} option of the commands that annualise metrics. */
final class PeriodsPerYear {
    private PeriodsPerYear() {
    }

    /**
     * A positive, finite number of periods a year, or NaN when the option is absent (the data decides).
     *
     * @throws IllegalArgumentException naming the option and the value for anything else
     */
    static double parse(String text) {
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
}
