package wave.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;

/**
 * {@code --risk-free}: an annual rate in percent, like {@code --fee-pct} and {@code --borrow-rate} ({@code 2} is 2% a
 * year). A rate below 1% is read as given (0.02 is 0.02%) with a warning, since fractions were once accepted.
 */
final class RiskFreeOption {
    private RiskFreeOption() {
    }

    /**
     * The rate as a fraction (2 gives 0.02).
     *
     * @param warnings where the warning about a rate below 1% goes
     * @throws IllegalArgumentException for text that is not a number in [0, 100)
     */
    static double fraction(String percent, PrintWriter warnings) {
        BigDecimal value;
        try {
            value = new BigDecimal(percent.strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("--risk-free '" + percent + "' is not valid; expected an annual rate in "
                    + "percent in [0, 100), e.g. 2 for 2%");
        }
        if (value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0) {
            warnings.println("wave: warning: --risk-free " + percent.strip() + " is read as " + value.toPlainString()
                    + "% a year (the option takes a percent, like --fee-pct); for " + value.movePointRight(2).stripTrailingZeros()
                    .toPlainString() + "% write " + value.movePointRight(2).stripTrailingZeros().toPlainString());
        }
        return value.movePointLeft(2).doubleValue();
    }
}
